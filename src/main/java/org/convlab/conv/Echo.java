package org.convlab.conv;

/**
 * Text from a file or a command line, made safe to repeat in a message. A field name holding ESC[2J
 * would clear the user's terminal, a newline would forge a second message line and a key of a
 * million characters would make a message as long; so control and direction-changing characters are
 * written as escapes ({@code \e}, {@code \n}, {@code \u202E}) and the text is cut to {@value
 * #MAX_CHARS} characters with an ellipsis. Every message that repeats input uses this.
 */
public final class Echo {
    /** The most characters of the input a message repeats. */
    public static final int MAX_CHARS = 60;

    /** The longest line a message may have in all, for text a library wrote around an echo. */
    public static final int MAX_LINE = 400;

    private Echo() {}

    /** The text in double quotes, escaped and cut: {@code "abc\e[2J…"}. */
    public static String quoted(String s) {
        return '"' + inside(s) + '"';
    }

    /** The text escaped and cut, without quotes (for messages that quote in their own way). */
    public static String inside(String s) {
        return escape(s == null ? "" : s, MAX_CHARS, true);
    }

    /**
     * A file path, escaped; a long one keeps its end (the file's name), not its start: {@code
     * …/lessons/week-3/edges.json}.
     */
    public static String path(String p) {
        String s = p == null ? "" : p;
        int cps = s.codePointCount(0, s.length());
        if (cps <= MAX_CHARS) {
            return escape(s, MAX_CHARS, true);
        }
        return "…"
                + escape(
                        s.substring(s.offsetByCodePoints(0, cps - (MAX_CHARS - 1))),
                        MAX_CHARS,
                        true);
    }

    /**
     * A whole message made into one clean line: control characters escaped (quotes and backslashes
     * are left alone, as the echoes inside are already escaped), cut at {@value #MAX_LINE}
     * characters. The last guard before a message reaches a terminal.
     */
    public static String line(String s) {
        return escape(s == null ? "" : s, MAX_LINE, false);
    }

    private static String escape(String s, int max, boolean quotes) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), max) + 8);
        int shown = 0;
        for (int i = 0; i < s.length(); ) {
            if (shown == max) {
                return b.append('…').toString();
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            shown++;
            switch (cp) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case 0x1B -> b.append("\\e");
                case '"' -> b.append(quotes ? "\\\"" : "\"");
                case '\\' -> b.append(quotes ? "\\\\" : "\\");
                default -> {
                    if (unsafe(cp)) {
                        b.append(String.format("\\u%04X", cp));
                    } else {
                        b.appendCodePoint(cp);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * Control characters (C0, DEL, C1), line and paragraph separators, and the marks that change
     * the direction text is shown in, which can make a message read backwards.
     */
    static boolean unsafe(int cp) {
        return cp < 0x20
                || cp >= 0x7F && cp <= 0x9F
                || cp == 0x2028
                || cp == 0x2029
                || cp >= 0x202A && cp <= 0x202E
                || cp >= 0x2066 && cp <= 0x2069
                || cp == 0x200E
                || cp == 0x200F
                || cp == 0xFEFF
                || Character.getType(cp) == Character.SURROGATE;
    }
}
