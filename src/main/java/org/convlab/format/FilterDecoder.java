package org.convlab.format;

import com.fasterxml.jackson.databind.JsonNode;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;

/** One entry of {@code filters}: name, weights, bias, and its gain and offset in the detector. */
final class FilterDecoder {
    private FilterDecoder() {}

    /** The name a filter gets when the file gives none: A, B, C, … as on the screen. */
    static String defaultName(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : "F" + (index + 1);
    }

    static FilterSpec filter(JsonNode node, String path, int index, int imageChannels)
            throws FieldRefusal {
        return filter(node, path, index, imageChannels, 1);
    }

    /**
     * One filter of a layer with {@code groups} groups: it holds C/g slices, one per channel of its
     * group; a one-slice filter may be a plain [KH][KW] array or [1][KH][KW].
     */
    static FilterSpec filter(JsonNode node, String path, int index, int imageChannels, int groups)
            throws FieldRefusal {
        Fields.requireObject(node, path);
        Fields.requireKnown(node, path, "name", "weights", "bias", "gain", "offset");
        String name = defaultName(index);
        JsonNode n = node.get("name");
        if (n != null) {
            if (!n.isTextual()) {
                throw new FieldRefusal(path + ".name must be a string, got " + Fields.describe(n));
            }
            name = n.textValue();
            if (name.length() > WorkspaceLimits.MAX_NAME_LENGTH) {
                throw new FieldRefusal(
                        path
                                + ".name has "
                                + name.length()
                                + " characters; at most "
                                + WorkspaceLimits.MAX_NAME_LENGTH
                                + " are allowed");
            }
        }
        String wp = path + ".weights";
        GridDecoder.Grid g =
                GridDecoder.decode(
                        Fields.required(node, "weights", wp),
                        wp,
                        WorkspaceLimits.MAX_CHANNELS,
                        WorkspaceLimits.MAX_KERNEL_SIDE);
        if (groups != 1) {
            requireDepth(g, wp, imageChannels, groups);
        } else if (!g.nested() && imageChannels != 1) {
            throw new FieldRefusal(
                    wp
                            + " is a plain [KH][KW] array, which holds 1 channel, but the image has "
                            + imageChannels
                            + " channels; write the weights as [C][KH][KW]");
        }
        if (groups == 1 && g.channels() != imageChannels) {
            throw new FieldRefusal(
                    wp
                            + " has "
                            + g.channels()
                            + " channel"
                            + (g.channels() == 1 ? "" : "s")
                            + " but the image has "
                            + imageChannels
                            + "; a filter needs one slice per image channel");
        }
        double bias = node.has("bias") ? Fields.finiteNumber(node.get("bias"), path + ".bias") : 0;
        double gain = node.has("gain") ? Fields.finiteNumber(node.get("gain"), path + ".gain") : 1;
        int dx = 0;
        int dy = 0;
        JsonNode offset = node.get("offset");
        if (offset != null) {
            String op = path + ".offset";
            Fields.requireObject(offset, op);
            Fields.requireKnown(offset, op, "dx", "dy");
            dx = offsetComponent(offset, op, "dx");
            dy = offsetComponent(offset, op, "dy");
        }
        return new FilterSpec(
                name,
                Filter.of(g.height(), g.width(), g.channels(), g.values(), bias),
                gain,
                dx,
                dy);
    }

    /** A grouped filter's slices: exactly C/g of them. */
    private static void requireDepth(GridDecoder.Grid g, String wp, int imageChannels, int groups)
            throws FieldRefusal {
        int depth = imageChannels / groups;
        if (g.channels() != depth) {
            throw new FieldRefusal(
                    wp
                            + " has "
                            + g.channels()
                            + " slice(s) but with "
                            + groups
                            + " groups each filter reads "
                            + depth
                            + " of the image's "
                            + imageChannels
                            + " channels; give it "
                            + depth
                            + " slice(s)");
        }
    }

    private static int offsetComponent(JsonNode offset, String path, String key)
            throws FieldRefusal {
        int v = Fields.optionalInt(offset, key, path + "." + key, 0);
        if (Math.abs(v) > WorkspaceLimits.MAX_OFFSET) {
            throw new FieldRefusal(
                    path
                            + "."
                            + key
                            + " is "
                            + v
                            + "; offsets may be at most "
                            + WorkspaceLimits.MAX_OFFSET
                            + " either way");
        }
        return v;
    }
}
