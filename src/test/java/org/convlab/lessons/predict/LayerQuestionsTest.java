package org.convlab.lessons.predict;

import static org.assertj.core.api.Assertions.assertThat;

import org.convlab.conv.ConvSettings;
import org.convlab.lessons.params.ParameterTally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayerQuestionsTest {
    private static final ParameterTally HOMEWORK =
            ParameterTally.of(512, 512, 3, 3, 5, 5, ConvSettings.DEFAULT, true);

    private static Question outputSize() {
        return LayerQuestions.outputSize(
                QuestionKind.OUTPUT_SIZE, HOMEWORK, ConvSettings.DEFAULT, true, "");
    }

    @Test
    void outputSizeRightAnswerShowsTheWorking() {
        Grade g = outputSize().grade("508");
        assertThat(g.outcome()).isEqualTo(Grade.Outcome.RIGHT);
        assertThat(g.headline()).isEqualTo("Right: 508.");
        assertThat(g.explanation()).isEqualTo("H′ = ⌊(512 + 0 + 0 − 1·(5 − 1) − 1) / 1⌋ + 1 = 508");
        assertThat(outputSize().prompt())
                .isEqualTo(
                        "What is the output height H′ for an input H = 512 and a kernel KH = 5 (valid padding, stride 1, dilation 1)?");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "512; Valid padding shrinks each side by K − 1",
                "504; A side loses K − 1 cells in all",
                "516; That is full padding",
                "507; Off by one",
            })
    void outputSizeMistakesAreExplained(String typed, String why) {
        Grade g = outputSize().grade(typed);
        assertThat(g.outcome()).isEqualTo(Grade.Outcome.WRONG);
        assertThat(g.answer()).isEqualTo("508");
        assertThat(g.headline()).isEqualTo("Not quite: the answer is 508, not " + typed + ".");
        assertThat(g.explanation()).startsWith(why).endsWith("= 508");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "abc| “abc” is not a number; type one, such as 12 or −0.5.",
                "−3| An output size is never negative.",
                "508.5| An output size is a whole number; type it without a fraction.",
                "508 508| That is two numbers; this question wants one, such as 12 or −0.5.",
                "'  '| Type your prediction first.",
            })
    void outputSizeMalformedInputIsNotGraded(String typed, String message) {
        Grade g = outputSize().grade(typed);
        assertThat(g.outcome()).isEqualTo(Grade.Outcome.MALFORMED);
        assertThat(g.graded()).isFalse();
        assertThat(g.headline()).isEqualTo(message);
        assertThat(Score.NONE.after(g)).isEqualTo(Score.NONE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "252; RIGHT; ",
                "512; WRONG; Valid padding shrinks each side by K − 1 (by d·(K − 1) = 8 with dilation 2)",
                "504; WRONG; Stride 2 moves the window 2 cells at a time",
                "253; WRONG; Round down",
                "254; WRONG; Dilation 2 spreads the 5 taps over d·(K − 1) + 1 = 9 cells",
                "508; WRONG; That ignores both the stride and the dilation.",
                "251; WRONG; Off by one",
                "2.5e2; MALFORMED; “2.5e2” is not a number",
            })
    void strideAndDilationQuestion(String typed, Grade.Outcome outcome, String why) {
        ConvSettings s = ConvSettings.DEFAULT.withStride(2).withDilation(2);
        ParameterTally t = ParameterTally.of(512, 512, 3, 3, 5, 5, s, true);
        Question q = LayerQuestions.make(QuestionKind.STRIDE_DILATION_SIZE, t, s, 1).orElseThrow();
        Grade g = q.grade(typed);
        assertThat(g.outcome()).isEqualTo(outcome);
        if (outcome == Grade.Outcome.WRONG) {
            assertThat(g.answer()).isEqualTo("252");
            assertThat(g.explanation()).startsWith(why);
        } else if (outcome == Grade.Outcome.MALFORMED) {
            assertThat(g.headline()).startsWith(why);
        }
    }

    @Test
    void aLayerWithoutStrideGetsOneFromTheSeedAndTheScreenIsToldIt() {
        for (long seed = 0; seed < 20; seed++) {
            Question q =
                    LayerQuestions.make(
                                    QuestionKind.STRIDE_DILATION_SIZE,
                                    HOMEWORK,
                                    ConvSettings.DEFAULT,
                                    seed)
                            .orElseThrow();
            int stride = q.setup().get(Question.STRIDE);
            int dilation = q.setup().get(Question.DILATION);
            assertThat(stride).isBetween(2, 3);
            assertThat(dilation).isBetween(1, 2);
            assertThat(q.prompt())
                    .startsWith("With stride " + stride + " and dilation " + dilation + ": what");
            long expected = (512 - dilation * 4 - 1) / stride + 1;
            assertThat(q.answerText()).isEqualTo(Long.toString(expected));
            assertThat(q)
                    .hasToString(
                            LayerQuestions.make(
                                            QuestionKind.STRIDE_DILATION_SIZE,
                                            HOMEWORK,
                                            ConvSettings.DEFAULT,
                                            seed)
                                    .orElseThrow()
                                    .toString());
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "228; RIGHT; KH·KW·C·N = 5·5·3·3 = 225",
                "225; WRONG; That counts the weights only: each of the N = 3 filters also learns one bias, 225 + 3 = 228.",
                "78; WRONG; Each filter is KH×KW×C: it reaches through all C = 3 input channels.",
                "76; WRONG; That is one filter; the layer has N = 3 of them.",
                "58,064,400; WRONG; That is the locally connected layer's weights and the non-zero entries of the fully connected matrix, not the conv layer’s count.",
                "75; WRONG; 75 is none of this layer's figures. The nearest is the conv layer's weights, 225",
                "12.5; MALFORMED; A parameter count is a whole number",
                "-228; MALFORMED; A parameter count is never negative",
            })
    void convParameters(String typed, Grade.Outcome outcome, String text) {
        assertGrade(QuestionKind.CONV_PARAMETERS, typed, outcome, text, "228");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "608,850,137,136; RIGHT; (H·W·C) · (H′·W′·N)",
                "176,930,550; WRONG; This slides a 75-long window along the flattened image. 176,930,550 = (786,432 − 75 + 1) · 75 · 3",
                "608 849 362 944; WRONG; That counts the weights only: a fully connected layer also learns one bias per output, 774,192 more.",
                "58064400; WRONG; Those are only the entries that copy the conv layer",
                "58,838,592; WRONG; That is the locally connected layer",
                "228; WRONG; That is the conv layer’s count",
                "225; WRONG; That is the conv layer’s count",
                "1,000,000,000,000; WRONG; 1,000,000,000,000 is none of this layer's figures. The nearest is",
                "lots; MALFORMED; “lots” is not a whole number",
                "6.09e11; MALFORMED; A parameter count is a whole number",
            })
    void denseParameters(String typed, Grade.Outcome outcome, String text) {
        assertGrade(QuestionKind.DENSE_PARAMETERS, typed, outcome, text, "608,850,137,136");
    }

    /** The homework layer's question of {@code kind} grades {@code typed} as expected. */
    private static void assertGrade(
            QuestionKind kind, String typed, Grade.Outcome outcome, String text, String answer) {
        Grade g =
                LayerQuestions.make(kind, HOMEWORK, ConvSettings.DEFAULT, 3)
                        .orElseThrow()
                        .grade(typed);
        assertThat(g.outcome()).isEqualTo(outcome);
        assertThat(outcome == Grade.Outcome.MALFORMED ? g.headline() : g.explanation())
                .startsWith(text);
        if (outcome != Grade.Outcome.MALFORMED) {
            assertThat(g.answer()).isEqualTo(answer);
        }
    }

    @Test
    void samePaddingHasItsOwnMistake() {
        ConvSettings same = ConvSettings.DEFAULT.withPadding(org.convlab.conv.Padding.SAME);
        ParameterTally t = ParameterTally.of(512, 512, 3, 3, 5, 5, same, true);
        Question q = LayerQuestions.outputSize(QuestionKind.OUTPUT_SIZE, t, same, false, "");
        assertThat(q.grade("512").right()).isTrue();
        Grade g = q.grade("508");
        assertThat(g.explanation())
                .startsWith(
                        "That is valid padding; this layer adds 2 zero(s) before and 2 after, which the window may also cover.");
    }
}
