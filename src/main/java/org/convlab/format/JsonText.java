package org.convlab.format;

import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ValueNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON text the way ConvLab writes it: pretty, but with every array of plain values (a row of
 * pixels, a kernel row) and every small flat object on one line, so a 64×64 image is 64 lines
 * rather than 4096. Field order is the order of the tree. Shared by workspace files and the command
 * line's {@code --json}. It speaks Jackson's tree types, which only this module uses.
 */
@SuppressWarnings("exports")
public final class JsonText {
    private static final int INLINE_OBJECT_WIDTH = 100;

    /** Characters {@link #print} collects before handing them on. */
    private static final int FLUSH_AT = 1 << 16;

    private JsonText() {}

    /** A tree node for a computed value: whole numbers as integers, others as doubles. */
    public static ValueNode number(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(
                    v + " cannot be written as JSON; only finite numbers can");
        }
        // -0.0 stays a double so that reading the file back gives the very same value.
        boolean negativeZero = v == 0 && Double.doubleToRawLongBits(v) != 0;
        if (!negativeZero && v == Math.rint(v) && Math.abs(v) < 1e15) {
            return JsonNodeFactory.instance.numberNode((long) v);
        }
        return JsonNodeFactory.instance.numberNode(v);
    }

    /**
     * The shortest decimal that reads back as exactly {@code v} (Schubfach, as Java 19+ prints).
     */
    public static String shortest(double v) {
        return NumberOutput.toString(v, true);
    }

    /** The whole tree as text, with a final newline. */
    public static String pretty(JsonNode node) {
        StringBuilder b = new StringBuilder();
        append(b, node, 0, null);
        return b.append('\n').toString();
    }

    /**
     * The same text written to {@code out} as it is made, a line at a time, so a map of two million
     * cells is never held as one string (it would be twice the output's size in memory).
     */
    public static void print(JsonNode node, Writer out) throws IOException {
        StringBuilder b = new StringBuilder(FLUSH_AT + 1024);
        try {
            append(b, node, 0, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        b.append('\n');
        out.append(b);
        out.flush();
    }

    /** Hands what is written so far to {@code out}, between lines, once there is enough of it. */
    private static void drain(StringBuilder b, Writer out) {
        if (out != null && b.length() >= FLUSH_AT) {
            try {
                out.append(b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            b.setLength(0);
        }
    }

    private static void append(StringBuilder b, JsonNode node, int indent, Writer out) {
        if (node.isValueNode() || node.isNull()) {
            appendScalar(b, node);
        } else if (node.isArray()) {
            appendArray(b, node, indent, out);
        } else if (node.isObject()) {
            appendObject(b, (ObjectNode) node, indent, out);
        } else {
            b.append("null");
        }
    }

    private static void appendScalar(StringBuilder b, JsonNode node) {
        if (node.isTextual()) {
            b.append(quote(node.textValue()));
        } else if (node.isDouble() || node.isFloat()) {
            double v = node.doubleValue();
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(
                        v + " cannot be written as JSON; only finite numbers can");
            }
            b.append(shortest(v));
        } else if (node.isIntegralNumber()) {
            b.append(node.asText());
        } else if (node.isBigDecimal()) {
            b.append(node.decimalValue().toString());
        } else if (node.isBoolean()) {
            b.append(node.booleanValue());
        } else {
            b.append("null");
        }
    }

    private static boolean allScalar(JsonNode container) {
        for (JsonNode child : container) {
            if (child.isContainerNode() && !child.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static void appendArray(StringBuilder b, JsonNode array, int indent, Writer out) {
        if (array.isEmpty()) {
            b.append("[]");
            return;
        }
        if (allScalar(array)) {
            b.append('[');
            boolean first = true;
            for (JsonNode child : array) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                append(b, child, indent, null);
            }
            b.append(']');
            return;
        }
        b.append("[\n");
        Iterator<JsonNode> it = array.elements();
        while (it.hasNext()) {
            pad(b, indent + 1);
            append(b, it.next(), indent + 1, out);
            b.append(it.hasNext() ? ",\n" : "\n");
            drain(b, out);
        }
        pad(b, indent);
        b.append(']');
    }

    private static void appendObject(StringBuilder b, ObjectNode object, int indent, Writer out) {
        if (object.isEmpty()) {
            b.append("{}");
            return;
        }
        if (allScalar(object)) {
            StringBuilder line = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                if (!first) {
                    line.append(", ");
                }
                first = false;
                line.append(quote(e.getKey())).append(": ");
                append(line, e.getValue(), indent, null);
            }
            line.append('}');
            if (line.length() <= INLINE_OBJECT_WIDTH) {
                b.append(line);
                return;
            }
        }
        b.append("{\n");
        Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            pad(b, indent + 1);
            b.append(quote(e.getKey())).append(": ");
            append(b, e.getValue(), indent + 1, out);
            b.append(it.hasNext() ? ",\n" : "\n");
            drain(b, out);
        }
        pad(b, indent);
        b.append('}');
    }

    /**
     * A JSON string literal: quotes, backslashes and control characters escaped, the rest as it is.
     */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static void pad(StringBuilder b, int indent) {
        for (int i = 0; i < indent; i++) {
            b.append("  ");
        }
    }
}
