package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Output sizes, padding amounts and windows, each computed by hand from the formulas of issue 2.
 */
class GeometryTest {
    private static Geometry geometry(int h, int k, Padding p, int stride, int dilation) {
        return Geometry.of(h, h, k, k, new ConvSettings(p, stride, dilation, false));
    }

    private static void assertAxis(Geometry g, int before, int after, int out) {
        assertThat(new int[] {g.padTop(), g.padBottom(), g.outHeight()})
                .containsExactly(before, after, out);
        assertThat(new int[] {g.padLeft(), g.padRight(), g.outWidth()})
                .containsExactly(before, after, out);
    }

    @Test
    void validHasNoPaddingAndShrinksByKernelMinusOne() {
        // 5 − 3 + 1 = 3
        assertAxis(geometry(5, 3, Padding.VALID, 1, 1), 0, 0, 3);
    }

    @Test
    void fullPadsKernelMinusOneOnEachSideAndGrows() {
        // pad 2 each side: 5 + 4 − 3 + 1 = 7
        assertAxis(geometry(5, 3, Padding.FULL, 1, 1), 2, 2, 7);
    }

    @Test
    void fullPadsTheDilatedSpan() {
        // d·(K−1) = 2·2 = 4 each side: floor((5 + 8 − 4 − 1)/1) + 1 = 9
        assertAxis(geometry(5, 3, Padding.FULL, 1, 2), 4, 4, 9);
    }

    @Test
    void explicitPadsPOnEachSide() {
        // 5 + 2 − 3 + 1 = 5
        assertAxis(geometry(5, 3, Padding.explicit(1), 1, 1), 1, 1, 5);
        // 5 + 6 − 3 = 8, floor(8/2) + 1 = 5
        assertAxis(geometry(5, 3, Padding.explicit(3), 2, 1), 3, 3, 5);
    }

    @Test
    void explicitZeroIsValid() {
        Geometry g = geometry(6, 3, Padding.explicit(0), 1, 1);
        Geometry v = geometry(6, 3, Padding.VALID, 1, 1);
        assertThat(g).isEqualTo(v);
    }

    @Test
    void sameModeKeepsSizeWithStrideOne() {
        assertAxis(geometry(5, 3, Padding.SAME, 1, 1), 1, 1, 5);
        // dilation 2: total = 4·1 + 4 + 1 − 5 = 4
        assertAxis(geometry(5, 3, Padding.SAME, 1, 2), 2, 2, 5);
    }

    @Test
    void sameWithEvenKernelPutsTheExtraZeroAfter() {
        // K = 4: total = 4 + 3 + 1 − 5 = 3 → before 1, after 2
        assertAxis(geometry(5, 4, Padding.SAME, 1, 1), 1, 2, 5);
        // K = 2: total = 2 + 1 + 1 − 3 = 1 → before 0, after 1
        assertAxis(geometry(3, 2, Padding.SAME, 1, 1), 0, 1, 3);
    }

    @Test
    void sameWithStrideTwoGivesCeilOfHalf() {
        // H = 5, K = 3: out = ceil(5/2) = 3, total = 2·2 + 2 + 1 − 5 = 2 → 1, 1
        assertAxis(geometry(5, 3, Padding.SAME, 2, 1), 1, 1, 3);
        // H = 6, K = 3: out = 3, total = 4 + 2 + 1 − 6 = 1 → 0, 1 (TensorFlow)
        assertAxis(geometry(6, 3, Padding.SAME, 2, 1), 0, 1, 3);
        // H = 5, K = 4 (even): out = 3, total = 4 + 3 + 1 − 5 = 3 → 1, 2
        assertAxis(geometry(5, 4, Padding.SAME, 2, 1), 1, 2, 3);
        // H = 8, K = 2 (even): out = 4, total = 6 + 1 + 1 − 8 = 0
        assertAxis(geometry(8, 2, Padding.SAME, 2, 1), 0, 0, 4);
        // H = 5, K = 2: out = 3, total = 4 + 1 + 1 − 5 = 1 → 0, 1
        assertAxis(geometry(5, 2, Padding.SAME, 2, 1), 0, 1, 3);
    }

    @Test
    void sameWithLargeStrideNeverPadsNegatively() {
        // H = 4, K = 1, s = 3: out = 2, total = max(3 + 0 + 1 − 4, 0) = 0
        assertAxis(geometry(4, 1, Padding.SAME, 3, 1), 0, 0, 2);
        // H = 7, K = 2, s = 5: out = 2, total = max(5 + 1 + 1 − 7, 0) = 0
        assertAxis(geometry(7, 2, Padding.SAME, 5, 1), 0, 0, 2);
    }

    @Test
    void strideDividesTheRoom() {
        // floor((7 − 3)/2) + 1 = 3; floor((8 − 3)/2) + 1 = 3
        assertAxis(geometry(7, 3, Padding.VALID, 2, 1), 0, 0, 3);
        assertAxis(geometry(8, 3, Padding.VALID, 2, 1), 0, 0, 3);
        assertAxis(geometry(9, 3, Padding.VALID, 2, 1), 0, 0, 4);
    }

    @Test
    void rectangularInputsUseEachAxisOnItsOwn() {
        Geometry g = Geometry.of(4, 9, 3, 2, new ConvSettings(Padding.SAME, 2, 1, false));
        // rows: out 2, total = 2 + 2 + 1 − 4 = 1 → 0, 1; columns: out 5, total = 8 + 1 + 1 − 9 = 1
        // → 0, 1
        assertThat(
                        new int[] {
                            g.outHeight(),
                            g.padTop(),
                            g.padBottom(),
                            g.outWidth(),
                            g.padLeft(),
                            g.padRight()
                        })
                .containsExactly(2, 0, 1, 5, 0, 1);
    }

    @Test
    void windowStartsInThePaddingAtTheTopLeftCorner() {
        Geometry same = geometry(3, 3, Padding.SAME, 1, 1);
        assertThat(same.window(0, 0)).isEqualTo(new Window(-1, -1, 3, 3));
        assertThat(same.window(2, 1)).isEqualTo(new Window(1, 0, 3, 3));
        Geometry full = geometry(3, 3, Padding.FULL, 1, 1);
        assertThat(full.window(0, 0)).isEqualTo(new Window(-2, -2, 3, 3));
        assertThat(full.window(4, 4)).isEqualTo(new Window(2, 2, 3, 3));
    }

    @Test
    void windowCoversTheDilatedSpanAtStrideSteps() {
        // s = 2, d = 2, K = 3, p = 1: top = y·2 − 1, height = 2·2 + 1 = 5
        Geometry g = geometry(9, 3, Padding.explicit(1), 2, 2);
        assertThat(g.window(0, 0)).isEqualTo(new Window(-1, -1, 5, 5));
        assertThat(g.window(1, 3)).isEqualTo(new Window(1, 5, 5, 5));
        assertThat(g.inputRow(1, 2)).isEqualTo(2 + 4 - 1);
        assertThat(g.inputCol(0, 0)).isEqualTo(-1);
    }

    @Test
    void kernelLargerThanThePaddedInputIsRefusedSayingTheOutputWouldBeEmpty() {
        assertThatThrownBy(() -> geometry(2, 3, Padding.VALID, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("output would be empty");
        // dilation 2 spreads a 3-tap kernel over 5 cells, more than 4
        assertThatThrownBy(() -> geometry(4, 3, Padding.VALID, 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("output would be empty")
                .hasMessageContaining("5×5");
        // with padding it fits
        assertThat(geometry(2, 3, Padding.explicit(1), 1, 1).outHeight()).isEqualTo(2);
    }

    @Test
    void strideAndDilationBelowOneAreRefused() {
        assertThatThrownBy(() -> new ConvSettings(Padding.VALID, 0, 1, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stride must be at least 1, got 0");
        assertThatThrownBy(() -> new ConvSettings(Padding.VALID, 1, -2, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dilation must be at least 1, got -2");
    }

    @Test
    void negativeOrUnknownPaddingIsRefused() {
        assertThatThrownBy(() -> Padding.explicit(-1)).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> Padding.parse("-3")).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> Padding.parse("medium")).hasMessageContaining("\"medium\"");
    }

    @Test
    void paddingParsesWhatItPrints() {
        for (Padding p :
                new Padding[] {Padding.VALID, Padding.SAME, Padding.FULL, Padding.explicit(4)}) {
            assertThat(Padding.parse(p.toString())).isEqualTo(p);
        }
        assertThat(Padding.parse(" Same ")).isEqualTo(Padding.SAME);
    }

    @Test
    void outputTooLargeToIndexIsRefusedInsteadOfWrappingAround() {
        // 2,147,483,647 + 2 + 2 − 3 + 1 = 2,147,483,649 rows: more than an int holds
        assertThatThrownBy(
                        () ->
                                Geometry.of(
                                        Integer.MAX_VALUE,
                                        5,
                                        3,
                                        3,
                                        ConvSettings.DEFAULT.withPadding(Padding.FULL)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2147483649");
    }

    @Test
    void hugeDilatedPaddingIsComputedWithoutOverflow() {
        // d·(K−1) = 50,000 · 49,999 = 2,499,950,000 zeros: more than an int holds, so refused
        // clearly
        ConvSettings s = new ConvSettings(Padding.FULL, 1, 50_000, false);
        assertThatThrownBy(() -> Geometry.of(100, 100, 50_000, 3, s))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2499950000");
        // same with a large stride: ceil(H/s) must not overflow in H + s − 1
        Geometry g =
                Geometry.of(
                        Integer.MAX_VALUE, 1, 3, 1, new ConvSettings(Padding.SAME, 3, 1, false));
        // out = ceil(2,147,483,647 / 3) = 715,827,883; total = 715,827,882·3 + 3 − 2,147,483,647 =
        // 2 → 1, 1
        assertThat(new int[] {g.outHeight(), g.padTop(), g.padBottom()})
                .containsExactly(715_827_883, 1, 1);
    }
}
