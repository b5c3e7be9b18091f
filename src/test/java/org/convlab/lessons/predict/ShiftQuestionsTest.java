package org.convlab.lessons.predict;

import static org.assertj.core.api.Assertions.assertThat;

import org.convlab.conv.MatchMode;
import org.convlab.conv.Padding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShiftQuestionsTest {
    /** 1 2 3 on a flat background: the best match, 14, is at output index 3. */
    private static ShiftQuestions.Setting flat(int shift) {
        return new ShiftQuestions.Setting(
                new double[] {0, 0, 0, 1, 2, 3, 0, 0, 0, 0},
                new double[] {1, 2, 3},
                MatchMode.RAW,
                Padding.VALID,
                false,
                shift);
    }

    /** The pattern at the right border: a shift right pushes its 3 out. */
    private static final ShiftQuestions.Setting BORDER =
            new ShiftQuestions.Setting(
                    new double[] {0, 0, 0, 0, 0, 1, 2, 3},
                    new double[] {1, 2, 3},
                    MatchMode.RAW,
                    Padding.VALID,
                    false,
                    1);

    private static Question ask(QuestionKind kind, ShiftQuestions.Setting s) {
        return ShiftQuestions.make(kind, s, 7).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "5| RIGHT| Before: best 14 at index 3; after shifting by 2: best 14 at index 5. The best value stays the same",
                "3| WRONG| The output does not stay the same: convolution is translation-equivariant",
                "the output stays the same| WRONG| The output does not stay the same",
                "Same.| WRONG| The output does not stay the same",
                "1| WRONG| That moves it the wrong way",
                "4| WRONG| Before: best 14 at index 3",
                "right| MALFORMED| “right” is not a number; type one, such as 12 or −0.5.",
                "−1| MALFORMED| An output index is never negative.",
            })
    void shiftedPeak(String typed, Grade.Outcome outcome, String text) {
        Question q = ask(QuestionKind.SHIFTED_PEAK, flat(2));
        assertThat(q.prompt())
                .isEqualTo(
                        "The signal moves 2 cells right, zeros filling in behind it. Before, the best match was at output index 3. At which index is it after the shift?");
        assertThat(q.setup()).containsEntry(Question.SHIFT, 2);
        Grade g = q.grade(typed);
        assertThat(g.outcome()).isEqualTo(outcome);
        assertThat(outcome == Grade.Outcome.MALFORMED ? g.headline() : g.explanation())
                .startsWith(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "14| RIGHT| Before: best 14 at index 3",
                "16| WRONG| Shifting moves where the best match is, not how good it is",
                "12| WRONG| Shifting moves where the best match is, not how good it is",
                "0| WRONG| The pattern is still in the signal after the shift",
                "13| WRONG| Before: best 14",
                "14, 5| MALFORMED| That is two numbers",
            })
    void shiftedBestValue(String typed, Grade.Outcome outcome, String text) {
        Grade g = ask(QuestionKind.SHIFTED_BEST_VALUE, flat(2)).grade(typed);
        assertThat(g.outcome()).isEqualTo(outcome);
        assertThat(outcome == Grade.Outcome.MALFORMED ? g.headline() : g.explanation())
                .startsWith(text);
    }

    @Test
    void atTheBorderTheValueChangesAndSayingItStaysTheSameIsTheMistake() {
        Question q = ask(QuestionKind.SHIFTED_BEST_VALUE, BORDER);
        assertThat(q.answerText()).isEqualTo("8");
        assertThat(q.grade("8").right()).isTrue();
        Grade same = q.grade("stays the same");
        assertThat(same.outcome()).isEqualTo(Grade.Outcome.WRONG);
        assertThat(same.explanation())
                .startsWith(
                        "Usually the best value stays the same, but here the zero fill changed the signal values under the best window");
        assertThat(q.grade("14").explanation()).startsWith("Usually the best value stays the same");
    }

    @Test
    void atTheBorderThePeakDoesNotMoveAndThatIsRight() {
        Question q = ask(QuestionKind.SHIFTED_PEAK, BORDER);
        assertThat(q.answerText()).isEqualTo("5");
        // here the old index is the answer, so "it stays" is no mistake to explain, just right
        assertThat(q.grade("5").right()).isTrue();
        assertThat(q.grade("the same").outcome()).isEqualTo(Grade.Outcome.MALFORMED);
        assertThat(q.grade("6").explanation())
                .startsWith("That is where equivariance would put it, but the zero fill");
    }

    @Test
    void withNoShiftOnTheSliderTheSeedPicksOneThatKeepsThePeakOnTheOutput() {
        for (long seed = 0; seed < 30; seed++) {
            Question q =
                    ShiftQuestions.make(QuestionKind.SHIFTED_PEAK, flat(0), seed).orElseThrow();
            int k = q.setup().get(Question.SHIFT);
            assertThat(Math.abs(k)).isBetween(1, 3);
            assertThat(q.answerText()).isEqualTo(Integer.toString(3 + k));
        }
    }

    @Test
    void ssdScoresAreShownAsThePlotsShowThem() {
        ShiftQuestions.Setting ssd =
                new ShiftQuestions.Setting(
                        new double[] {0, 0, 0, 1, 2, 3, 0, 0, 0, 0},
                        new double[] {1, 2, 3},
                        MatchMode.SSD,
                        Padding.VALID,
                        false,
                        1);
        Question q = ask(QuestionKind.SHIFTED_BEST_VALUE, ssd);
        assertThat(q.answerText()).isEqualTo("0");
        assertThat(q.prompt()).contains("Before, the best SSD score was 0.");
    }
}
