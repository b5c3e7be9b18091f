package org.convlab.viewmodel.params;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.NumberText;
import org.convlab.conv.Padding;
import org.convlab.lessons.params.AnswerCheck;
import org.convlab.lessons.params.ParameterArithmetic;
import org.convlab.lessons.params.ParameterTally;
import org.convlab.lessons.params.RatioText;
import org.junit.jupiter.api.Test;

class ParametersViewModelTest {
    private final ParametersViewModel vm = new ParametersViewModel();

    /** Every figure the screen shows, compared with the core's tally and arithmetic. */
    private void assertFiguresMatchCore(ParameterTally t) {
        ParameterArithmetic a = ParameterArithmetic.of(t);
        assertThat(vm.getError()).isEmpty();
        assertThat(vm.getTally()).isEqualTo(t);
        assertColumn(vm.conv(), t.convWeights(), t.convBiases(), t.convTotal());
        assertColumn(vm.local(), t.localWeights(), t.localBiases(), t.convTotal());
        assertColumn(vm.dense(), t.denseWeights(), t.denseBiases(), t.convTotal());
        assertThat(vm.local().getTotal()).isEqualTo(t.localTotal());
        assertThat(vm.dense().getTotal()).isEqualTo(t.denseTotal());
        assertThat(vm.conv().getWeightsWorking()).isEqualTo(a.convWeights());
        assertThat(vm.local().getWeightsWorking()).isEqualTo(a.localWeights());
        assertThat(vm.dense().getWeightsWorking()).isEqualTo(a.denseWeights());
        assertThat(vm.dense().getBiasesWorking()).isEqualTo(a.denseBiases());
        assertThat(vm.dense().getTotalWorking()).isEqualTo(a.denseTotal());
        assertThat(vm.dense().getMemoryWorking()).isEqualTo(a.denseMemory());
        assertThat(vm.dense().getRatioWorking()).isEqualTo(a.denseRatio());
        assertThat(vm.local().getRatioWorking()).isEqualTo(a.localRatio());
        assertThat(vm.getOutputShapeText())
                .isEqualTo(t.outHeight() + "×" + t.outWidth() + "×" + t.filters());
        assertThat(vm.getOutputHeightWorking()).isEqualTo(a.outHeight());
        assertThat(vm.getOutputWidthWorking()).isEqualTo(a.outWidth());
        assertThat(vm.getNonZero()).isEqualTo(t.denseNonZero());
        assertThat(vm.getNonZeroText()).isEqualTo(NumberText.grouped(t.denseNonZero()));
        assertThat(vm.getNonZeroWorking()).isEqualTo(a.denseNonZero());
        assertThat(vm.getDistinct()).isEqualTo(t.denseDistinct());
        assertThat(vm.getZerosWorking()).isEqualTo(a.denseZeros());
    }

    private static void assertColumn(
            ColumnFigures col, BigInteger w, BigInteger b, BigInteger convTotal) {
        BigInteger total = w.add(b);
        assertThat(col.getWeights()).isEqualTo(w);
        assertThat(col.getBiases()).isEqualTo(b);
        assertThat(col.getTotal()).isEqualTo(total);
        assertThat(col.getWeightsText()).isEqualTo(NumberText.grouped(w));
        assertThat(col.getBiasesText()).isEqualTo(NumberText.grouped(b));
        assertThat(col.getTotalText()).isEqualTo(NumberText.grouped(total));
        assertThat(col.getScientificText()).isEqualTo(NumberText.scientific(total));
        assertThat(col.getMemoryText())
                .isEqualTo(NumberText.bytes(total.multiply(BigInteger.valueOf(4))));
        assertThat(col.getRatioText()).isEqualTo(RatioText.ratio(total, convTotal) + "×");
    }

    @Test
    void startsOnTheHomeworkLayer() {
        assertFiguresMatchCore(ParameterTally.of(512, 512, 3, 3, 5, 5, ConvSettings.DEFAULT, true));
        assertThat(vm.conv().getTotalText()).isEqualTo("228");
        assertThat(vm.dense().getWeightsText()).isEqualTo("608,849,362,944");
        assertThat(vm.dense().getTotalText()).isEqualTo("608,850,137,136");
        assertThat(vm.dense().getMemoryText()).isEqualTo("2.44 TB");
        assertThat(vm.dense().getScientificText()).isEqualTo("6.09 × 10¹¹");
        assertThat(vm.local().getRatioText()).isEqualTo("258,064×");
        assertThat(vm.dense().getRatioText()).isEqualTo("≈ 2,670,395,338×");
        assertThat(vm.getOutputShapeText()).isEqualTo("508×508×3");
    }

    @Test
    void samePaddingKeepsTheSpatialSize() {
        vm.height().setText("32");
        vm.width().setText("24");
        vm.channels().setText("1");
        vm.filters().setText("4");
        vm.kernelHeight().setText("3");
        vm.kernelWidth().setText("3");
        vm.setPaddingKind(Padding.Kind.SAME);
        assertFiguresMatchCore(
                ParameterTally.of(
                        32, 24, 1, 4, 3, 3, ConvSettings.DEFAULT.withPadding(Padding.SAME), true));
        assertThat(vm.getOutputShapeText()).isEqualTo("32×24×4");
        assertThat(vm.getNonZero()).isLessThan(vm.local().getWeights());
    }

    @Test
    void strideTwoHalvesTheOutput() {
        vm.stride().setText("2");
        assertFiguresMatchCore(
                ParameterTally.of(512, 512, 3, 3, 5, 5, ConvSettings.DEFAULT.withStride(2), true));
        assertThat(vm.getOutputShapeText()).isEqualTo("254×254×3");
    }

    @Test
    void withoutBiasTheTotalsAreTheWeights() {
        vm.setBias(false);
        assertFiguresMatchCore(
                ParameterTally.of(512, 512, 3, 3, 5, 5, ConvSettings.DEFAULT, false));
        assertThat(vm.conv().getTotalText()).isEqualTo("225");
        assertThat(vm.dense().getBiasesWorking()).isEqualTo("bias off: 0");
    }

    @Test
    void explicitPaddingAndDilationFlowIntoTheTally() {
        vm.setPaddingKind(Padding.Kind.EXPLICIT);
        vm.paddingAmount().setText("2");
        vm.dilation().setText("2");
        assertFiguresMatchCore(
                ParameterTally.of(
                        512,
                        512,
                        3,
                        3,
                        5,
                        5,
                        new ConvSettings(Padding.explicit(2), 1, 2, false),
                        true));
    }

    @Test
    void textInANumberFieldIsNamedAndClearsTheFigures() {
        vm.height().setText("abc");
        assertThat(vm.height().getError())
                .isEqualTo("Input height H: “abc” is not a whole number.");
        assertThat(vm.getError()).isEqualTo(vm.height().getError());
        assertThat(vm.getTally()).isNull();
        assertThat(vm.dense().getTotalText()).isEqualTo(ColumnFigures.NONE);
        assertThat(vm.dense().getTotal()).isNull();
        assertThat(vm.height().getText()).isEqualTo("abc");
    }

    @Test
    void zeroAndTooLargeAreRefusedNotClamped() {
        vm.filters().setText("0");
        assertThat(vm.getError()).isEqualTo("Filters N must be at least 1 (got 0).");
        vm.filters().setText("3");
        vm.width().setText("2000000");
        assertThat(vm.getError())
                .isEqualTo("Input width W must be at most 100,000 (got 2,000,000).");
        assertThat(vm.width().getText()).isEqualTo("2000000");
        assertThat(vm.getTally()).isNull();
    }

    @Test
    void aKernelLargerThanThePaddedInputIsRefused() {
        vm.height().setText("4");
        assertThat(vm.getError())
                .startsWith(
                        "The kernel (5×5 cells with dilation 1) is larger than the padded input (4×512)");
        vm.setPaddingKind(Padding.Kind.FULL);
        assertThat(vm.getError()).isEmpty();
        assertThat(vm.getOutputShapeText()).isEqualTo("8×516×3");
    }

    @Test
    void thePaddingAmountOnlyMattersForExplicitPadding() {
        vm.paddingAmount().setText("x");
        assertThat(vm.getError()).isEmpty();
        vm.setPaddingKind(Padding.Kind.EXPLICIT);
        assertThat(vm.getError()).isEqualTo("Padding P: “x” is not a whole number.");
    }

    @Test
    void thePresetRestoresTheHomework() {
        vm.height().setText("7");
        vm.setBias(false);
        vm.stride().setText("oops");
        vm.applyHomeworkPreset();
        assertFiguresMatchCore(ParameterTally.of(512, 512, 3, 3, 5, 5, ConvSettings.DEFAULT, true));
    }

    @Test
    void checksTheStudentsAnswer() {
        vm.setAnswerText("176,930,550");
        assertThat(vm.getAnswerVerdict().outcome())
                .isEqualTo(AnswerCheck.Outcome.FLATTENED_SLIDING);
        assertThat(vm.getAnswerMessage()).contains("one long row");
        assertThat(vm.getAnswerDistances()).contains("608,850,137,136");
        vm.setAnswerText("608 850 137 136");
        assertThat(vm.getAnswerVerdict().outcome()).isEqualTo(AnswerCheck.Outcome.MATCH);
        assertThat(vm.getAnswerDistances()).isEmpty();
    }

    @Test
    void theAnswerIsRecheckedWhenTheLayerChanges() {
        vm.setAnswerText("225");
        assertThat(vm.getAnswerVerdict().outcome()).isEqualTo(AnswerCheck.Outcome.MATCH);
        vm.filters().setText("4");
        assertThat(vm.getAnswerVerdict().outcome()).isEqualTo(AnswerCheck.Outcome.NO_MATCH);
        vm.filters().setText("");
        assertThat(vm.getAnswerMessage())
                .startsWith("Fix the layer above first: Filters N is empty");
    }
}
