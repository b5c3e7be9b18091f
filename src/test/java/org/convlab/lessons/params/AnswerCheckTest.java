package org.convlab.lessons.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Padding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerCheckTest {
    private static final ParameterTally HOMEWORK =
            ParameterTally.of(512, 512, 3, 3, 5, 5, ConvSettings.DEFAULT, true);

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "225; conv-weights",
                "228; conv-total",
                "58,064,400; local-weights",
                "58 838 592; local-total",
                "608,849,362,944; dense-weights",
                "608850137136; dense-total",
            })
    void recognisesEachFigureOfTheHomeworkLayer(String typed, String id) {
        AnswerCheck.Verdict v = AnswerCheck.check(typed, HOMEWORK);
        assertThat(v.outcome()).isEqualTo(AnswerCheck.Outcome.MATCH);
        assertThat(v.matches()).extracting(AnswerCheck.Quantity::id).contains(id);
    }

    @Test
    void convWeightsAreAlsoTheDistinctValuesOfTheDenseMatrix() {
        AnswerCheck.Verdict v = AnswerCheck.check("225", HOMEWORK);
        assertThat(v.matches())
                .extracting(AnswerCheck.Quantity::id)
                .containsExactly("conv-weights", "dense-distinct");
        assertThat(v.message())
                .startsWith(
                        "Yes: 225 is the conv layer's weights and the number of distinct values among the fully connected matrix's non-zeros.")
                .contains("228 parameters in all");
    }

    @Test
    void validPaddingNonZerosEqualTheLocallyConnectedWeights() {
        AnswerCheck.Verdict v = AnswerCheck.check("58064400", HOMEWORK);
        assertThat(v.matches())
                .extracting(AnswerCheck.Quantity::id)
                .containsExactly("local-weights", "dense-nonzero");
    }

    @Test
    void nonZerosAloneAreRecognisedWithSamePadding() {
        ParameterTally same =
                ParameterTally.of(
                        6, 6, 1, 1, 3, 3, ConvSettings.DEFAULT.withPadding(Padding.SAME), false);
        // 6 outputs per axis, 16 taps per axis fall on the image (4 of 18 hit the zero border).
        assertThat(same.denseNonZero()).isEqualTo(BigInteger.valueOf(256));
        AnswerCheck.Verdict v = AnswerCheck.check("256", same);
        assertThat(v.matches())
                .extracting(AnswerCheck.Quantity::id)
                .containsExactly("dense-nonzero");
        assertThat(v.message()).contains("zeros included");
    }

    @Test
    void denseTotalIsTheHomeworkAnswer() {
        AnswerCheck.Verdict v = AnswerCheck.check("608,850,137,136", HOMEWORK);
        assertThat(v.message())
                .contains("part (b)")
                .contains("774,192 outputs")
                .contains("786,432 inputs");
    }

    @Test
    void recognisesTheStudentsFlattenedSlidingAnswerAndExplainsIt() {
        AnswerCheck.Verdict v = AnswerCheck.check("176,930,550", HOMEWORK);
        assertThat(v.outcome()).isEqualTo(AnswerCheck.Outcome.FLATTENED_SLIDING);
        assertThat(v.message())
                .contains("(786,432 − 75 + 1) · 75 · 3")
                .contains("one long row")
                .contains("That is not the fully connected count:\n• ")
                .contains("508·508 = 258,064 places, not 786,358")
                .contains("786,432 · 774,192 = 608,849,362,944 weights")
                .contains("58,064,400 of them are non-zero")
                .contains("same 225 filter weights");
        assertThat(v.distances()).hasSize(8);
    }

    @Test
    void flattenedSlidingFollowsTheCurrentNumbers() {
        ParameterTally t = ParameterTally.of(32, 32, 1, 2, 3, 3, ConvSettings.DEFAULT, false);
        BigInteger expected = BigInteger.valueOf((32L * 32 - 9 + 1) * 9 * 2);
        assertThat(AnswerCheck.flattenedSliding(t)).isEqualTo(expected);
        assertThat(AnswerCheck.check(expected.toString(), t).outcome())
                .isEqualTo(AnswerCheck.Outcome.FLATTENED_SLIDING);
    }

    @Test
    void aNearMissNamesTheNearestFigureAndTheRatio() {
        AnswerCheck.Verdict v = AnswerCheck.check("600,000,000,000", HOMEWORK);
        assertThat(v.outcome()).isEqualTo(AnswerCheck.Outcome.NO_MATCH);
        assertThat(v.message())
                .contains("nearest is the fully connected layer's weights, 608,849,362,944")
                .contains("≈ 0.985 times");
        assertThat(v.distances())
                .anySatisfy(
                        d ->
                                assertThat(d)
                                        .startsWith(
                                                "the conv layer's weights: 225 (yours is ≈ 2,666,666,667 times"));
    }

    @Test
    void aSmallAnswerIsGivenAsAFraction() {
        assertThat(AnswerCheck.times(BigInteger.valueOf(3), BigInteger.valueOf(225)))
                .isEqualTo("1/75 of");
        assertThat(AnswerCheck.times(BigInteger.valueOf(7), BigInteger.valueOf(225)))
                .isEqualTo("≈ 1/32.1 of");
        assertThat(AnswerCheck.times(BigInteger.valueOf(450), BigInteger.valueOf(225)))
                .isEqualTo("2 times");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12a", "2.5", "−3", "-3", "6.09e11", "1,23", "1234,567", "10^5"})
    void refusesWhatIsNotAWholeNumberWithAMessage(String typed) {
        AnswerCheck.Verdict v = AnswerCheck.check(typed, HOMEWORK);
        assertThat(v.outcome()).isEqualTo(AnswerCheck.Outcome.UNREADABLE);
        assertThat(v.message()).isNotBlank().doesNotContain("Exception");
    }

    @Test
    void nothingTypedIsNotAnError() {
        assertThat(AnswerCheck.check("   ", HOMEWORK).outcome())
                .isEqualTo(AnswerCheck.Outcome.EMPTY);
    }

    @Test
    void zeroIsExplainedNotCompared() {
        AnswerCheck.Verdict v = AnswerCheck.check("0", HOMEWORK);
        assertThat(v.outcome()).isEqualTo(AnswerCheck.Outcome.NO_MATCH);
        assertThat(v.message()).contains("at least 225 weights");
    }

    @Test
    void readsEveryCommonWayOfGroupingThousands() {
        for (String s :
                List.of(
                        "608,849,362,944",
                        "608 849 362 944",
                        "608\u202F849\u202F362\u202F944",
                        "608'849'362'944",
                        "608_849_362_944",
                        "608849362944",
                        " +608849362944 ")) {
            assertThat(AnswerCheck.parse(s)).as(s).isEqualTo(new BigInteger("608849362944"));
        }
    }

    @Test
    void refusesAbsurdlyLongNumbers() {
        assertThatThrownBy(() -> AnswerCheck.parse("9".repeat(61)))
                .hasMessageContaining("61 digits");
    }
}
