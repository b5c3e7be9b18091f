package org.convlab.lessons.predict;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convlab.lessons.params.ParameterTally;

/**
 * The learning lesson's predictions: how many numbers gradient descent adjusts (the parameters
 * lesson's conv count, asked of the filters being trained), and how many held-out images the
 * detector finds after the steps taken so far.
 */
public final class LearnQuestions {
    /** The kinds this lesson asks, in the order a sitting goes through them. */
    public static final List<QuestionKind> KINDS =
            List.of(QuestionKind.CONV_PARAMETERS, QuestionKind.HELD_OUT_HITS);

    private LearnQuestions() {}

    /** Where training stands: steps taken, and hits among the held-out images. */
    public record Progress(int steps, int hits, int heldOut) {}

    /** A question of {@code kind} about the layer {@code t} being trained and its progress. */
    public static Optional<Question> make(QuestionKind kind, ParameterTally t, Progress p) {
        return switch (kind) {
            case CONV_PARAMETERS -> Optional.of(LayerQuestions.convParameters(t));
            case HELD_OUT_HITS -> p.heldOut() == 0 ? Optional.empty() : Optional.of(hits(p));
            default -> Optional.empty();
        };
    }

    private static Question hits(Progress p) {
        List<Misconception> mistakes = new ArrayList<>();
        if (p.hits() != p.heldOut()) {
            mistakes.add(
                    Misconception.of(
                            BigDecimal.valueOf(p.heldOut()),
                            "Every one would be a perfect detector. The held-out images were never"
                                    + " trained on: a falling training loss does not promise a hit"
                                    + " on each new image."));
        }
        if (p.hits() != 0) {
            mistakes.add(
                    Misconception.of(
                            BigDecimal.ZERO,
                            "None would mean the filters learned nothing that carries over; images"
                                    + " the detector never saw still have their X found where the"
                                    + " learned pattern fits."));
        }
        return new Question(
                QuestionKind.HELD_OUT_HITS,
                "After "
                        + p.steps()
                        + " training step"
                        + (p.steps() == 1 ? "" : "s")
                        + ", on how many of the "
                        + p.heldOut()
                        + " held-out images (never used for training) does the argmax of D land on"
                        + " the planted X?",
                Question.Format.WHOLE,
                "a number of images",
                List.of(BigDecimal.valueOf(p.hits())),
                p.hits()
                        + " of "
                        + p.heldOut()
                        + " held-out images have D's maximum at the planted X's cell (the strip"
                        + " marks the argmax window in red)",
                mistakes,
                null,
                Map.of());
    }
}
