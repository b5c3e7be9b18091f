package org.convlab.lessons.params;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.convlab.conv.NumberText;

/**
 * Checks a number a learner typed against the figures of a layer: which figure it is, how far it is
 * from each when it is none, and whether it is the homework's mistake of sliding the kernel along
 * the flattened image, {@code (H·W·C − KH·KW·C + 1) · KH·KW·C · N}, which the check explains.
 */
public final class AnswerCheck {
    /** How a typed answer relates to the layer. */
    public enum Outcome {
        /** Nothing typed yet. */
        EMPTY,
        /** The text is not a whole number; the verdict says why. */
        UNREADABLE,
        /** The number is one (or more) of the layer's figures. */
        MATCH,
        /** The number is the flattened-sliding mistake. */
        FLATTENED_SLIDING,
        /** The number is none of the figures. */
        NO_MATCH
    }

    /** One figure a learner might be aiming at. */
    public record Quantity(String id, String name, BigInteger value) {}

    /**
     * The verdict: what the answer is, the message for the learner, which quantities it equals
     * ({@code matches}) and, for a wrong answer, one line per quantity saying how far off it is.
     */
    public record Verdict(
            Outcome outcome,
            BigInteger value,
            List<Quantity> matches,
            String message,
            List<String> distances) {
        public Verdict {
            matches = List.copyOf(matches);
            distances = List.copyOf(distances);
        }
    }

    private static final int MAX_DIGITS = 60;
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** Comma, space, no-break and thin spaces, apostrophe and underscore group thousands. */
    private static final Pattern SEPARATOR = Pattern.compile("[,\\s\\u00A0\\u2009\\u202F'’_]+");

    private AnswerCheck() {}

    /**
     * Reads a whole number written with or without thousands separators ({@code 176,930,550},
     * {@code 176 930 550}, {@code 176930550}).
     *
     * @throws IllegalArgumentException with a message meant for the learner
     */
    public static BigInteger parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Type a whole number, such as 176,930,550.");
        }
        if (t.startsWith("-") || t.startsWith("−")) {
            throw new IllegalArgumentException(
                    "A parameter count is never negative; type it without the minus sign.");
        }
        if (t.startsWith("+")) {
            t = t.substring(1).strip();
        }
        if (t.matches(".*[0-9][.][0-9].*")) {
            throw new IllegalArgumentException(
                    "A parameter count is a whole number; write it without a decimal point "
                            + "(group thousands with commas or spaces: 608,849,362,944).");
        }
        if (t.toLowerCase(Locale.ROOT).matches(".*[0-9]\\s*(e|×|x|\\*|\\^).*")) {
            throw new IllegalArgumentException(
                    "Write the number out in full (608,849,362,944), not in scientific notation.");
        }
        String[] groups = SEPARATOR.split(t, -1);
        for (String group : groups) {
            if (!DIGITS.matcher(group).matches()) {
                throw new IllegalArgumentException(
                        "“"
                                + text.strip()
                                + "” is not a whole number; type digits, "
                                + "optionally grouped in thousands with commas or spaces (176,930,550).");
            }
        }
        if (groups.length > 1) {
            if (groups[0].length() > 3) {
                throw groupingError(text);
            }
            for (int i = 1; i < groups.length; i++) {
                if (groups[i].length() != 3) {
                    throw groupingError(text);
                }
            }
        }
        String digits = String.join("", groups);
        if (digits.length() > MAX_DIGITS) {
            throw new IllegalArgumentException(
                    "That number has "
                            + digits.length()
                            + " digits; no layer here has more than "
                            + MAX_DIGITS
                            + "-digit counts.");
        }
        return new BigInteger(digits);
    }

    private static IllegalArgumentException groupingError(String text) {
        return new IllegalArgumentException(
                "“"
                        + text.strip()
                        + "” is not grouped in thousands; write 176,930,550, "
                        + "176 930 550 or 176930550.");
    }

    /** The figures an answer is compared with, in the order the screen lists them. */
    public static List<Quantity> quantities(ParameterTally t) {
        List<Quantity> q = new ArrayList<>();
        q.add(new Quantity("conv-weights", "the conv layer's weights", t.convWeights()));
        q.add(
                new Quantity(
                        "conv-total", "the conv layer's total (weights + biases)", t.convTotal()));
        q.add(
                new Quantity(
                        "local-weights",
                        "the locally connected layer's weights",
                        t.localWeights()));
        q.add(new Quantity("local-total", "the locally connected layer's total", t.localTotal()));
        q.add(
                new Quantity(
                        "dense-weights", "the fully connected layer's weights", t.denseWeights()));
        q.add(
                new Quantity(
                        "dense-total",
                        "the fully connected layer's total (weights + biases)",
                        t.denseTotal()));
        q.add(
                new Quantity(
                        "dense-nonzero",
                        "the non-zero entries of the fully connected matrix",
                        t.denseNonZero()));
        q.add(
                new Quantity(
                        "dense-distinct",
                        "the number of distinct values among the fully connected matrix's non-zeros",
                        t.denseDistinct()));
        return q;
    }

    /**
     * The homework's count: the kernel slid along the flattened image as if it were one long row.
     */
    public static BigInteger flattenedSliding(ParameterTally t) {
        BigInteger perFilter =
                BigInteger.valueOf(t.kernelHeight())
                        .multiply(BigInteger.valueOf(t.kernelWidth()))
                        .multiply(BigInteger.valueOf(t.inChannels()));
        BigInteger positions = t.inputCells().subtract(perFilter).add(BigInteger.ONE);
        return positions.multiply(perFilter).multiply(BigInteger.valueOf(t.filters()));
    }

    /** Checks {@code text} against the layer {@code t}. */
    public static Verdict check(String text, ParameterTally t) {
        if (text == null || text.isBlank()) {
            return new Verdict(Outcome.EMPTY, null, List.of(), "", List.of());
        }
        BigInteger v;
        try {
            v = parse(text);
        } catch (IllegalArgumentException e) {
            return new Verdict(Outcome.UNREADABLE, null, List.of(), e.getMessage(), List.of());
        }
        List<Quantity> all = quantities(t);
        List<Quantity> hits = all.stream().filter(q -> q.value().equals(v)).toList();
        if (!hits.isEmpty()) {
            return new Verdict(Outcome.MATCH, v, hits, matchMessage(v, hits, t), List.of());
        }
        if (v.signum() == 0) {
            return new Verdict(
                    Outcome.NO_MATCH,
                    v,
                    List.of(),
                    "0 is not a parameter count: every layer here has at least "
                            + NumberText.grouped(t.convWeights())
                            + " weights.",
                    List.of());
        }
        List<String> distances = all.stream().map(q -> distance(v, q)).toList();
        BigInteger mistake = flattenedSliding(t);
        if (mistake.signum() > 0 && mistake.equals(v)) {
            return new Verdict(
                    Outcome.FLATTENED_SLIDING, v, List.of(), flattenedSlidingMessage(t), distances);
        }
        Quantity nearest = all.get(0);
        double best = Double.MAX_VALUE;
        for (Quantity q : all) {
            double d = Math.abs(log(v) - log(q.value()));
            if (d < best) {
                best = d;
                nearest = q;
            }
        }
        String message =
                NumberText.grouped(v)
                        + " is none of this layer's figures. The nearest is "
                        + nearest.name()
                        + ", "
                        + NumberText.grouped(nearest.value())
                        + "; yours is "
                        + times(v, nearest.value())
                        + " that.";
        return new Verdict(Outcome.NO_MATCH, v, List.of(), message, distances);
    }

    private static String matchMessage(BigInteger v, List<Quantity> hits, ParameterTally t) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < hits.size(); i++) {
            if (i > 0) {
                names.append(i == hits.size() - 1 ? " and " : ", ");
            }
            names.append(hits.get(i).name());
        }
        String head = "Yes: " + NumberText.grouped(v) + " is " + names + ". ";
        String id = hits.get(0).id();
        boolean sameAsNext = hits.size() > 1;
        switch (id) {
            case "conv-weights":
                return head
                        + (t.bias() && !t.convBiases().equals(BigInteger.ZERO)
                                ? "With one bias per filter the layer learns "
                                        + NumberText.grouped(t.convTotal())
                                        + " parameters in all."
                                : "With the bias off that is every parameter the layer learns.")
                        + (sameAsNext
                                ? " The dense matrix holds only these values, repeated: that is weight sharing."
                                : "");
            case "conv-total":
                return head + "That is the answer to the homework's part (a).";
            case "local-weights":
            case "local-total":
                return head
                        + "Every output has its own "
                        + NumberText.grouped(perFilter(t))
                        + " weights, with no sharing; "
                        + "each output still sees only its window, so this is not the fully connected count.";
            case "dense-weights":
                return head
                        + (t.bias()
                                ? "Add its "
                                        + NumberText.grouped(t.denseBiases())
                                        + " biases, one per output, for the full count "
                                        + NumberText.grouped(t.denseTotal())
                                        + "."
                                : "With the bias off that is the fully connected count, the answer to part (b).");
            case "dense-total":
                return head
                        + "That is the answer to the homework's part (b): every one of the "
                        + NumberText.grouped(t.outputCells())
                        + " outputs is connected to all "
                        + NumberText.grouped(t.inputCells())
                        + " inputs.";
            case "dense-nonzero":
                return head
                        + "A fully connected layer learns every entry, zeros included; the non-zeros are what a conv layer "
                        + "keeps, and they repeat just "
                        + NumberText.grouped(t.denseDistinct())
                        + " values.";
            case "dense-distinct":
            default:
                return head
                        + "These are the conv layer's own weights: the dense matrix repeats them in every row.";
        }
    }

    private static String flattenedSlidingMessage(ParameterTally t) {
        BigInteger per = perFilter(t);
        BigInteger positions = t.inputCells().subtract(per).add(BigInteger.ONE);
        return NumberText.grouped(flattenedSliding(t))
                + " = ("
                + NumberText.grouped(t.inputCells())
                + " − "
                + NumberText.grouped(per)
                + " + 1) · "
                + NumberText.grouped(per)
                + " · "
                + t.filters()
                + " slides the "
                + NumberText.grouped(per)
                + "-weight kernel along the image flattened into one long row of "
                + NumberText.grouped(t.inputCells())
                + " values. That is not the fully connected count:"
                + "\n• The kernel moves over a "
                + t.inHeight()
                + "×"
                + t.inWidth()
                + " grid, so it sits at "
                + t.outHeight()
                + "·"
                + t.outWidth()
                + " = "
                + NumberText.grouped((long) t.outHeight() * t.outWidth())
                + " places, not "
                + NumberText.grouped(positions)
                + "."
                + "\n• A fully connected layer does not slide anything: each of its "
                + NumberText.grouped(t.outputCells())
                + " outputs has a weight for every one of the "
                + NumberText.grouped(t.inputCells())
                + " inputs, so it has "
                + NumberText.grouped(t.inputCells())
                + " · "
                + NumberText.grouped(t.outputCells())
                + " = "
                + NumberText.grouped(t.denseWeights())
                + " weights"
                + (t.bias()
                        ? " and "
                                + NumberText.grouped(t.denseBiases())
                                + " biases, "
                                + NumberText.grouped(t.denseTotal())
                                + " in all"
                        : "")
                + "."
                + "\n• To copy the conv layer, only "
                + NumberText.grouped(t.denseNonZero())
                + " of them are non-zero, and those "
                + "repeat the same "
                + NumberText.grouped(t.denseDistinct())
                + " filter weights.";
    }

    private static BigInteger perFilter(ParameterTally t) {
        return BigInteger.valueOf(t.kernelHeight())
                .multiply(BigInteger.valueOf(t.kernelWidth()))
                .multiply(BigInteger.valueOf(t.inChannels()));
    }

    private static String distance(BigInteger v, Quantity q) {
        return q.name()
                + ": "
                + NumberText.grouped(q.value())
                + " (yours is "
                + times(v, q.value())
                + " that)";
    }

    /**
     * "3 times", "1/2,670 of", "≈ 0.291 times": how many times {@code b} the answer {@code a} is.
     */
    static String times(BigInteger a, BigInteger b) {
        if (a.compareTo(b) >= 0) {
            return RatioText.ratio(a, b) + " times";
        }
        String inverse = RatioText.ratio(b, a);
        BigDecimal approx = new BigDecimal(b).divide(new BigDecimal(a), MathContext.DECIMAL64);
        if (approx.compareTo(BigDecimal.TEN) < 0) {
            return RatioText.ratio(a, b) + " times";
        }
        return inverse.startsWith("≈")
                ? "≈ 1/" + inverse.substring(2) + " of"
                : "1/" + inverse + " of";
    }

    private static double log(BigInteger v) {
        int shift = Math.max(0, v.bitLength() - 60);
        return Math.log(v.shiftRight(shift).doubleValue()) + shift * Math.log(2);
    }
}
