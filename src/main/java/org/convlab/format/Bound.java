package org.convlab.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.convlab.conv.Echo;

/**
 * Binds the fixed-shape objects of ConvLab's JSON files (settings, offsets, pooling, the objects
 * around number grids) to records. Jackson refuses unknown fields and runs the scalar checks of
 * {@link Fields} on every value; {@link #refusal} turns what it reports into one line that names
 * the field's path, worded as the hand-written checks word it. Number grids are read by {@link
 * GridDecoder}, whose messages count rows and values.
 */
final class Bound {
    /**
     * A field the decoder reads from the tree itself (a number grid, or a value of several shapes);
     * binding only skips it, so a large grid is not copied.
     */
    enum HandRead {
        PRESENT
    }

    /** How a scalar is checked; with an empty path the message is what follows the path. */
    private interface Check<T> {
        T read(JsonNode value, String path) throws FieldRefusal;
    }

    /** A scalar a {@link Check} refused; the message is the refusal without its path. */
    private static final class Refused extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        Refused(JsonParser p, String afterPath) {
            super(p, afterPath);
        }
    }

    private static final ObjectMapper MAPPER =
            JsonMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .addModule(
                            new SimpleModule()
                                    .addDeserializer(
                                            Integer.class,
                                            scalar(Integer.class, Fields::wholeNumber))
                                    .addDeserializer(
                                            Double.class,
                                            scalar(Double.class, Fields::finiteNumber))
                                    .addDeserializer(
                                            Boolean.class,
                                            scalar(Boolean.class, Bound::trueOrFalse))
                                    .addDeserializer(
                                            String.class, scalar(String.class, Bound::text))
                                    .addDeserializer(HandRead.class, new Skip()))
                    .build();

    private Bound() {}

    /**
     * The object at {@code path} as a {@code type} record: absent fields are null, a null value is
     * refused like any other value of the wrong kind.
     */
    static <T extends Record> T bind(JsonNode node, String path, Class<T> type)
            throws FieldRefusal {
        Fields.requireObject(node, path);
        try {
            return MAPPER.readerFor(type).readValue(node);
        } catch (JsonMappingException e) {
            throw refusal(path, e);
        } catch (IOException e) {
            throw new FieldRefusal(path + " could not be read");
        }
    }

    /** A field the format requires, or a refusal saying it is missing. */
    static <T> T required(T value, String path) throws FieldRefusal {
        if (value == null) {
            throw new FieldRefusal(path + " is missing");
        }
        return value;
    }

    /** Jackson's report, with its path ({@code filters[1].offset.dx}) in ConvLab's words. */
    private static FieldRefusal refusal(String path, JsonMappingException e) {
        List<JsonMappingException.Reference> refs = e.getPath();
        if (e instanceof UnrecognizedPropertyException u) {
            String where = text(path, refs.subList(0, Math.max(0, refs.size() - 1)));
            List<String> fields = new ArrayList<>();
            for (var c : u.getReferringClass().getRecordComponents()) {
                fields.add(c.getName());
            }
            return new FieldRefusal(
                    (where.isEmpty() ? "" : where + ".")
                            + Echo.inside(u.getPropertyName())
                            + " is not a field of "
                            + (where.isEmpty() ? "the top level" : where)
                            + "; the fields are "
                            + String.join(", ", fields));
        }
        String at = text(path, refs);
        if (e instanceof Refused) {
            return new FieldRefusal(at + e.getOriginalMessage());
        }
        // Not one of the checks above; Jackson's own text is not for users.
        return new FieldRefusal(at + " is not what the format allows there");
    }

    private static String text(String path, List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder(path);
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() == null) {
                b.append('[').append(r.getIndex()).append(']');
            } else {
                b.append(b.length() == 0 ? "" : ".").append(Echo.inside(r.getFieldName()));
            }
        }
        return b.toString();
    }

    private static Boolean trueOrFalse(JsonNode n, String path) throws FieldRefusal {
        if (!n.isBoolean()) {
            throw new FieldRefusal(path + " must be true or false, got " + Fields.describe(n));
        }
        return n.booleanValue();
    }

    private static String text(JsonNode n, String path) throws FieldRefusal {
        if (!n.isTextual()) {
            throw new FieldRefusal(path + " must be a string, got " + Fields.describe(n));
        }
        return n.textValue();
    }

    /**
     * A scalar read through its check; an explicit null goes through the check too (and is
     * refused), while an absent field stays null.
     */
    private static <T> StdDeserializer<T> scalar(Class<T> type, Check<T> check) {
        return new StdDeserializer<>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return checked(p, p.readValueAsTree());
            }

            @Override
            public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
                return checked(ctxt.getParser(), NullNode.getInstance());
            }

            @Override
            public Object getAbsentValue(DeserializationContext ctxt) {
                return null;
            }

            private T checked(JsonParser p, JsonNode value) throws Refused {
                try {
                    return check.read(value, "");
                } catch (FieldRefusal r) {
                    throw new Refused(p, r.getMessage());
                }
            }
        };
    }

    private static final class Skip extends StdDeserializer<HandRead> {
        private static final long serialVersionUID = 1L;

        Skip() {
            super(HandRead.class);
        }

        @Override
        public HandRead deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            p.skipChildren();
            return HandRead.PRESENT;
        }
    }
}
