package org.convlab.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convlab.core.Activation;
import org.convlab.core.ConvSettings;
import org.convlab.core.Filter;
import org.convlab.core.FilterSpec;
import org.convlab.core.Image;
import org.convlab.core.MatchMode;
import org.convlab.core.Padding;
import org.convlab.core.Workspace;

/**
 * A plain test-side codec for the workspace format of issue 2 (the foundation's spec), so the
 * document model can be tested on its own. The app plugs in the real reader and writer; the two
 * agree on valid files, which the examples test checks once the real reader is merged.
 */
public final class SpecJsonCodec implements WorkspaceCodec {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> KNOWN = List.of("format", "version", "image", "filters", "convolution", "matching", "activation");

    @Override
    public Workspace read(String text) throws WorkspaceFormatException {
        try {
            JsonNode root = JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
            if (root == null || !root.isObject() || !"convlab-workspace".equals(root.path("format").asText())) {
                throw new WorkspaceFormatException("not a ConvLab workspace");
            }
            JsonNode im = root.get("image");
            int c = im.get("channels").asInt();
            Image image = Image.of(im.get("height").asInt(), im.get("width").asInt(), c, flat(im.get("pixels"), c));
            List<FilterSpec> filters = new ArrayList<>();
            for (JsonNode f : root.get("filters")) {
                JsonNode w = f.get("weights");
                int kh = c == 1 && w.get(0).get(0).isNumber() ? w.size() : w.get(0).size();
                int kw = c == 1 && w.get(0).get(0).isNumber() ? w.get(0).size() : w.get(0).get(0).size();
                Filter filter = Filter.of(kh, kw, c, flat(w, c), f.path("bias").asDouble(0));
                filters.add(new FilterSpec(f.get("name").asText(), filter, f.path("gain").asDouble(1),
                        f.path("offset").path("dx").asInt(0), f.path("offset").path("dy").asInt(0)));
            }
            JsonNode conv = root.path("convolution");
            ConvSettings s = new ConvSettings(Padding.parse(conv.path("padding").asText("valid")),
                    conv.path("stride").asInt(1), conv.path("dilation").asInt(1), conv.path("flip").asBoolean(false));
            Map<String, Object> extras = new LinkedHashMap<>();
            root.fields().forEachRemaining(e -> {
                if (!KNOWN.contains(e.getKey())) {
                    extras.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class));
                }
            });
            return new Workspace(image, filters, s, MatchMode.parse(root.path("matching").asText("raw")),
                    Activation.parse(root.path("activation").asText("none")), extras);
        } catch (JsonProcessingException e) {
            throw new WorkspaceFormatException("malformed JSON: " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            throw new WorkspaceFormatException("bad workspace: " + e);
        }
    }

    private static double[] flat(JsonNode n, int c) {
        List<Double> out = new ArrayList<>();
        collect(n, out);
        double[] d = new double[out.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = out.get(i);
        }
        return d;
    }

    private static void collect(JsonNode n, List<Double> out) {
        if (n.isArray()) {
            n.forEach(x -> collect(x, out));
        } else {
            out.add(n.asDouble());
        }
    }

    @Override
    public String write(Workspace ws) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "convlab-workspace");
        root.put("version", 1);
        Image im = ws.image();
        ObjectNode image = root.putObject("image");
        image.put("height", im.height());
        image.put("width", im.width());
        image.put("channels", im.channels());
        ArrayNode px = image.putArray("pixels");
        for (int ch = 0; ch < im.channels(); ch++) {
            ArrayNode plane = im.channels() == 1 ? px : px.addArray();
            for (int y = 0; y < im.height(); y++) {
                ArrayNode row = plane.addArray();
                for (int x = 0; x < im.width(); x++) {
                    number(row, im.get(ch, y, x));
                }
            }
        }
        ArrayNode fs = root.putArray("filters");
        for (FilterSpec spec : ws.filters()) {
            ObjectNode f = fs.addObject();
            f.put("name", spec.name());
            Filter k = spec.filter();
            ArrayNode w = f.putArray("weights");
            for (int ch = 0; ch < k.channels(); ch++) {
                ArrayNode plane = k.channels() == 1 ? w : w.addArray();
                for (int i = 0; i < k.height(); i++) {
                    ArrayNode row = plane.addArray();
                    for (int j = 0; j < k.width(); j++) {
                        number(row, k.get(ch, i, j));
                    }
                }
            }
            number(f, "bias", k.bias());
            number(f, "gain", spec.gain());
            ObjectNode off = f.putObject("offset");
            off.put("dx", spec.dx());
            off.put("dy", spec.dy());
        }
        ObjectNode conv = root.putObject("convolution");
        Padding p = ws.convolution().padding();
        if (p.kind() == Padding.Kind.EXPLICIT) {
            conv.put("padding", p.amount());
        } else {
            conv.put("padding", p.toString());
        }
        conv.put("stride", ws.convolution().stride());
        conv.put("dilation", ws.convolution().dilation());
        conv.put("flip", ws.convolution().flip());
        root.put("matching", ws.matching().id());
        root.put("activation", ws.activation().id());
        ws.extras().forEach((k, v) -> root.set(k, JSON.valueToTree(v)));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void number(ArrayNode a, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            a.add((long) v);
        } else {
            a.add(v);
        }
    }

    private static void number(ObjectNode o, String key, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            o.put(key, (long) v);
        } else {
            o.put(key, v);
        }
    }
}
