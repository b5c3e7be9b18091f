package org.convlab.viewmodel.params;

import static org.assertj.core.api.Assertions.assertThat;

import org.convlab.conv.ConvSettings;
import org.convlab.conv.DenseEquivalent;
import org.convlab.conv.Padding;
import org.convlab.lessons.params.ParameterTally;
import org.junit.jupiter.api.Test;

class MatrixViewModelTest {
    private final ParametersViewModel parent = new ParametersViewModel();
    private final MatrixViewModel vm = parent.matrix();

    @Test
    void theDefaultIsSixteenBySixtySix() {
        DenseEquivalent m = vm.getMatrix();
        assertThat(m.rows()).isEqualTo(16);
        assertThat(m.cols()).isEqualTo(36);
        assertThat(m.entryCount()).isEqualTo(144);
        assertThat(vm.getSizeText()).startsWith("16×36 matrix");
    }

    @Test
    void theExplanationUsesTheLiveNumbers() {
        assertThat(vm.getExplanation())
                .contains("432 of its 576 entries (75%) are zero")
                .contains("144 non-zeros are the same 9 weights")
                .contains(
                        "learns 9 weights and 1 bias where the fully connected layer learns 576 weights and 16 biases.");
    }

    @Test
    void nonZerosAgreeWithTheTally() {
        parent.setPaddingKind(Padding.Kind.SAME);
        ParameterTally t =
                ParameterTally.of(
                        6, 6, 1, 1, 3, 3, ConvSettings.DEFAULT.withPadding(Padding.SAME), true);
        assertThat(vm.getMatrix().entryCount()).isEqualTo(t.denseNonZero().longValueExact());
        assertThat(vm.getMatrix().rows()).isEqualTo(36);
    }

    @Test
    void hoveringAnEntryNamesOutputInputAndWeight() {
        // Row 7 is output (1,3); column 14 is input (2,2): kernel tap (1,−1)… inside the window at
        // i=1, j=−1? No:
        // output (1,3) reads rows 1..3 and columns 3..5, so input (2,4) is tap w[0][1][1].
        int row = 7;
        int col = 2 * 6 + 4;
        vm.hover(row, col);
        double w = vm.getFilters().get(0).get(0, 1, 1);
        assertThat(vm.getHoverText())
                .isEqualTo(
                        "Row 7, column 16: output o=(1,3) × input i=(2,4) → weight w[0][1][1] = "
                                + org.convlab.conv.NumberText.exact(w)
                                + ".");
        assertThat(vm.getHoverWeight()).isEqualTo(4);
    }

    @Test
    void hoveringAZeroSaysWhyItIsZero() {
        vm.hover(0, 35);
        assertThat(vm.getHoverText())
                .isEqualTo(
                        "Row 0, column 35: output o=(0,0) × input i=(5,5) → 0, because this input is "
                                + "outside the 3×3 window of output o=(0,0).");
        assertThat(vm.getHoverWeight()).isEqualTo(-1);
        vm.hover(-1, -1);
        assertThat(vm.getHoverText()).isEmpty();
    }

    @Test
    void severalFiltersAndChannelsAreNamed() {
        vm.channels().setText("2");
        vm.filters().setText("2");
        // rows 0..15 filter 0, 16..31 filter 1; columns 36..71 channel 1.
        vm.hover(16, 36);
        assertThat(vm.getHoverText())
                .startsWith(
                        "Row 16, column 36: output o=(0,0) of filter 1 × input i=(0,0) in channel 1 → weight filter 1 w[1][0][0]");
        assertThat(vm.getHoverWeight()).isEqualTo(18 + 9);
    }

    @Test
    void verificationShowsANegligibleDifference() {
        assertThat(vm.getVerification().maxDifference()).isLessThan(1e-12);
        assertThat(vm.getVerifyText())
                .startsWith(
                        "Largest |M·x + b − conv(x)| over the 16 outputs, random input (seed 1): ");
        vm.newRandomInput();
        assertThat(vm.getSeed()).isEqualTo(2);
        assertThat(vm.getVerifyText()).contains("(seed 2)");
    }

    @Test
    void aMatrixTooLargeToDrawIsRefusedWithTheReason() {
        vm.height().setText("16");
        vm.width().setText("16");
        assertThat(vm.getMatrix()).isNull();
        assertThat(vm.getError())
                .isEqualTo(
                        "A 16×16×1 input with 1 filter of 3×3 gives a 196×256 matrix; ConvLab draws at most "
                                + "100 rows and 144 columns legibly. Choose a smaller input, kernel or fewer filters.");
        assertThat(vm.getVerifyText()).isEmpty();
    }

    @Test
    void invalidSharedSettingsAreExplained() {
        parent.stride().setText("0");
        assertThat(vm.getMatrix()).isNull();
        assertThat(vm.getError()).contains("padding, stride or dilation above");
        parent.stride().setText("2");
        assertThat(vm.getMatrix().rows()).isEqualTo(4);
    }

    @Test
    void weightsStayPutWhenOnlyTheInputSizeChanges() {
        double before = vm.getFilters().get(0).get(0, 0, 0);
        vm.height().setText("5");
        assertThat(vm.getFilters().get(0).get(0, 0, 0)).isEqualTo(before);
        assertThat(before).isNotZero();
    }
}
