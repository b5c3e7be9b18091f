package org.convlab.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a workspace file as text: UTF-8 only, with or without a byte-order mark, for the
 * command line and the GUI alike (one reader, one answer). UTF-16 and UTF-32, which a JSON parser
 * would guess and read, are refused, and so is anything the strict UTF-8 decoder rejects: overlong
 * forms, encoded surrogates, stray continuation bytes, a cut-off last character.
 */
public final class WorkspaceText {
    private static final String UTF8_ONLY =
            "; ConvLab reads workspace files in UTF-8 only, so save it again as UTF-8";

    private WorkspaceText() {}

    /** The text of the file, without a UTF-8 byte-order mark. */
    public static String decode(byte[] bytes) throws WorkspaceFormatException {
        String wide = wideEncoding(bytes);
        if (wide != null) {
            throw new WorkspaceFormatException("the file is in " + wide + UTF8_ONLY);
        }
        int start =
                bytes.length >= 3
                                && (bytes[0] & 0xFF) == 0xEF
                                && (bytes[1] & 0xFF) == 0xBB
                                && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        int bad = firstInvalid(bytes, start);
        if (bad >= 0) {
            throw new WorkspaceFormatException(
                    "the file is not a text file in UTF-8: byte "
                            + (bad + 1)
                            + " (on line "
                            + lineOf(bytes, bad)
                            + ") is 0x"
                            + String.format("%02X", bytes[bad] & 0xFF)
                            + ", which does not belong there"
                            + UTF8_ONLY);
        }
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /**
     * "UTF-16" or "UTF-32" when a byte-order mark or the zero bytes of ASCII text say so, else
     * null.
     */
    private static String wideEncoding(byte[] b) {
        if (b.length >= 4
                && (b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF
                        || (b[0] & 0xFF) == 0xFF
                                && (b[1] & 0xFF) == 0xFE
                                && b[2] == 0
                                && b[3] == 0)) {
            return "UTF-32";
        }
        if (b.length >= 2
                && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                        || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return "UTF-16";
        }
        // Without a mark, JSON starts with an ASCII character, so its first bytes show the width.
        if (b.length >= 4
                && (b[0] == 0 && b[1] == 0 && b[2] == 0 || b[1] == 0 && b[2] == 0 && b[3] == 0)) {
            return "UTF-32";
        }
        if (b.length >= 2 && (b[0] == 0) != (b[1] == 0)) {
            return "UTF-16";
        }
        return null;
    }

    /**
     * The index of the first byte that is not valid UTF-8, or −1; decodes in small pieces, keeping
     * nothing.
     */
    private static int firstInvalid(byte[] bytes, int start) {
        CharsetDecoder d =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                r = d.flush(out);
                return r.isError() ? in.position() : -1;
            }
            out.clear();
        }
    }

    private static int lineOf(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
