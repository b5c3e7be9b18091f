package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The 1D lesson: signal ⋆ kernel in each padding, and shifting a signal. */
class Correlation1DTest {
    private static final double[] SIGNAL = {6, 7, 8, 1, 2, 3, 5};
    private static final double[] KERNEL = {1, 2, 3};

    @Test
    void samePaddingAddsOneZeroEachSideForThreeTaps() {
        // [0,6,7] → 12 + 21 = 33; … ; [3,5,0] → 3 + 10 = 13
        assertThat(Correlation1D.correlate(SIGNAL, KERNEL, MatchMode.RAW, Padding.SAME))
                .containsExactly(33, 44, 26, 16, 14, 23, 13);
        assertThat(Correlation1D.padBefore(7, 3, Padding.SAME)).isEqualTo(1);
    }

    @Test
    void fullPaddingLetsTheKernelHangOffBothEnds() {
        // [0,0,6] → 18; [0,6,7] → 33; …; [3,5,0] → 13; [5,0,0] → 5
        assertThat(Correlation1D.correlate(SIGNAL, KERNEL, MatchMode.RAW, Padding.FULL))
                .containsExactly(18, 33, 44, 26, 16, 14, 23, 13, 5);
        assertThat(Correlation1D.padBefore(7, 3, Padding.FULL)).isEqualTo(2);
    }

    @Test
    void evenKernelWithSamePaddingPutsTheZeroAfter() {
        // K = 2: one zero, after. [1,2,3] ⋆ [1,1] = 3, 5, 3
        assertThat(
                        Correlation1D.correlate(
                                new double[] {1, 2, 3},
                                new double[] {1, 1},
                                MatchMode.RAW,
                                Padding.SAME))
                .containsExactly(3, 5, 3);
        assertThat(Correlation1D.padBefore(3, 2, Padding.SAME)).isZero();
    }

    @Test
    void zeroMeanIgnoresAConstantOffset() {
        // kernel centred −1 0 1: output = x[i+2] − x[i]
        assertThat(Correlation1D.correlate(SIGNAL, KERNEL, MatchMode.ZERO_MEAN, Padding.VALID))
                .containsExactly(2, -6, -6, 2, 3);
    }

    @Test
    void shiftWithZeroFillDropsWhatLeaves() {
        assertThat(Correlation1D.shift(SIGNAL, 2, false)).containsExactly(0, 0, 6, 7, 8, 1, 2);
        assertThat(Correlation1D.shift(SIGNAL, -1, false)).containsExactly(7, 8, 1, 2, 3, 5, 0);
        assertThat(Correlation1D.shift(SIGNAL, 7, false)).containsOnly(0);
        assertThat(Correlation1D.shift(SIGNAL, 0, false)).containsExactly(SIGNAL);
    }

    @Test
    void circularShiftWrapsAround() {
        assertThat(Correlation1D.shift(SIGNAL, 2, true)).containsExactly(3, 5, 6, 7, 8, 1, 2);
        assertThat(Correlation1D.shift(SIGNAL, -1, true)).containsExactly(7, 8, 1, 2, 3, 5, 6);
        assertThat(Correlation1D.shift(SIGNAL, 7 + 2, true)).containsExactly(3, 5, 6, 7, 8, 1, 2);
        assertThat(Correlation1D.shift(SIGNAL, -7, true)).containsExactly(SIGNAL);
    }

    @Test
    void shiftingTheInputShiftsTheOutput() {
        // zero-fill shift by 2 of a signal with zeros at the end: outputs move right by 2, new ones
        // read zeros
        double[] x = {6, 7, 8, 1, 2, 0, 0};
        double[] before = Correlation1D.correlate(x, KERNEL, MatchMode.RAW, Padding.VALID);
        double[] after =
                Correlation1D.correlate(
                        Correlation1D.shift(x, 2, false), KERNEL, MatchMode.RAW, Padding.VALID);
        // before: 44, 26, 16, 5, 2; after: [0,0,6] → 18, [0,6,7] → 33, then 44, 26, 16
        assertThat(before).containsExactly(44, 26, 16, 5, 2);
        assertThat(after).containsExactly(18, 33, 44, 26, 16);
    }

    @Test
    void argmaxIsTheFirstMaximum() {
        assertThat(Correlation1D.argmax(new double[] {1, 4, 2, 4})).isEqualTo(1);
    }

    @Test
    void kernelLongerThanThePaddedSignalIsRefused() {
        assertThatThrownBy(
                        () ->
                                Correlation1D.correlate(
                                        new double[] {1, 2}, KERNEL, MatchMode.RAW, Padding.VALID))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("output would be empty");
        assertThat(
                        Correlation1D.correlate(
                                new double[] {1, 2}, KERNEL, MatchMode.RAW, Padding.explicit(1)))
                .containsExactly(8, 5);
        assertThatThrownBy(
                        () ->
                                Correlation1D.correlate(
                                        new double[0], KERNEL, MatchMode.RAW, Padding.VALID))
                .hasMessageContaining("signal is empty");
        assertThatThrownBy(
                        () ->
                                Correlation1D.correlate(
                                        SIGNAL, new double[0], MatchMode.RAW, Padding.VALID))
                .hasMessageContaining("kernel is empty");
        assertThatThrownBy(
                        () ->
                                Correlation1D.correlate(
                                        new double[] {Double.NaN},
                                        new double[] {1},
                                        MatchMode.RAW,
                                        Padding.VALID))
                .hasMessageContaining("NaN");
    }
}
