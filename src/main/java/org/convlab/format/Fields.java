package org.convlab.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.convlab.conv.Echo;

/** Small checks on JSON values that every part of the decoder shares, so refusals read alike. */
final class Fields {
    private Fields() {}

    static JsonNode required(JsonNode parent, String key, String path) throws FieldRefusal {
        JsonNode n = parent.get(key);
        if (n == null) {
            throw new FieldRefusal(path + " is missing");
        }
        return n;
    }

    static void requireObject(JsonNode node, String path) throws FieldRefusal {
        if (!node.isObject()) {
            throw new FieldRefusal(path + " must be an object, got " + describe(node));
        }
    }

    /**
     * Refuses fields the format does not define inside a nested object: a misspelt {@code
     * "paddnig"} would otherwise silently fall back to the default and change the lesson.
     */
    static void requireKnown(JsonNode node, String path, String... known) throws FieldRefusal {
        Set<String> allowed = Set.of(known);
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new FieldRefusal(
                        (path.isEmpty() ? "" : path + ".")
                                + Echo.inside(name)
                                + " is not a field of "
                                + (path.isEmpty() ? "the top level" : path)
                                + "; the fields are "
                                + String.join(", ", known));
            }
        }
    }

    /** An optional whole-number field, or {@code fallback} when absent. */
    static int optionalInt(JsonNode parent, String key, String path, int fallback)
            throws FieldRefusal {
        JsonNode n = parent.get(key);
        return n == null ? fallback : wholeNumber(n, path);
    }

    /** A count or a step: from 1 to {@code max}. */
    static int atLeastOne(int v, String path, int max) throws FieldRefusal {
        if (v < 1) {
            throw new FieldRefusal(path + " must be at least 1, got " + v);
        }
        return atMost(v, path, max);
    }

    static int atMost(int v, String path, int max) throws FieldRefusal {
        if (v > max) {
            throw new FieldRefusal(path + " is " + v + "; at most " + max + " is allowed");
        }
        return v;
    }

    /** A whole number in int range; 3.0 counts as 3. */
    static int wholeNumber(JsonNode n, String path) throws FieldRefusal {
        if (!n.isNumber()) {
            throw new FieldRefusal(path + " must be a whole number, got " + describe(n));
        }
        if (n.isIntegralNumber()) {
            if (!n.canConvertToInt()) {
                throw new FieldRefusal(path + " is " + Echo.inside(n.asText()) + ", far too large");
            }
            return n.intValue();
        }
        double v = n.doubleValue();
        if (Double.isFinite(v) && v != Math.rint(v)) {
            throw new FieldRefusal(
                    path + " must be a whole number, got " + Echo.inside(n.asText()));
        }
        if (!Double.isFinite(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new FieldRefusal(path + " is " + Echo.inside(n.asText()) + ", far too large");
        }
        return (int) v;
    }

    /** A finite number; names NaN and infinity strings and overflowing literals such as 1e999. */
    static double finiteNumber(JsonNode n, String path) throws FieldRefusal {
        if (n.isNumber()) {
            double v = n.doubleValue();
            if (!Double.isFinite(v)) {
                throw new FieldRefusal(
                        path
                                + " is too large to be a finite number; only finite numbers are allowed");
            }
            return v;
        }
        if (n.isTextual()) {
            String t = n.textValue().trim().toLowerCase(Locale.ROOT);
            if (t.contains("nan") || t.contains("inf")) {
                throw new FieldRefusal(
                        path
                                + " must be a number, got "
                                + describe(n)
                                + "; NaN and infinities are not allowed");
            }
        }
        throw new FieldRefusal(path + " must be a number, got " + describe(n));
    }

    /**
     * How a value reads in a message: {@code the string "NaN"}, {@code an array}, {@code the number
     * 2.5}.
     */
    static String describe(JsonNode n) {
        if (n.isTextual()) {
            return "the string " + Echo.quoted(n.textValue());
        }
        if (n.isArray()) {
            return n.isEmpty() ? "an empty array" : "an array";
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isNull()) {
            return "null";
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        if (n.isNumber()) {
            return "the number " + Echo.inside(n.asText());
        }
        return n.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
}
