package org.convlab.lessons.predict;

import static org.assertj.core.api.Assertions.assertThat;

import org.convlab.conv.ConvSettings;
import org.convlab.lessons.params.ParameterTally;
import org.junit.jupiter.api.Test;

class LearnQuestionsTest {
    /** The learning tab's layer: two 5×5 filters on a 32×32 image, with biases. */
    private static final ParameterTally LAYER =
            ParameterTally.of(32, 32, 1, 2, 5, 5, ConvSettings.DEFAULT, true);

    private static Question ask(QuestionKind kind, int steps, int hits, int heldOut) {
        return LearnQuestions.make(kind, LAYER, new LearnQuestions.Progress(steps, hits, heldOut))
                .orElseThrow();
    }

    @Test
    void numbersLearnedAreTheConvCountWithBiases() {
        Question q = ask(QuestionKind.CONV_PARAMETERS, 0, 0, 64);
        assertThat(q.answerText()).isEqualTo("52");
        assertThat(q.grade("52").outcome()).isEqualTo(Grade.Outcome.RIGHT);
        Grade noBias = q.grade("50");
        assertThat(noBias.outcome()).isEqualTo(Grade.Outcome.WRONG);
        assertThat(noBias.explanation()).contains("also learns one bias");
        assertThat(q.grade("26").explanation()).contains("That is one filter");
    }

    @Test
    void heldOutHitsAreGradedExactlyWithTheirMistakes() {
        Question q = ask(QuestionKind.HELD_OUT_HITS, 7, 62, 64);
        assertThat(q.prompt()).startsWith("After 7 training steps, on how many of the 64");
        assertThat(q.grade("62").outcome()).isEqualTo(Grade.Outcome.RIGHT);
        Grade all = q.grade("64");
        assertThat(all.outcome()).isEqualTo(Grade.Outcome.WRONG);
        assertThat(all.explanation()).contains("never trained on");
        assertThat(q.grade("0").explanation()).contains("carries over");
        assertThat(q.grade("sixty").outcome()).isEqualTo(Grade.Outcome.MALFORMED);
    }

    @Test
    void noHitQuestionBeforeTheHeldOutImagesExist() {
        assertThat(
                        LearnQuestions.make(
                                QuestionKind.HELD_OUT_HITS,
                                LAYER,
                                new LearnQuestions.Progress(0, 0, 0)))
                .isEmpty();
        assertThat(ask(QuestionKind.HELD_OUT_HITS, 1, 0, 64).prompt())
                .contains("After 1 training step,");
    }
}
