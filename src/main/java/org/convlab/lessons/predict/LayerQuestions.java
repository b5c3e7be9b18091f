package org.convlab.lessons.predict;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Geometry;
import org.convlab.conv.NumberText;
import org.convlab.conv.Padding;
import org.convlab.lessons.params.AnswerCheck;
import org.convlab.lessons.params.ParameterArithmetic;
import org.convlab.lessons.params.ParameterTally;

/**
 * The parameters lesson's predictions, made from the layer on screen: an output size, an output
 * size with stride and dilation, the conv layer's parameter count and the fully connected one's.
 * Wrong counts are recognised by the lesson's own {@link AnswerCheck}, so both say the same thing
 * about the same number.
 */
public final class LayerQuestions {
    /** The kinds this lesson asks, in the order a sitting goes through them. */
    public static final List<QuestionKind> KINDS =
            List.of(
                    QuestionKind.OUTPUT_SIZE,
                    QuestionKind.CONV_PARAMETERS,
                    QuestionKind.DENSE_PARAMETERS,
                    QuestionKind.STRIDE_DILATION_SIZE);

    private LayerQuestions() {}

    /**
     * A question of {@code kind} about the layer {@code t} built with {@code s}; {@code seed} picks
     * the axis, and a stride and dilation when the layer has neither. Empty for a kind this lesson
     * does not ask.
     */
    public static Optional<Question> make(
            QuestionKind kind, ParameterTally t, ConvSettings s, long seed) {
        Random rnd = new Random(seed);
        return switch (kind) {
            case OUTPUT_SIZE -> Optional.of(outputSize(kind, t, s, rnd.nextBoolean(), ""));
            case STRIDE_DILATION_SIZE -> strideDilation(t, s, rnd);
            case CONV_PARAMETERS -> Optional.of(convParameters(t));
            case DENSE_PARAMETERS -> Optional.of(denseParameters(t));
            default -> Optional.empty();
        };
    }

    /**
     * The layer with a stride and dilation of its own, or with one the seed picks (the question
     * then names them, and the screen takes them on when the answer is revealed).
     */
    private static Optional<Question> strideDilation(ParameterTally t, ConvSettings s, Random rnd) {
        boolean height = rnd.nextBoolean();
        if (s.stride() > 1 || s.dilation() > 1) {
            return Optional.of(outputSize(QuestionKind.STRIDE_DILATION_SIZE, t, s, height, ""));
        }
        int stride = 2 + rnd.nextInt(2);
        int dilation = 1 + rnd.nextInt(2);
        ConvSettings changed = s.withStride(stride).withDilation(dilation);
        try {
            ParameterTally other =
                    ParameterTally.of(
                            t.inHeight(),
                            t.inWidth(),
                            t.inChannels(),
                            t.filters(),
                            t.kernelHeight(),
                            t.kernelWidth(),
                            changed,
                            t.bias());
            String with = "With stride " + stride + " and dilation " + dilation + ": ";
            return Optional.of(
                    outputSize(QuestionKind.STRIDE_DILATION_SIZE, other, changed, height, with));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // the dilated kernel no longer fits this input
        }
    }

    static Question outputSize(
            QuestionKind kind, ParameterTally t, ConvSettings s, boolean height, String lead) {
        Geometry g = t.geometry();
        String axis = height ? "H′" : "W′";
        int size = height ? t.inHeight() : t.inWidth();
        int k = height ? t.kernelHeight() : t.kernelWidth();
        int before = height ? g.padTop() : g.padLeft();
        int after = height ? g.padBottom() : g.padRight();
        int out = height ? t.outHeight() : t.outWidth();
        int st = s.stride();
        int d = s.dilation();
        long span = (long) d * (k - 1);
        List<Misconception> mistakes = new ArrayList<>();
        Padding.Kind padding = s.padding().kind();
        if (padding == Padding.Kind.VALID
                || (padding == Padding.Kind.EXPLICIT && s.padding().amount() == 0)) {
            mistakes.add(
                    Misconception.of(
                            BigDecimal.valueOf(size),
                            "Valid padding shrinks each side by K − 1"
                                    + (d > 1
                                            ? " (by d·(K − 1) = "
                                                    + span
                                                    + " with dilation "
                                                    + d
                                                    + ")"
                                            : "")
                                    + ": the window fits only where it lies wholly on the input."));
            mistakes.add(
                    number(
                            size - 2 * span,
                            "A side loses K − 1 cells in all, not K − 1 at each end: the window’s first position starts at cell 0."));
            mistakes.add(
                    number(
                            size + span,
                            "That is full padding (K − 1 zeros at each end); this layer uses valid padding."));
        } else {
            mistakes.add(
                    number(
                            Geometry.outSize(size, 0, 0, k, st, d),
                            "That is valid padding; this layer adds "
                                    + before
                                    + " zero(s) before and "
                                    + after
                                    + " after, which the window may also cover."));
        }
        mistakes.add(
                number(
                        Geometry.outSize(size, before, after, k, st, d) - 1,
                        "Off by one: after the window’s first position there are ⌊room / s⌋ more, so add 1."));
        if (st > 1) {
            mistakes.add(
                    number(
                            Geometry.outSize(size, before, after, k, 1, d),
                            "Stride "
                                    + st
                                    + " moves the window "
                                    + st
                                    + " cells at a time, so only every "
                                    + st
                                    + "th position counts: divide the room by "
                                    + st
                                    + "."));
            long room = size + before + after - span - 1;
            mistakes.add(
                    number(
                            Math.floorDiv(room + st - 1, st) + 1,
                            "Round down: a last window that would run past the padded edge does not count."));
        }
        if (d > 1) {
            mistakes.add(
                    number(
                            Geometry.outSize(size, before, after, k, st, 1),
                            "Dilation "
                                    + d
                                    + " spreads the "
                                    + k
                                    + " taps over d·(K − 1) + 1 = "
                                    + (span + 1)
                                    + " cells, so the window is wider than "
                                    + k
                                    + "."));
            if (st > 1) {
                mistakes.add(
                        number(
                                Geometry.outSize(size, before, after, k, 1, 1),
                                "That ignores both the stride and the dilation."));
            }
        }
        ParameterArithmetic sums = ParameterArithmetic.of(t);
        String prompt =
                lead
                        + "what is the output "
                        + (height ? "height H′" : "width W′")
                        + " for an input "
                        + (height ? "H = " : "W = ")
                        + size
                        + " and a kernel "
                        + (height ? "KH = " : "KW = ")
                        + k
                        + " ("
                        + s.padding()
                        + " padding, stride "
                        + st
                        + ", dilation "
                        + d
                        + ")?";
        prompt = Character.toUpperCase(prompt.charAt(0)) + prompt.substring(1);
        return new Question(
                kind,
                prompt,
                Question.Format.WHOLE,
                "an output size",
                List.of(BigDecimal.valueOf(out)),
                height ? sums.outHeight() : sums.outWidth(),
                mistakes,
                null,
                Map.of(Question.STRIDE, st, Question.DILATION, d));
    }

    static Question convParameters(ParameterTally t) {
        List<Misconception> mistakes = new ArrayList<>();
        BigInteger perFilter = perFilter(t);
        if (t.bias()) {
            mistakes.add(
                    count(
                            t.convWeights(),
                            "That counts the weights only: each of the N = "
                                    + t.filters()
                                    + " filters also learns one bias, "
                                    + g(t.convWeights())
                                    + " + "
                                    + t.filters()
                                    + " = "
                                    + g(t.convTotal())
                                    + "."));
        }
        mistakes.add(
                count(
                        big(t.kernelHeight())
                                .multiply(big(t.kernelWidth()))
                                .multiply(big(t.filters()))
                                .add(t.convBiases()),
                        "Each filter is KH×KW×C: it reaches through all C = "
                                + t.inChannels()
                                + " input channels."));
        mistakes.add(
                count(
                        perFilter.add(t.bias() ? BigInteger.ONE : BigInteger.ZERO),
                        "That is one filter; the layer has N = " + t.filters() + " of them."));
        ParameterArithmetic sums = ParameterArithmetic.of(t);
        return new Question(
                QuestionKind.CONV_PARAMETERS,
                "How many parameters does the conv layer learn: "
                        + t.filters()
                        + " filters of "
                        + t.kernelHeight()
                        + "×"
                        + t.kernelWidth()
                        + "×"
                        + t.inChannels()
                        + (t.bias() ? ", with biases" : ", bias off")
                        + "?",
                Question.Format.COUNT,
                "a parameter count",
                List.of(new BigDecimal(t.convTotal())),
                sums.convWeights() + "; " + sums.convBiases() + "; total " + sums.convTotal(),
                mistakes,
                v -> other(v, t, "the conv layer’s count"),
                Map.of());
    }

    static Question denseParameters(ParameterTally t) {
        List<Misconception> mistakes = new ArrayList<>();
        BigInteger sliding = AnswerCheck.flattenedSliding(t);
        AnswerCheck.Verdict slid = AnswerCheck.check(sliding.toString(), t);
        if (slid.outcome() == AnswerCheck.Outcome.FLATTENED_SLIDING) {
            mistakes.add(
                    count(
                            sliding,
                            "This slides a "
                                    + g(perFilter(t))
                                    + "-long window along the flattened image. "
                                    + slid.message()));
        }
        if (t.bias()) {
            mistakes.add(
                    count(
                            t.denseWeights(),
                            "That counts the weights only: a fully connected layer also learns one bias per output, "
                                    + g(t.denseBiases())
                                    + " more."));
        }
        mistakes.add(
                count(
                        t.denseNonZero(),
                        "Those are only the entries that copy the conv layer; a fully connected layer learns every entry of its matrix, zeros included."));
        String local =
                "That is the locally connected layer: each output still sees only its window. Fully connected means each output has a weight for every one of the "
                        + g(t.inputCells())
                        + " inputs.";
        mistakes.add(count(t.localTotal(), local));
        mistakes.add(count(t.localWeights(), local));
        String conv =
                "That is the conv layer’s count: it shares "
                        + g(t.convWeights())
                        + " weights across all positions, a fully connected layer shares none.";
        mistakes.add(count(t.convTotal(), conv));
        mistakes.add(count(t.convWeights(), conv));
        ParameterArithmetic sums = ParameterArithmetic.of(t);
        return new Question(
                QuestionKind.DENSE_PARAMETERS,
                "A fully connected layer maps the same "
                        + t.inHeight()
                        + "×"
                        + t.inWidth()
                        + "×"
                        + t.inChannels()
                        + " input to the same "
                        + t.outHeight()
                        + "×"
                        + t.outWidth()
                        + "×"
                        + t.filters()
                        + " output"
                        + (t.bias() ? ", with biases" : ", bias off")
                        + ". How many parameters does it learn?",
                Question.Format.COUNT,
                "a parameter count",
                List.of(new BigDecimal(t.denseTotal())),
                sums.denseWeights() + "; " + sums.denseBiases() + "; total " + sums.denseTotal(),
                mistakes,
                v -> other(v, t, "the fully connected count"),
                Map.of());
    }

    /** What the lesson's answer checker says about a count no keyed mistake names. */
    private static String other(List<BigDecimal> v, ParameterTally t, String wanted) {
        AnswerCheck.Verdict verdict = AnswerCheck.check(v.get(0).toBigInteger().toString(), t);
        if (verdict.outcome() == AnswerCheck.Outcome.MATCH) {
            List<String> names =
                    verdict.matches().stream().map(AnswerCheck.Quantity::name).toList();
            return "That is " + String.join(" and ", names) + ", not " + wanted + ".";
        }
        return verdict.message();
    }

    private static Misconception count(BigInteger v, String why) {
        return Misconception.of(new BigDecimal(v), why);
    }

    private static Misconception number(long v, String why) {
        return Misconception.of(BigDecimal.valueOf(v), why);
    }

    private static BigInteger perFilter(ParameterTally t) {
        return big(t.kernelHeight()).multiply(big(t.kernelWidth())).multiply(big(t.inChannels()));
    }

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    private static String g(BigInteger v) {
        return NumberText.grouped(v);
    }
}
