package org.convlab.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convlab.conv.Echo;
import org.convlab.conv.Filter;
import org.convlab.conv.NumberText;

/**
 * Filters as text, the way people copy them around: CSV from a spreadsheet (commas, semicolons or
 * tabs), whitespace-separated numbers, or a NumPy print ({@code [[1, 0], [0, 1]]}, {@code [[ 1.
 * -1.]\n [ 0. 1.]]}, {@code array([[...]])}). Several channels are blocks separated by a blank
 * line, or a 3-level nested list. The bias is not part of the text.
 *
 * <p>Sizes follow the detector: 1×1 up to {@value #MAX_SIZE}×{@value #MAX_SIZE} per channel. Rows
 * and columns in messages count from 1, as a spreadsheet does.
 */
public final class FilterText {
    public static final int MAX_SIZE = 11;

    /** Three channels is the most any image ConvLab imports has. */
    public static final int MAX_CHANNELS = 3;

    /**
     * The longest text read, in characters: an 11×11×3 filter of long decimals with comments is far
     * shorter, and every step below is linear, so the largest text takes milliseconds.
     */
    public static final int MAX_TEXT_CHARS = 1 << 16;

    private FilterText() {}

    /** The weights in the text as a bias-free filter. */
    public static Filter parse(String text) throws FilterFormatException {
        if (text.length() > MAX_TEXT_CHARS) {
            throw new FilterFormatException(
                    "the text has "
                            + NumberText.grouped(text.length())
                            + " characters; a filter's text"
                            + " may have at most "
                            + NumberText.grouped(MAX_TEXT_CHARS)
                            + " (an 11×11 filter needs a few hundred)");
        }
        String t =
                stripNumpyWrapper(
                        text.replace("\uFEFF", "").strip().replace(NumberText.MINUS, '-'));
        if (t.isEmpty()) {
            throw new FilterFormatException(
                    "the text holds no numbers; paste rows of numbers such as 1, 0, -1");
        }
        List<List<List<String>>> channels =
                t.startsWith("[")
                        ? bracketChannels(t)
                        : lineChannels(t, SpreadsheetRow.decimalCommas(t));
        return build(channels);
    }

    /**
     * The weights as CSV, one kernel row per line, channels separated by a blank line; numbers are
     * exact (they read back as the same doubles).
     */
    public static String toCsv(Filter f) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < f.channels(); c++) {
            if (c > 0) {
                sb.append('\n');
            }
            for (int i = 0; i < f.height(); i++) {
                for (int j = 0; j < f.width(); j++) {
                    if (j > 0) {
                        sb.append(',');
                    }
                    sb.append(NumberText.ascii(f.get(c, i, j)));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String stripNumpyWrapper(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("array(") && t.endsWith(")")) {
            String inner = t.substring("array(".length(), t.length() - 1).strip();
            int lastBracket = inner.lastIndexOf(']');
            // Drops a trailing ", dtype=float32" and the like.
            return lastBracket >= 0 ? inner.substring(0, lastBracket + 1) : inner;
        }
        return t;
    }

    /** Plain text: lines are rows, blank lines separate channels, '#' starts a comment. */
    private static List<List<List<String>>> lineChannels(String t, boolean decimalCommas)
            throws FilterFormatException {
        List<List<List<String>>> channels = new ArrayList<>();
        List<List<String>> current = new ArrayList<>();
        for (String rawLine : t.split("\\R", -1)) {
            int hash = rawLine.indexOf('#');
            String line = (hash >= 0 ? rawLine.substring(0, hash) : rawLine).strip();
            if (line.isEmpty()) {
                if (hash < 0 && !current.isEmpty()) {
                    channels.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            current.add(
                    SpreadsheetRow.cells(
                            line, decimalCommas, channels.size() + 1, current.size() + 1));
        }
        if (!current.isEmpty()) {
            channels.add(current);
        }
        return channels;
    }

    /** A nested list: depth 1 is one row, depth 2 a channel, depth 3 several channels. */
    private static List<List<List<String>>> bracketChannels(String t) throws FilterFormatException {
        NestedList parser = new NestedList(t);
        Object root = parser.parse();
        int depth = depth(root);
        List<List<List<String>>> channels = new ArrayList<>();
        switch (depth) {
            case 1 -> channels.add(List.of(strings(root)));
            case 2 -> channels.add(rows(root));
            case 3 -> {
                for (Object ch : (List<?>) root) {
                    if (depth(ch) != 2) {
                        throw new FilterFormatException(
                                "every channel must be a list of rows; channel "
                                        + (channels.size() + 1)
                                        + " is not");
                    }
                    channels.add(rows(ch));
                }
            }
            default ->
                    throw new FilterFormatException(
                            "the brackets are nested "
                                    + depth
                                    + " levels deep; a filter is rows [[...], [...]] or channels of rows [[[...]]]");
        }
        return channels;
    }

    private static int depth(Object node) throws FilterFormatException {
        if (!(node instanceof List<?> list)) {
            return 0;
        }
        if (list.isEmpty()) {
            throw new FilterFormatException(
                    "the text has an empty list [ ]; every row needs at least one number");
        }
        int d = depth(list.get(0));
        for (Object o : list) {
            if (depth(o) != d) {
                throw new FilterFormatException(
                        "the brackets mix numbers and lists at the same level");
            }
        }
        return d + 1;
    }

    private static List<List<String>> rows(Object node) {
        List<List<String>> rows = new ArrayList<>();
        for (Object r : (List<?>) node) {
            rows.add(strings(r));
        }
        return rows;
    }

    private static List<String> strings(Object node) {
        List<String> s = new ArrayList<>();
        for (Object o : (List<?>) node) {
            s.add((String) o);
        }
        return s;
    }

    private static Filter build(List<List<List<String>>> channels) throws FilterFormatException {
        if (channels.isEmpty()) {
            throw new FilterFormatException(
                    "the text holds no numbers; paste rows of numbers such as 1, 0, -1");
        }
        if (channels.size() > MAX_CHANNELS) {
            throw new FilterFormatException(
                    "the text has "
                            + channels.size()
                            + " channel blocks; a filter has at most "
                            + MAX_CHANNELS
                            + " (one per image channel)");
        }
        List<List<String>> first = channels.get(0);
        int kh = first.size();
        int kw = first.get(0).size();
        String multi = channels.size() > 1 ? "channel %d, " : "";
        for (int c = 0; c < channels.size(); c++) {
            List<List<String>> rows = channels.get(c);
            String where = multi.isEmpty() ? "" : String.format(Locale.ROOT, multi, c + 1);
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).size() != kw) {
                    throw new FilterFormatException(
                            "rows have different lengths: "
                                    + where
                                    + "row "
                                    + (i + 1)
                                    + " has "
                                    + rows.get(i).size()
                                    + " value(s) but row 1 of channel 1 has "
                                    + kw);
                }
            }
            if (rows.size() != kh) {
                throw new FilterFormatException(
                        "channels have different sizes: channel "
                                + (c + 1)
                                + " has "
                                + rows.size()
                                + " row(s) but channel 1 has "
                                + kh);
            }
        }
        if (kh > MAX_SIZE || kw > MAX_SIZE) {
            throw new FilterFormatException(
                    "the filter is "
                            + kh
                            + "×"
                            + kw
                            + "; filters can be 1×1 up to "
                            + MAX_SIZE
                            + "×"
                            + MAX_SIZE);
        }
        double[] w = new double[channels.size() * kh * kw];
        for (int c = 0; c < channels.size(); c++) {
            String where = channels.size() > 1 ? "channel " + (c + 1) + ", " : "";
            for (int i = 0; i < kh; i++) {
                for (int j = 0; j < kw; j++) {
                    w[(c * kh + i) * kw + j] =
                            number(
                                    channels.get(c).get(i).get(j),
                                    where + "row " + (i + 1) + ", column " + (j + 1));
                }
            }
        }
        return Filter.of(kh, kw, channels.size(), w, 0);
    }

    private static double number(String token, String where) throws FilterFormatException {
        if (SpreadsheetRow.notFinite(token)) {
            throw new FilterFormatException(
                    where
                            + " is "
                            + Echo.quoted(token)
                            + "; filter weights must be finite numbers");
        }
        if (!SpreadsheetRow.isNumber(token)) {
            throw new FilterFormatException(where + ": " + Echo.quoted(token) + " is not a number");
        }
        double v = Double.parseDouble(token);
        if (!Double.isFinite(v)) {
            throw new FilterFormatException(
                    where
                            + " is "
                            + Echo.inside(token)
                            + ", too large for a number; filter weights must be finite");
        }
        return v;
    }

    /**
     * A small parser for NumPy-style nested lists; numbers stay strings until checked with their
     * position.
     */
    private static final class NestedList {
        private static final int MAX_DEPTH = 8;
        private final String text;
        private int pos;

        NestedList(String text) {
            this.text = text;
        }

        Object parse() throws FilterFormatException {
            Object root = list(1);
            skipSeparators();
            if (pos < text.length()) {
                throw new FilterFormatException(
                        "unexpected text after the closing bracket: "
                                + Echo.quoted(text.substring(pos).strip()));
            }
            return root;
        }

        private List<Object> list(int level) throws FilterFormatException {
            if (level > MAX_DEPTH) {
                throw new FilterFormatException(
                        "the brackets are nested too deeply; a filter is rows [[...], [...]]");
            }
            pos++; // the '['
            List<Object> items = new ArrayList<>();
            while (true) {
                skipSeparators();
                if (pos >= text.length()) {
                    throw new FilterFormatException(
                            "a '[' is never closed; the text seems cut off");
                }
                char ch = text.charAt(pos);
                if (ch == ']') {
                    pos++;
                    return items;
                }
                if (ch == '[') {
                    items.add(list(level + 1));
                } else {
                    int start = pos;
                    while (pos < text.length()
                            && !isSeparator(text.charAt(pos))
                            && text.charAt(pos) != '['
                            && text.charAt(pos) != ']') {
                        pos++;
                    }
                    items.add(text.substring(start, pos));
                }
            }
        }

        private void skipSeparators() {
            while (pos < text.length() && isSeparator(text.charAt(pos))) {
                pos++;
            }
        }

        private static boolean isSeparator(char c) {
            return c == ',' || c == ';' || Character.isWhitespace(c);
        }
    }
}
