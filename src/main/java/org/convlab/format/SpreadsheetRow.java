package org.convlab.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convlab.conv.Echo;

/**
 * One line of a filter's text as cells, the way spreadsheets write them, in one pass over the
 * characters (no regular expressions, whose backtracking made a long run of digits quadratic).
 *
 * <p>The convention is decided for the whole text: a spreadsheet set to decimal commas separates
 * values with semicolons, so when the text has a semicolon, commas are decimal commas ({@code
 * 1,5;2,5} is 1.5 and 2.5); without one, commas separate values. Where both readings still give
 * numbers (tabs or spaces between {@code 1,5} and {@code 2,5}), the line is refused with both,
 * rather than silently read one way.
 */
final class SpreadsheetRow {
    private SpreadsheetRow() {}

    /** Whether commas in {@code text} are decimal commas: it has a semicolon. */
    static boolean decimalCommas(String text) {
        return text.indexOf(';') >= 0;
    }

    /**
     * The cells of one line: split at semicolons, tabs and (unless they are decimal commas) commas
     * when it has any (an empty cell between two separators is an error, as in a spreadsheet with a
     * blank cell), otherwise at spaces. Trailing empty cells, which spreadsheets write for ragged
     * ranges, are dropped.
     */
    static List<String> cells(String line, boolean decimalCommas, int channel, int row)
            throws FilterFormatException {
        String where = (channel > 1 ? "channel " + channel + ", " : "") + "row " + row;
        List<String> cells = separated(line, decimalCommas);
        if (cells == null) {
            cells = words(line);
        } else {
            int last = cells.size();
            while (last > 0 && cells.get(last - 1).isEmpty()) {
                last--;
            }
            cells = new ArrayList<>(cells.subList(0, last));
            for (int j = 0; j < cells.size(); j++) {
                if (cells.get(j).isEmpty()) {
                    throw new FilterFormatException(
                            where + ", column " + (j + 1) + " is empty; every cell needs a number");
                }
            }
        }
        if (!decimalCommas && line.indexOf(',') >= 0) {
            refuseTwoReadings(line, where);
        }
        if (decimalCommas) {
            cells.replaceAll(c -> c.replace(',', '.'));
        }
        return cells;
    }

    /**
     * Without semicolons, {@code 1,5<tab>2,5} reads as 1, 5, 2, 5 (commas between values) and as
     * 1.5, 2.5 (decimal commas, tabs or spaces between values); both are numbers, so neither is
     * guessed.
     */
    private static void refuseTwoReadings(String line, String where) throws FilterFormatException {
        List<String> decimal = words(line.replace('\t', ' '));
        List<String> separated = separated(line, false);
        if (decimal.size() < 2 || separated == null || decimal.size() == separated.size()) {
            return;
        }
        decimal.replaceAll(d -> d.replace(',', '.'));
        for (String d : decimal) {
            if (!isNumber(d)) {
                return;
            }
        }
        for (String c : separated) {
            if (!isNumber(c)) {
                return;
            }
        }
        throw new FilterFormatException(
                where
                        + " reads two ways: "
                        + Echo.quoted(String.join(", ", decimal))
                        + " with decimal commas, or "
                        + Echo.quoted(String.join(", ", separated))
                        + " with commas between values; separate values with semicolons to mean decimal commas, or write"
                        + " decimal points");
    }

    /** Cells between separator characters, stripped; null when the line has none. */
    private static List<String> separated(String line, boolean decimalCommas) {
        List<String> cells = new ArrayList<>();
        int start = 0;
        boolean any = false;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ';';
            if (c == ';' || c == '\t' || c == ',' && !decimalCommas) {
                any |= i < line.length();
                cells.add(line.substring(start, i).strip());
                start = i + 1;
            }
        }
        return any ? cells : null;
    }

    /** Runs of non-whitespace characters. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean space = i == line.length() || Character.isWhitespace(line.charAt(i));
            if (space && start >= 0) {
                words.add(line.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /** NaN or an infinity, as people type them. */
    static boolean notFinite(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        if (t.startsWith("+") || t.startsWith("-")) {
            t = t.substring(1);
        }
        return t.equals("nan") || t.equals("inf") || t.equals("infinity") || t.equals("∞");
    }

    /** {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?}, checked in one pass. */
    static boolean isNumber(String s) {
        int i = sign(s, 0);
        int afterInt = digits(s, i);
        int afterFrac = afterInt;
        if (afterInt < s.length() && s.charAt(afterInt) == '.') {
            afterFrac = digits(s, afterInt + 1);
            if (afterInt == i && afterFrac == afterInt + 1) {
                return false; // a point without digits on either side
            }
        } else if (afterInt == i) {
            return false;
        }
        i = afterFrac;
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int from = sign(s, i + 1);
            i = digits(s, from);
            if (i == from) {
                return false;
            }
        }
        return i == s.length();
    }

    /** Past an optional sign at {@code i}. */
    private static int sign(String s, int i) {
        return i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-') ? i + 1 : i;
    }

    /** Past the run of ASCII digits starting at {@code i}. */
    private static int digits(String s, int i) {
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
