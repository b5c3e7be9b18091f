package org.convlab.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.convlab.conv.Activation;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Padding;
import org.convlab.conv.Pooling;
import org.convlab.conv.SecondLayer;
import org.convlab.conv.Workspace;

/**
 * Turns a parsed JSON tree into a {@link Workspace}, field by field, refusing with the field's
 * path.
 */
final class WorkspaceDecoder {
    private WorkspaceDecoder() {}

    static Workspace decode(JsonNode root) throws FieldRefusal {
        FormatHeader.check(
                root,
                WorkspaceReader.FORMAT,
                WorkspaceReader.VERSION,
                "a workspace",
                "a ConvLab workspace");
        Image image = ImageDecoder.image(Fields.required(root, "image", "image"));
        ConvSettings conv = convolution(root.get("convolution"));
        groupsFit(conv.groups(), image.channels(), 0);
        List<FilterSpec> filters =
                filters(Fields.required(root, "filters", "filters"), image, conv.groups());
        groupsFit(conv.groups(), image.channels(), filters.size());
        MatchMode matching = choice(root.get("matching"), "matching", MatchMode.RAW, MatchMode::id);
        Activation activation =
                choice(root.get("activation"), "activation", Activation.NONE, Activation::id);
        WorkspaceChecks.geometry(image, filters, conv);
        Pooling pooling = StagesCodec.pooling(root.get("pooling"));
        SecondLayer layer = StagesCodec.secondLayer(root.get("secondLayer"), filters.size());
        Map<String, Object> extras = ExtrasCodec.extras(root);
        Workspace ws =
                new Workspace(image, filters, conv, matching, activation, extras, pooling, layer);
        StagesCodec.check(ws);
        return ws;
    }

    private static ConvSettings convolution(JsonNode node) throws FieldRefusal {
        if (node == null) {
            return ConvSettings.DEFAULT;
        }
        Fields.requireObject(node, "convolution");
        Fields.requireKnown(node, "convolution", "padding", "stride", "dilation", "flip", "groups");
        Padding padding = padding(node.get("padding"));
        int stride = atLeastOne(node, "stride");
        int dilation = atLeastOne(node, "dilation");
        boolean flip = false;
        JsonNode f = node.get("flip");
        if (f != null) {
            if (!f.isBoolean()) {
                throw new FieldRefusal(
                        "convolution.flip must be true or false, got " + Fields.describe(f));
            }
            flip = f.booleanValue();
        }
        return new ConvSettings(padding, stride, dilation, flip, groups(node));
    }

    /** convolution.groups: 1 when absent (every filter spans every channel). */
    private static int groups(JsonNode conv) throws FieldRefusal {
        int g = Fields.optionalInt(conv, "groups", "convolution.groups", 1);
        if (g < 1) {
            throw new FieldRefusal("convolution.groups must be at least 1, got " + g);
        }
        if (g > WorkspaceLimits.MAX_CHANNELS) {
            throw new FieldRefusal(
                    "convolution.groups is "
                            + g
                            + "; at most "
                            + WorkspaceLimits.MAX_CHANNELS
                            + " is allowed (one group per channel)");
        }
        return g;
    }

    /**
     * The groups must divide the image's channels and the filters, before the workspace is built.
     */
    private static void groupsFit(int groups, int channels, int filters) throws FieldRefusal {
        try {
            new ConvSettings(Padding.VALID, 1, 1, false, groups)
                    .requireGroupsFit(channels, filters);
        } catch (IllegalArgumentException e) {
            throw new FieldRefusal("convolution.groups: " + e.getMessage());
        }
    }

    private static int atLeastOne(JsonNode conv, String key) throws FieldRefusal {
        String path = "convolution." + key;
        return Fields.atLeastOne(
                Fields.optionalInt(conv, key, path, 1),
                path,
                WorkspaceLimits.MAX_STRIDE_OR_DILATION);
    }

    private static Padding padding(JsonNode node) throws FieldRefusal {
        String path = "convolution.padding";
        if (node == null) {
            return Padding.VALID;
        }
        String expected = path + " must be valid, same, full or a whole number ≥ 0, got ";
        int p;
        if (node.isTextual()) {
            String t = node.textValue();
            if (t.equals("valid") || t.equals("same") || t.equals("full")) {
                return Padding.parse(t);
            }
            try {
                p = Integer.parseInt(t.trim());
            } catch (NumberFormatException e) {
                throw new FieldRefusal(expected + Fields.describe(node));
            }
        } else if (node.isNumber()) {
            p = Fields.wholeNumber(node, path);
        } else {
            throw new FieldRefusal(expected + Fields.describe(node));
        }
        if (p < 0) {
            throw new FieldRefusal(path + " must not be negative, got " + p);
        }
        return Padding.explicit(Fields.atMost(p, path, WorkspaceLimits.MAX_PADDING));
    }

    private static List<FilterSpec> filters(JsonNode node, Image image, int groups)
            throws FieldRefusal {
        if (!node.isArray()) {
            throw new FieldRefusal(
                    "filters must be an array of filters, got " + Fields.describe(node));
        }
        if (node.size() > WorkspaceLimits.MAX_FILTERS) {
            throw new FieldRefusal(
                    "filters has "
                            + node.size()
                            + " entries; at most "
                            + WorkspaceLimits.MAX_FILTERS
                            + " filters are allowed");
        }
        List<FilterSpec> result = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            result.add(
                    FilterDecoder.filter(
                            node.get(i), "filters[" + i + "]", i, image.channels(), groups));
        }
        return result;
    }

    /** An enum field by its file name, listing the allowed names when it is anything else. */
    private static <E extends Enum<E>> E choice(
            JsonNode node, String path, E fallback, Function<E, String> id) throws FieldRefusal {
        if (node == null) {
            return fallback;
        }
        List<String> ids = new ArrayList<>();
        for (E e : fallback.getDeclaringClass().getEnumConstants()) {
            if (id.apply(e).equals(node.textValue())) {
                return e;
            }
            ids.add(id.apply(e));
        }
        throw new FieldRefusal(
                path
                        + " must be one of "
                        + String.join(", ", ids)
                        + "; got "
                        + Fields.describe(node));
    }
}
