package org.convlab.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convlab.conv.Echo;

/**
 * The GUI's own top-level fields, carried through a read and a write unchanged: JSON values become
 * plain Java values (Map in file order, List, String, Integer/Long/BigInteger, Double, Boolean,
 * null) and back.
 */
final class ExtrasCodec {
    /** Top-level fields the format defines; every other one is an extra. */
    static final Set<String> FORMAT_FIELDS =
            Set.of(
                    "format",
                    "version",
                    "image",
                    "filters",
                    "convolution",
                    "matching",
                    "activation",
                    "pooling",
                    "secondLayer");

    private ExtrasCodec() {}

    /**
     * The unknown top-level fields, in file order. A field whose value is null counts as absent.
     */
    static Map<String, Object> extras(JsonNode root) throws FieldRefusal {
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!FORMAT_FIELDS.contains(e.getKey()) && !e.getValue().isNull()) {
                result.put(e.getKey(), plain(e.getValue(), Echo.inside(e.getKey())));
            }
        }
        return result;
    }

    private static Object plain(JsonNode n, String path) throws FieldRefusal {
        if (n.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                m.put(e.getKey(), plain(e.getValue(), path + "." + Echo.inside(e.getKey())));
            }
            return Collections.unmodifiableMap(m);
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                l.add(plain(n.get(i), path + "[" + i + "]"));
            }
            return Collections.unmodifiableList(l);
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isNull()) {
            return null;
        }
        if (n.isIntegralNumber()) {
            if (n.canConvertToInt()) {
                return n.intValue();
            }
            return n.canConvertToLong() ? (Object) n.longValue() : n.bigIntegerValue();
        }
        if (n.isNumber()) {
            // A non-finite value could not be written back as JSON, so it must not get in.
            return Fields.finiteNumber(n, path);
        }
        throw new FieldRefusal(
                path + " holds " + Fields.describe(n) + ", which is not a JSON value");
    }

    /** Writes plain values back; refuses (IllegalArgumentException) what JSON cannot hold. */
    static JsonNode tree(Object value, String path) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value == null) {
            return f.nullNode();
        }
        if (value instanceof Map<?, ?> m) {
            ObjectNode o = f.objectNode();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = String.valueOf(e.getKey());
                o.set(key, tree(e.getValue(), path + "." + key));
            }
            return o;
        }
        if (value instanceof Iterable<?> list) {
            ArrayNode a = f.arrayNode();
            int i = 0;
            for (Object item : list) {
                a.add(tree(item, path + "[" + i++ + "]"));
            }
            return a;
        }
        if (value instanceof String s) {
            return f.textNode(s);
        }
        if (value instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte) {
            return f.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigInteger b) {
            return f.numberNode(b);
        }
        if (value instanceof BigDecimal d) {
            return f.numberNode(d);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException(
                        "extra field " + path + " is " + d + "; JSON holds only finite numbers");
            }
            return f.numberNode(d);
        }
        if (value instanceof double[] arr) {
            ArrayNode a = f.arrayNode();
            for (int i = 0; i < arr.length; i++) {
                a.add(tree(arr[i], path + "[" + i + "]"));
            }
            return a;
        }
        throw new IllegalArgumentException(
                "extra field "
                        + path
                        + " holds a "
                        + value.getClass().getSimpleName()
                        + ", which cannot be saved as JSON; use Map, List, String, Number or Boolean");
    }
}
