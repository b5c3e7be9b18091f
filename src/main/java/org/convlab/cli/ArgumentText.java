package org.convlab.cli;

import com.fasterxml.jackson.databind.node.ValueNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convlab.conv.Echo;
import org.convlab.conv.Padding;
import org.convlab.format.JsonText;

/**
 * Parses the command line's own notations (512x512x3, 6,7,8, same) with messages naming the option.
 */
final class ArgumentText {
    /**
     * Sizes on the command line stay far below int overflow in every formula the core evaluates.
     */
    static final int MAX_SIZE = 1_000_000;

    private ArgumentText() {}

    /**
     * A shape such as {@code 512x512x3}: {@code parts} numbers separated by x (or ×); with {@code
     * optionalLast}, the last number may be left out and is then 1.
     */
    static int[] shape(
            String text, String option, int parts, boolean optionalLast, String example) {
        String[] pieces = text.trim().toLowerCase(Locale.ROOT).split("\\s*[x×*]\\s*", -1);
        boolean ok = pieces.length == parts || optionalLast && pieces.length == parts - 1;
        int[] result = new int[parts];
        result[parts - 1] = 1;
        if (ok) {
            for (int i = 0; i < pieces.length; i++) {
                try {
                    result[i] = Integer.parseInt(pieces[i]);
                } catch (NumberFormatException e) {
                    ok = false;
                    break;
                }
            }
        }
        if (!ok) {
            throw new BadInput(
                    option + " must look like " + example + ", got '" + Echo.inside(text) + "'");
        }
        for (int v : result) {
            size(v, option);
        }
        return result;
    }

    /** A count ≥ 1 and ≤ {@link #MAX_SIZE}. */
    static int size(int v, String option) {
        if (v < 1) {
            throw new BadInput(option + " must be at least 1, got " + v);
        }
        if (v > MAX_SIZE) {
            throw new BadInput(option + " must be at most " + MAX_SIZE + ", got " + v);
        }
        return v;
    }

    static Padding padding(String text, String option) {
        try {
            Padding p = Padding.parse(text);
            if (p.amount() > MAX_SIZE) {
                throw new BadInput(option + " must be at most " + MAX_SIZE + ", got " + p.amount());
            }
            return p;
        } catch (IllegalArgumentException e) {
            throw new BadInput(
                    option
                            + " must be valid, same, full or a whole number >= 0, got '"
                            + Echo.inside(text)
                            + "'");
        }
    }

    /**
     * A computed value for --json: whole numbers as integers, others as the shortest exact decimal;
     * a negative zero is written 0, since a report of −0 would only puzzle.
     */
    static ValueNode jsonNumber(double v) {
        return JsonText.number(v == 0 ? 0.0 : v);
    }

    /** Numbers separated by commas (spaces allowed), each finite. */
    static double[] numbers(String text, String option) {
        List<Double> values = new ArrayList<>();
        String[] pieces = text.split(",", -1);
        for (int i = 0; i < pieces.length; i++) {
            String p = pieces[i].trim().replace('\u2212', '-');
            double v;
            try {
                v = Double.parseDouble(p);
            } catch (NumberFormatException e) {
                throw new BadInput(
                        valueIs(option, i, pieces[i])
                                + ", not a number (write numbers separated by commas, e.g. 6,7,8)");
            }
            if (!Double.isFinite(v)) {
                throw new BadInput(
                        valueIs(option, i, pieces[i]) + "; only finite numbers are allowed");
            }
            values.add(v);
        }
        if (values.size() > MAX_SIZE) {
            throw new BadInput(
                    option
                            + " has "
                            + values.size()
                            + " values; at most "
                            + MAX_SIZE
                            + " are allowed");
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** One finite number, as typed for an option such as {@code --learning-rate}. */
    static double number(String text, String option) {
        double v;
        try {
            v = Double.parseDouble(text.trim().replace('\u2212', '-'));
        } catch (NumberFormatException e) {
            throw new BadInput(option + " is '" + Echo.inside(text.trim()) + "', not a number");
        }
        if (!Double.isFinite(v)) {
            throw new BadInput(
                    option
                            + " is '"
                            + Echo.inside(text.trim())
                            + "'; only finite numbers are allowed");
        }
        return v;
    }

    /** "--x value 2 is '7a'": which value of a list an error is about, as typed. */
    private static String valueIs(String option, int index, String piece) {
        return option + " value " + (index + 1) + " is '" + Echo.inside(piece.trim()) + "'";
    }
}
