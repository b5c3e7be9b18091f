package org.convlab.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.convlab.conv.Filter;
import org.convlab.conv.Geometry;
import org.convlab.conv.Pooling;
import org.convlab.conv.SecondLayer;
import org.convlab.conv.Workspace;

/**
 * The optional stages after the filter bank: {@code pooling} and {@code secondLayer}, read, checked
 * against the maps they will meet, and written only when set (so files without them keep their
 * bytes).
 */
final class StagesCodec {
    private StagesCodec() {}

    /** The pooling, or null when the file has none. */
    static Pooling pooling(JsonNode node) throws FieldRefusal {
        if (node == null) {
            return null;
        }
        Fields.requireObject(node, "pooling");
        Fields.requireKnown(node, "pooling", "kind", "size", "stride");
        JsonNode k = Fields.required(node, "kind", "pooling.kind");
        Pooling.Kind kind = null;
        for (Pooling.Kind each : Pooling.Kind.values()) {
            if (k.isTextual() && each.id().equals(k.textValue())) {
                kind = each;
            }
        }
        if (kind == null) {
            throw new FieldRefusal(
                    "pooling.kind must be max, average, global-max or global-average; got "
                            + Fields.describe(k));
        }
        if (kind.global()) {
            for (String key : List.of("size", "stride")) {
                if (node.has(key)) {
                    throw new FieldRefusal(
                            "pooling."
                                    + key
                                    + " has no meaning for "
                                    + kind.id()
                                    + " pooling, which pools the whole map; leave it out");
                }
            }
            return Pooling.global(kind);
        }
        int size = atLeastOne(node, "size", Fields.required(node, "size", "pooling.size"));
        int stride = node.has("stride") ? atLeastOne(node, "stride", node.get("stride")) : size;
        return Pooling.window(kind, size, stride);
    }

    private static int atLeastOne(JsonNode pooling, String key, JsonNode n) throws FieldRefusal {
        String path = "pooling." + key;
        return Fields.atLeastOne(Fields.wholeNumber(n, path), path, WorkspaceLimits.MAX_IMAGE_SIDE);
    }

    /** The second layer, or null when the file has none; it needs one slice per filter. */
    static SecondLayer secondLayer(JsonNode node, int filters) throws FieldRefusal {
        if (node == null) {
            return null;
        }
        Fields.requireObject(node, "secondLayer");
        Fields.requireKnown(node, "secondLayer", "weights", "bias");
        String wp = "secondLayer.weights";
        GridDecoder.Grid g =
                GridDecoder.decode(
                        Fields.required(node, "weights", wp),
                        wp,
                        WorkspaceLimits.MAX_FILTERS,
                        SecondLayer.MAX_SIDE);
        if (!g.nested() && filters != 1) {
            throw new FieldRefusal(
                    wp
                            + " is a plain [KH][KW] array, which reads 1 map, but there are "
                            + filters
                            + " filters; write the weights as [N][KH][KW], one slice per filter");
        }
        slices(g.channels(), filters);
        double bias =
                node.has("bias") ? Fields.finiteNumber(node.get("bias"), "secondLayer.bias") : 0;
        return new SecondLayer(Filter.of(g.height(), g.width(), g.channels(), g.values(), bias));
    }

    private static void slices(int slices, int filters) throws FieldRefusal {
        if (slices != filters) {
            throw new FieldRefusal(
                    "secondLayer.weights has "
                            + slices
                            + (slices == 1 ? " slice" : " slices")
                            + " but there "
                            + (filters == 1 ? "is 1 filter" : "are " + filters + " filters")
                            + "; the second layer needs one slice per filter");
        }
    }

    /**
     * Refuses a pooling window larger than a filter's map, and a second layer whose slices do not
     * match the filters, whose maps differ in size or whose kernel is larger than the maps. The
     * kernels must already fit ({@link WorkspaceChecks#geometry}).
     */
    static void check(Workspace ws) throws FieldRefusal {
        if (ws.pooling() == null && ws.secondLayer() == null) {
            return;
        }
        List<int[]> sizes = new ArrayList<>();
        for (int i = 0; i < ws.filters().size(); i++) {
            Filter k = ws.filters().get(i).filter();
            Geometry g =
                    Geometry.of(
                            ws.image().height(),
                            ws.image().width(),
                            k.height(),
                            k.width(),
                            ws.convolution());
            int h = g.outHeight();
            int w = g.outWidth();
            Pooling p = ws.pooling();
            if (p != null) {
                String why = p.refusal(h, w);
                if (why != null) {
                    throw new FieldRefusal("filters[" + i + "]: " + why);
                }
                h = p.outSize(h);
                w = p.outSize(w);
            }
            sizes.add(new int[] {h, w});
        }
        SecondLayer layer = ws.secondLayer();
        if (layer == null) {
            return;
        }
        slices(layer.channels(), ws.filters().size());
        int[] first = sizes.get(0);
        for (int i = 1; i < sizes.size(); i++) {
            int[] s = sizes.get(i);
            if (s[0] != first[0] || s[1] != first[1]) {
                throw new FieldRefusal(
                        "secondLayer needs maps of one size, but filters[0]'s map is "
                                + first[0]
                                + "×"
                                + first[1]
                                + " and filters["
                                + i
                                + "]'s is "
                                + s[0]
                                + "×"
                                + s[1]);
            }
        }
        if (layer.height() > first[0] || layer.width() > first[1]) {
            throw new FieldRefusal(
                    "secondLayer.weights is "
                            + layer.height()
                            + "×"
                            + layer.width()
                            + ", larger than the "
                            + first[0]
                            + "×"
                            + first[1]
                            + " maps it reads");
        }
    }

    /** Writes the stages that are set into {@code root}, after the format's other fields. */
    static void write(Workspace ws, ObjectNode root) {
        Pooling p = ws.pooling();
        if (p != null) {
            ObjectNode o = root.putObject("pooling");
            o.put("kind", p.kind().id());
            if (!p.kind().global()) {
                o.put("size", p.size());
                o.put("stride", p.stride());
            }
        }
        SecondLayer layer = ws.secondLayer();
        if (layer != null) {
            ObjectNode o = root.putObject("secondLayer");
            Filter k = layer.kernel();
            o.set(
                    "weights",
                    WorkspaceWriter.grid(k.toArray(), k.channels(), k.height(), k.width()));
            o.set("bias", JsonText.number(k.bias()));
        }
    }
}
