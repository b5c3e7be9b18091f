package org.convlab.lessons.predict;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.convlab.conv.MatchMode;
import org.convlab.conv.NumberText;
import org.convlab.conv.Padding;
import org.convlab.lessons.shift.EquivarianceCheck;

/**
 * The translation lesson's predictions: where the best match goes when the signal moves, and what
 * its value is then. Made from the signal and kernel on screen and a shift: the one on the slider,
 * or when that is 0 one the seed picks (the screen takes it on when the answer is revealed).
 */
public final class ShiftQuestions {
    /** The kinds this lesson asks, in the order a sitting goes through them. */
    public static final List<QuestionKind> KINDS =
            List.of(QuestionKind.SHIFTED_PEAK, QuestionKind.SHIFTED_BEST_VALUE);

    /** Ways of saying that a shift changes nothing, read as the same mistake as the old index. */
    static final List<String> STAYS_THE_SAME =
            List.of(
                    "the output stays the same",
                    "output stays the same",
                    "it stays the same",
                    "stays the same",
                    "the same",
                    "same",
                    "unchanged",
                    "no change",
                    "it does not move",
                    "it doesn't move",
                    "doesn't move");

    private ShiftQuestions() {}

    /** The experiment the lesson shows: its signal, kernel, score and border handling. */
    public record Setting(
            double[] signal,
            double[] kernel,
            MatchMode mode,
            Padding padding,
            boolean circular,
            int shift) {
        public Setting {
            signal = signal.clone();
            kernel = kernel.clone();
        }
    }

    /** A question of {@code kind} about {@code s}; empty for a kind this lesson does not ask. */
    public static Optional<Question> make(QuestionKind kind, Setting s, long seed) {
        if (!KINDS.contains(kind) || s.signal().length < 2) {
            return Optional.empty();
        }
        int k = s.shift() != 0 ? s.shift() : pickShift(s, new Random(seed));
        EquivarianceCheck c;
        try {
            c =
                    EquivarianceCheck.of(
                            s.signal(), s.kernel(), s.mode(), s.padding(), k, s.circular());
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a kernel longer than the signal under valid padding
        }
        return Optional.of(kind == QuestionKind.SHIFTED_PEAK ? peak(s, c) : bestValue(s, c));
    }

    /** A shift of 1 to 3 either way that keeps the old best match on the output. */
    private static int pickShift(Setting s, Random rnd) {
        int limit = Math.min(3, s.signal().length - 1);
        int k = (1 + rnd.nextInt(limit)) * (rnd.nextBoolean() ? 1 : -1);
        try {
            EquivarianceCheck c =
                    EquivarianceCheck.of(
                            s.signal(), s.kernel(), s.mode(), s.padding(), k, s.circular());
            int p = c.argmaxBefore().col() + k;
            if (!s.circular() && (p < 0 || p >= c.before().length)) {
                return -k;
            }
        } catch (IllegalArgumentException e) {
            // make() says why
        }
        return k;
    }

    private static String move(Setting s, int k) {
        return "The signal moves "
                + Math.abs(k)
                + (Math.abs(k) == 1 ? " cell " : " cells ")
                + (k > 0 ? "right" : "left")
                + (s.circular() ? ", wrapping around" : ", zeros filling in behind it");
    }

    static Question peak(Setting s, EquivarianceCheck c) {
        int k = c.shift();
        int before = c.argmaxBefore().col();
        int after = c.argmaxAfter().col();
        List<Misconception> mistakes = new ArrayList<>();
        mistakes.add(
                new Misconception(
                        List.of(BigDecimal.valueOf(before)),
                        STAYS_THE_SAME,
                        "The output does not stay the same: convolution is translation-equivariant, so when the input shifts by "
                                + k
                                + " the output shifts by "
                                + k
                                + " too. Step the shift slider (← / →) in the experiment and watch the output move with the signal."));
        mistakes.add(
                Misconception.of(
                        BigDecimal.valueOf(before - k),
                        "That moves it the wrong way: the output follows the signal, so a shift "
                                + (k > 0 ? "right" : "left")
                                + " moves the best match "
                                + (k > 0 ? "right" : "left")
                                + " too."));
        if (!s.circular() && c.expectedPeak() != after) {
            mistakes.add(
                    Misconception.of(
                            BigDecimal.valueOf(c.expectedPeak()),
                            "That is where equivariance would put it, but the zero fill pushed signal values past the edge, so the best match changed."));
        }
        return new Question(
                QuestionKind.SHIFTED_PEAK,
                move(s, k)
                        + ". Before, the best match was at output index "
                        + before
                        + ". At which index is it after the shift?",
                Question.Format.WHOLE,
                "an output index",
                List.of(BigDecimal.valueOf(after)),
                working(s, c),
                mistakes,
                null,
                Map.of(Question.SHIFT, k));
    }

    static Question bestValue(Setting s, EquivarianceCheck c) {
        int k = c.shift();
        double before = shown(s, c.argmaxBefore().max());
        double after = shown(s, c.argmaxAfter().max());
        List<Misconception> mistakes = new ArrayList<>();
        String moves =
                "Shifting moves where the best match is, not how good it is: the same window of the signal meets the same kernel.";
        mistakes.add(Misconception.of(before + k, moves));
        mistakes.add(Misconception.of(before - k, moves));
        if (Double.compare(before, after) != 0) {
            mistakes.add(
                    new Misconception(
                            List.of(Question.decimal(before)),
                            STAYS_THE_SAME,
                            "Usually the best value stays the same, but here the "
                                    + (s.circular() ? "wrap-around" : "zero fill")
                                    + " changed the signal values under the best window, so it changed."));
        }
        if (after != 0) {
            mistakes.add(
                    Misconception.of(
                            0.0,
                            "The pattern is still in the signal after the shift, so some window still matches it."));
        }
        return new Question(
                QuestionKind.SHIFTED_BEST_VALUE,
                move(s, k)
                        + ". Before, the best "
                        + s.mode().label()
                        + " score was "
                        + NumberText.exact(before)
                        + ". What is the best score after the shift?",
                Question.Format.NUMBER,
                "a score",
                List.of(Question.decimal(after)),
                working(s, c),
                mistakes,
                null,
                Map.of(Question.SHIFT, k));
    }

    /**
     * The score as the plots write it: SSD is computed negated (higher is better) but shown as is.
     */
    private static double shown(Setting s, double best) {
        return s.mode() == MatchMode.SSD ? 0.0 - best : best;
    }

    private static String working(Setting s, EquivarianceCheck c) {
        double before = shown(s, c.argmaxBefore().max());
        double after = shown(s, c.argmaxAfter().max());
        String line =
                "Before: best "
                        + NumberText.exact(before)
                        + " at index "
                        + c.argmaxBefore().col()
                        + "; after shifting by "
                        + c.shift()
                        + ": best "
                        + NumberText.exact(after)
                        + " at index "
                        + c.argmaxAfter().col()
                        + ".";
        return c.bestMovedByShift()
                ? line + " The best value stays the same and its position moves with the signal."
                : line + " The border changed the values the best window reads.";
    }
}
