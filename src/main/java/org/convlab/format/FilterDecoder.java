package org.convlab.format;

import com.fasterxml.jackson.databind.JsonNode;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;

/** One entry of {@code filters}: name, weights, bias, and its gain and offset in the detector. */
final class FilterDecoder {
    /** One entry of {@code filters}; the offset is bound on its own so that null is refused. */
    private record Entry(
            String name, Bound.HandRead weights, Double bias, Double gain, Bound.HandRead offset) {}

    private record Offset(Integer dx, Integer dy) {}

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
        Entry f = Bound.bind(node, path, Entry.class);
        String name = f.name() == null ? defaultName(index) : f.name();
        if (name.length() > WorkspaceLimits.MAX_NAME_LENGTH) {
            throw new FieldRefusal(
                    path
                            + ".name has "
                            + name.length()
                            + " characters; at most "
                            + WorkspaceLimits.MAX_NAME_LENGTH
                            + " are allowed");
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
        Offset offset =
                !node.has("offset")
                        ? new Offset(0, 0)
                        : Bound.bind(node.get("offset"), path + ".offset", Offset.class);
        return new FilterSpec(
                name,
                Filter.of(
                        g.height(),
                        g.width(),
                        g.channels(),
                        g.values(),
                        f.bias() == null ? 0 : f.bias()),
                f.gain() == null ? 1 : f.gain(),
                offsetComponent(offset.dx(), path + ".offset.dx"),
                offsetComponent(offset.dy(), path + ".offset.dy"));
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

    private static int offsetComponent(Integer value, String path) throws FieldRefusal {
        int v = value == null ? 0 : value;
        if (Math.abs(v) > WorkspaceLimits.MAX_OFFSET) {
            throw new FieldRefusal(
                    path
                            + " is "
                            + v
                            + "; offsets may be at most "
                            + WorkspaceLimits.MAX_OFFSET
                            + " either way");
        }
        return v;
    }
}
