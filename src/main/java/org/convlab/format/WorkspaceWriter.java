package org.convlab.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.Padding;
import org.convlab.conv.Workspace;

/**
 * Writes a workspace in the format {@link WorkspaceReader} reads, so that {@code
 * read(write(ws)).equals(ws)}. Fields always come in the same order (the format's fields, then the
 * extras sorted by name) so saved files diff cleanly; whole numbers are written as integers and
 * every other number as the shortest decimal that reads back as the same double. One-channel images
 * and kernels are written as plain [H][W] arrays.
 */
public final class WorkspaceWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WorkspaceWriter() {}

    /**
     * The file's text, UTF-8 without a byte-order mark, ending in a newline.
     *
     * @throws IllegalArgumentException with the reader's message if the workspace breaks a limit of
     *     {@link WorkspaceLimits} (or its kernel does not fit, or an extra is not JSON), since such
     *     a file could not be opened again
     */
    public static String write(Workspace ws) {
        try {
            WorkspaceLimits.check(ws);
        } catch (WorkspaceFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return JsonText.pretty(tree(ws));
    }

    /**
     * Writes the file in place, replacing what was there. This is a plain write: a crash midway
     * leaves a partial file, so the GUI saves through its own atomic temp-file-and-rename layer.
     */
    public static void write(Workspace ws, Path file) throws IOException {
        Files.writeString(file, write(ws), StandardCharsets.UTF_8);
    }

    /** The workspace as a JSON tree in the file's field order (no limits checked). */
    static ObjectNode tree(Workspace ws) {
        ObjectNode root = NODES.objectNode();
        root.put("format", WorkspaceReader.FORMAT);
        root.put("version", WorkspaceReader.VERSION);
        root.set("image", image(ws.image()));
        ArrayNode filters = root.putArray("filters");
        for (FilterSpec f : ws.filters()) {
            filters.add(filter(f));
        }
        root.set("convolution", convolution(ws.convolution()));
        root.put("matching", ws.matching().id());
        root.put("activation", ws.activation().id());
        StagesCodec.write(ws, root);
        for (Map.Entry<String, Object> e : new TreeMap<>(ws.extras()).entrySet()) {
            if (ExtrasCodec.FORMAT_FIELDS.contains(e.getKey())) {
                throw new IllegalArgumentException(
                        "extra field "
                                + e.getKey()
                                + " has the name of a format field; extras need names of their own");
            }
            root.set(e.getKey(), ExtrasCodec.tree(e.getValue(), e.getKey()));
        }
        return root;
    }

    private static ObjectNode image(Image img) {
        ObjectNode o = NODES.objectNode();
        o.put("height", img.height());
        o.put("width", img.width());
        o.put("channels", img.channels());
        o.set("pixels", grid(img.toArray(), img.channels(), img.height(), img.width()));
        return o;
    }

    private static ObjectNode filter(FilterSpec spec) {
        Filter f = spec.filter();
        ObjectNode o = NODES.objectNode();
        o.put("name", spec.name());
        o.set("weights", weights(f));
        o.set("bias", JsonText.number(f.bias()));
        o.set("gain", JsonText.number(spec.gain()));
        ObjectNode offset = o.putObject("offset");
        offset.put("dx", spec.dx());
        offset.put("dy", spec.dy());
        return o;
    }

    /**
     * A filter's weights as a workspace file holds them: [KH][KW] for one channel, else
     * [C][KH][KW].
     */
    public static JsonNode weights(Filter f) {
        return grid(f.toArray(), f.channels(), f.height(), f.width());
    }

    private static ObjectNode convolution(ConvSettings s) {
        ObjectNode o = NODES.objectNode();
        Padding p = s.padding();
        if (p.kind() == Padding.Kind.EXPLICIT) {
            o.put("padding", p.amount());
        } else {
            o.put("padding", p.toString());
        }
        o.put("stride", s.stride());
        o.put("dilation", s.dilation());
        o.put("flip", s.flip());
        // Only when grouped, so that files of standard layers keep the bytes they always had.
        if (s.groups() != 1) {
            o.put("groups", s.groups());
        }
        return o;
    }

    /** Planar values as [H][W] for one channel, [C][H][W] otherwise. */
    static JsonNode grid(double[] planar, int c, int h, int w) {
        ArrayNode channels = NODES.arrayNode();
        for (int ch = 0; ch < c; ch++) {
            ArrayNode rows = NODES.arrayNode();
            for (int y = 0; y < h; y++) {
                ArrayNode row = rows.addArray();
                int base = (ch * h + y) * w;
                for (int x = 0; x < w; x++) {
                    row.add(JsonText.number(planar[base + x]));
                }
            }
            if (c == 1) {
                return rows;
            }
            channels.add(rows);
        }
        return channels;
    }
}
