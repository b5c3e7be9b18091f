package org.convlab.lessons.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Detection;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.Padding;
import org.convlab.conv.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DetectorQuestionsTest {
    /**
     * Kernel [[1, 2], [3, 4]] with bias 1 on a 3×3 image: the map is [[10, 18], [9, 12]], so cell
     * (0, 0) is 1·1 + 2·2 + 3·0 + 4·1 + 1 = 10; flipped it is 12, without the bias 9, and the
     * pixels under it add up to 4.
     */
    private static final Workspace SMALL =
            Workspace.of(
                    Image.ofRows(new double[][] {{1, 2, 0}, {0, 1, 3}, {2, 0, 1}}),
                    List.of(
                            FilterSpec.plain(
                                    "A", Filter.ofRows(new double[][] {{1, 2}, {3, 4}}, 1))));

    /** Every cell of a flat image scores the same 11: four positions tie. */
    private static final Workspace FLAT =
            SMALL.withImage(Image.ofRows(new double[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}}));

    private static Question cell() {
        return DetectorQuestions.responseCell(SMALL, Detection.of(SMALL), 0, 0, 0);
    }

    @Test
    void responseCellRight() {
        Question q = cell();
        assertThat(q.prompt())
                .isEqualTo(
                        "What is filter A’s response at row 0, column 0? Its window covers input rows 0–1, columns 0–1.");
        Grade g = q.grade("10");
        assertThat(g.right()).isTrue();
        assertThat(g.explanation())
                .isEqualTo("Σ weight × input over the window = 9, plus the bias 1, gives 10.");
        assertThat(q.grade("10.0").right()).isTrue();
        assertThat(q.grade("+10").right()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "12| That is the kernel turned 180° (true convolution)",
                "9| You left out the bias: the response is Σ weight × input + b, and b = 1.",
                "4| That adds up the pixels under the window",
                "18| That is the response one cell away, at row 0, column 1",
                "11| ",
            })
    void responseCellMistakes(String typed, String why) {
        Grade g = cell().grade(typed);
        assertThat(g.outcome()).isEqualTo(Grade.Outcome.WRONG);
        assertThat(g.answer()).isEqualTo("10");
        assertThat(g.headline()).isEqualTo("Not quite: the answer is 10, not " + typed + ".");
        if (why == null) {
            assertThat(g.explanation()).startsWith("Σ weight × input");
        } else {
            assertThat(g.explanation()).startsWith(why);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ten| “ten” is not a number; type one, such as 12 or −0.5.",
                "1,5| Write decimals with a point: 0.5, not 0,5 (commas group thousands).",
                "0, 0| That is two numbers; this question wants one, such as 12 or −0.5.",
            })
    void responseCellMalformed(String typed, String message) {
        Grade g = cell().grade(typed);
        assertThat(g.outcome()).isEqualTo(Grade.Outcome.MALFORMED);
        assertThat(g.headline()).isEqualTo(message);
    }

    @Test
    void decimalsAreRightToThePlacesTyped() {
        Workspace thirds =
                SMALL.withFilters(
                        List.of(
                                FilterSpec.plain(
                                        "T",
                                        Filter.ofRows(new double[][] {{1 / 3.0, 0}, {0, 0}}, 0))));
        Question q = DetectorQuestions.responseCell(thirds, Detection.of(thirds), 0, 0, 0);
        assertThat(q.answerText()).isEqualTo("0.3333333333333333");
        assertThat(q.grade("0.33").right()).isTrue();
        assertThat(q.grade("0.333").right()).isTrue();
        assertThat(q.grade("0.34").right()).isFalse();
        assertThat(q.grade("0").right()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0, 1| RIGHT| The combined map’s maximum, 18, is at row 0, column 1, and no other position has it.",
                "(0 1)| RIGHT| The combined map’s maximum, 18",
                "1, 0| WRONG| Those are (column, row): ConvLab writes the row first, then the column.",
                "1, 2| WRONG| That counts from 1; ConvLab counts rows and columns from 0.",
                "1, 1| WRONG| That cell scores 12, the runner-up; the maximum is 18.",
                "0, 0| WRONG| The combined map’s maximum, 18",
                "18| MALFORMED| That is one number; type the row and the column, such as 14, 17.",
                "top left| MALFORMED| “top left” is not a cell; type its row and column, such as 14, 17.",
                "−1, 2| MALFORMED| Rows and columns count from 0, so neither is negative.",
            })
    void argmax(String typed, Grade.Outcome outcome, String text) {
        Grade g = DetectorQuestions.argmax(Detection.of(SMALL)).grade(typed);
        assertThat(g.outcome()).isEqualTo(outcome);
        if (outcome == Grade.Outcome.MALFORMED) {
            assertThat(g.headline()).isEqualTo(text);
        } else {
            assertThat(g.answer()).isEqualTo("(0, 1)");
            assertThat(g.explanation()).startsWith(text);
        }
    }

    @Test
    void argmaxAtATieIsTheFirstInReadingOrder() {
        Question q = DetectorQuestions.argmax(Detection.of(FLAT));
        assertThat(q.grade("0, 0").right()).isTrue();
        Grade g = q.grade("1, 1");
        assertThat(g.explanation())
                .startsWith(
                        "That position ties for the maximum, but argmax reports the first position in row-major order");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "4| RIGHT| 4 positions have the maximum 11; argmax returns the first, row 0, column 0.",
                "1| WRONG| argmax reports one position, but 4 share the maximum",
                "2| WRONG| 4 positions have the maximum 11",
                "four| MALFORMED| “four” is not a number; type one, such as 12 or −0.5.",
                "2.5| MALFORMED| A count of positions is a whole number; type it without a fraction.",
            })
    void tieCount(String typed, Grade.Outcome outcome, String text) {
        Grade g = DetectorQuestions.tieCount(FLAT, Detection.of(FLAT)).grade(typed);
        assertThat(g.outcome()).isEqualTo(outcome);
        assertThat(outcome == Grade.Outcome.MALFORMED ? g.headline() : g.explanation())
                .startsWith(text);
    }

    @Test
    void tieCountKnowsAFilterMapFromTheCombinedMap() {
        Workspace two =
                SMALL.withFilters(
                        List.of(
                                SMALL.filters().get(0),
                                FilterSpec.plain(
                                        "B", Filter.ofRows(new double[][] {{0, 0}, {0, 0}}, 0))));
        Question q = DetectorQuestions.tieCount(two, Detection.of(two));
        assertThat(q.answerText()).isEqualTo("1");
        assertThat(q.grade("4").explanation())
                .startsWith(
                        "That counts the peaks of filter B’s map alone; the question is about the combined map.");
    }

    @Test
    void theSeedPicksTheQuestionAndTheSameSeedTheSameOne() {
        Detection d = Detection.of(SMALL);
        for (QuestionKind kind : DetectorQuestions.KINDS) {
            Question a = DetectorQuestions.make(kind, SMALL, d, 42).orElseThrow();
            Question b = DetectorQuestions.make(kind, SMALL, d, 42).orElseThrow();
            assertThat(a.kind()).isEqualTo(kind);
            assertThat(a).hasToString(b.toString());
        }
        assertThat(DetectorQuestions.make(QuestionKind.OUTPUT_SIZE, SMALL, d, 1)).isEmpty();
    }

    @Test
    void withFlipOnTheKernelAsDrawnIsTheMistake() {
        Workspace flipped = SMALL.withConvolution(ConvSettings.DEFAULT.withFlip(true));
        Question q = DetectorQuestions.responseCell(flipped, Detection.of(flipped), 0, 0, 0);
        // turned 180°, the kernel reads 4 3 / 2 1: 4 + 6 + 0 + 1 + 1 = 12; as drawn it is 10
        assertThat(q.answerText()).isEqualTo("12");
        assertThat(q.grade("10").explanation())
                .startsWith(
                        "That is the kernel as drawn: with “flip” on, ConvLab turns it 180° first (true convolution).");
    }

    @Test
    void withPaddingTheWindowsCornerIsNotTheArgmax() {
        Workspace padded = SMALL.withConvolution(ConvSettings.DEFAULT.withPadding(Padding.FULL));
        Detection d = Detection.of(padded);
        Question q = DetectorQuestions.argmax(d);
        // full padding puts one zero row and column before the image: the map cell (r, c) reads
        // the window whose corner is input (r − 1, c − 1)
        assertThat(d.window().top()).isEqualTo(d.argmax().row() - 1);
        assertThat(d.window().left()).isEqualTo(d.argmax().col() - 1);
        Grade g = q.grade(d.window().top() + ", " + d.window().left());
        assertThat(g.outcome()).isEqualTo(Grade.Outcome.WRONG);
        assertThat(g.explanation()).startsWith("That is where the best window starts on the input");
    }
}
