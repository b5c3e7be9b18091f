package org.convlab.lessons.predict;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convlab.conv.NumberText;
import org.convlab.lessons.params.AnswerCheck;

/**
 * Reads what a learner typed as a prediction: a number, a whole number, a parameter count or a cell
 * {@code row, column}. Anything else is refused with one line saying what to type, in ConvLab's
 * words, so it is never graded as a wrong answer.
 */
final class PredictionText {
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    private static final Pattern TWO = Pattern.compile("\\S+\\s*[,;\\s]\\s*\\S+");
    private static final Pattern CELL =
            Pattern.compile("\\(?\\s*([+-]?[0-9]+)\\s*(?:[,;]\\s*|\\s+)([+-]?[0-9]+)\\s*\\)?");

    private PredictionText() {}

    /** The typed text as one or two numbers, in the question's format. */
    static List<BigDecimal> read(String typed, Question.Format format, String noun) {
        String t = clean(typed);
        return switch (format) {
            case NUMBER -> List.of(number(t));
            case WHOLE -> List.of(whole(t, noun));
            case COUNT -> List.of(new BigDecimal(AnswerCheck.parse(t)));
            case CELL -> cell(t);
        };
    }

    /** Real minus signs and thin or no-break spaces as plain ASCII. */
    static String clean(String typed) {
        return typed.strip()
                .replace(NumberText.MINUS, '-')
                .replaceAll("[\\u00A0\\u2009\\u202F]", " ");
    }

    /** Lower case, single spaces, no end punctuation: how phrases are compared. */
    static String phrase(String typed) {
        return clean(typed)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[.!?\"“”]", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static BigDecimal number(String t) {
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Type a number, such as 12 or −0.5.");
        }
        String plain =
                GROUPED.matcher(t.replaceFirst("^[+-]", "")).matches() ? t.replace(",", "") : t;
        if (DECIMAL.matcher(plain).matches()) {
            return new BigDecimal(plain);
        }
        if (t.matches("[+-]?[0-9]+,[0-9]+")) {
            throw new IllegalArgumentException(
                    "Write decimals with a point: 0.5, not 0,5 (commas group thousands).");
        }
        if (TWO.matcher(t).matches()) {
            throw new IllegalArgumentException(
                    "That is two numbers; this question wants one, such as 12 or −0.5.");
        }
        throw new IllegalArgumentException(
                "“" + t + "” is not a number; type one, such as 12 or −0.5.");
    }

    private static BigDecimal whole(String t, String noun) {
        BigDecimal v = number(t);
        if (v.signum() < 0) {
            throw new IllegalArgumentException(capital(noun) + " is never negative.");
        }
        if (v.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(
                    capital(noun) + " is a whole number; type it without a fraction.");
        }
        return v.setScale(0);
    }

    private static List<BigDecimal> cell(String t) {
        Matcher m = CELL.matcher(t);
        if (!m.matches()) {
            if (DECIMAL.matcher(t).matches()) {
                throw new IllegalArgumentException(
                        "That is one number; type the row and the column, such as 14, 17.");
            }
            throw new IllegalArgumentException(
                    "“" + t + "” is not a cell; type its row and column, such as 14, 17.");
        }
        BigDecimal row = new BigDecimal(m.group(1));
        BigDecimal col = new BigDecimal(m.group(2));
        if (row.signum() < 0 || col.signum() < 0) {
            throw new IllegalArgumentException(
                    "Rows and columns count from 0, so neither is negative.");
        }
        return List.of(row, col);
    }

    /**
     * Whether a typed value names {@code value}: exactly for whole numbers; for a decimal typed
     * with n decimals, to within half a unit of its last place (0.33 names 1/3), so a learner is
     * not asked for sixteen digits.
     */
    static boolean names(List<BigDecimal> typed, List<BigDecimal> value, Question.Format format) {
        if (typed.size() != value.size()) {
            return false;
        }
        for (int i = 0; i < typed.size(); i++) {
            BigDecimal t = typed.get(i);
            BigDecimal v = value.get(i);
            BigDecimal diff = t.subtract(v).abs();
            if (format != Question.Format.NUMBER) {
                if (diff.signum() != 0) {
                    return false;
                }
                continue;
            }
            // float noise: 0.1 + 0.2 is 0.30000000000000004, and 0.3 names it
            BigDecimal tolerance = v.abs().max(BigDecimal.ONE).multiply(new BigDecimal("1e-9"));
            if (t.scale() > 0) {
                tolerance = tolerance.max(new BigDecimal("0.5").movePointLeft(t.scale()));
            }
            if (diff.compareTo(tolerance) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The value as the screen writes it: {@code −0.5}, {@code 176,930,550}, {@code (14, 17)}. */
    static String show(List<BigDecimal> value, Question.Format format) {
        return switch (format) {
            case CELL ->
                    "(" + value.get(0).toPlainString() + ", " + value.get(1).toPlainString() + ")";
            case COUNT, WHOLE -> NumberText.grouped(value.get(0).toBigInteger());
            case NUMBER -> NumberText.exact(value.get(0).doubleValue());
        };
    }

    private static String capital(String noun) {
        return noun.isEmpty() ? noun : Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }
}
