package org.convlab.conv;

/**
 * Reads a list of numbers typed by a user, such as {@code 6, 7, 8, −1.5}: commas, semicolons or
 * spaces between entries, ASCII or Unicode minus. Refuses anything else with a message that names
 * the entry, so a typo is never silently turned into a number.
 */
public final class NumberList {
    private NumberList() {}

    /**
     * Parses {@code text}; {@code what} names the list in messages ("signal", "kernel").
     *
     * @throws IllegalArgumentException naming the first bad entry, an empty list, or one longer
     *     than {@code maxCount}
     */
    public static double[] parse(String text, String what, int maxCount) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(
                    "the " + what + " is empty: type numbers separated by commas, e.g. 1, 2, 3");
        }
        String[] parts = t.split("\\s*[,;]\\s*|\\s+");
        if (parts.length > maxCount) {
            throw new IllegalArgumentException(
                    "the "
                            + what
                            + " has "
                            + parts.length
                            + " values; at most "
                            + maxCount
                            + " fit on the screen");
        }
        double[] r = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].replace(NumberText.MINUS, '-');
            if (p.isEmpty()) {
                throw new IllegalArgumentException(
                        what + " entry " + (i + 1) + " is empty (two commas in a row?)");
            }
            double v;
            try {
                if (!p.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                    throw new NumberFormatException();
                }
                v = Double.parseDouble(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        what + " entry " + (i + 1) + " \"" + parts[i] + "\" is not a number");
            }
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(
                        what
                                + " entry "
                                + (i + 1)
                                + " \""
                                + parts[i]
                                + "\" is too large to compute with");
            }
            r[i] = v + 0.0;
        }
        return r;
    }

    /** The list as the user would type it: {@code 6, 7, 8} with exact numbers and U+2212 minus. */
    public static String format(double[] values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(NumberText.exact(values[i]));
        }
        return b.toString();
    }
}
