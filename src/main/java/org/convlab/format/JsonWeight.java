package org.convlab.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import org.convlab.conv.NumberText;
import org.convlab.conv.WorkCost;

/**
 * Weighs a JSON text before it is read into a tree: one pass with the streaming parser, which keeps
 * nothing, adds up what each value will take in memory. A file far below the size limit can still
 * hold millions of empty arrays ({@code [],} is three bytes, a tree node some 80), and the tree
 * would exhaust the heap before any field were looked at; such a file is refused here, in linear
 * time and constant memory. Syntax errors surface here first, with their position.
 */
final class JsonWeight {
    /**
     * Estimated bytes of the parsed tree a workspace may need (an image of 2 million values fits).
     */
    static final long MAX_TREE_BYTES = 96_000_000L;

    /** An array or object: the node, its list or map, the reference to it. */
    private static final int CONTAINER = 80;

    /** A number node and the reference to it; long numbers also keep their digits. */
    private static final int NUMBER = 24;

    /** A string node, its String and array; plus two bytes per character at worst. */
    private static final int STRING = 64;

    /** A map entry for a field name. */
    private static final int FIELD = 48;

    /** true, false and null are shared nodes: just the reference. */
    private static final int CONSTANT = 8;

    private JsonWeight() {}

    /**
     * Refuses the text when its tree would be too heavy; throws the parser's error for bad syntax.
     */
    static void check(JsonFactory factory, String text) throws IOException {
        long weight = 0;
        long values = 0;
        try (JsonParser p = factory.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                weight +=
                        switch (t) {
                            case START_ARRAY, START_OBJECT -> CONTAINER;
                            case FIELD_NAME -> FIELD + STRING + 2L * p.getTextLength();
                            case VALUE_STRING -> STRING + 2L * p.getTextLength();
                            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                                    NUMBER + (p.getTextLength() > 18 ? p.getTextLength() : 0);
                            case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> CONSTANT;
                            default -> 0;
                        };
                if (t != JsonToken.END_ARRAY && t != JsonToken.END_OBJECT) {
                    values++;
                }
                if (weight > MAX_TREE_BYTES) {
                    throw new FieldRefusal(
                            "the file holds more than "
                                    + NumberText.grouped(values)
                                    + " arrays, objects and values; reading them would take more than the limit of "
                                    + NumberText.bytes(BigInteger.valueOf(MAX_TREE_BYTES))
                                    + " (an image of "
                                    + NumberText.grouped(WorkCost.MAX_IMAGE_VALUES)
                                    + " numbers fits)");
                }
            }
        }
    }
}
