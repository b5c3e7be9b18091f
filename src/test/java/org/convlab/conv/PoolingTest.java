package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PoolingTest {
    private static final double[][] MAP = {
        {1, 2, 3, 4, 5},
        {6, 7, 8, 9, 10},
        {11, 12, 13, 14, 15},
        {16, 17, 18, 19, 20},
        {21, 22, 23, 24, 25}
    };

    @Test
    void maxPoolTwoByTwoStrideTwoKeepsOnlyWholeWindows() {
        double[][] out = Pooling.window(Pooling.Kind.MAX, 2).apply(MAP);
        assertThat(out).isDeepEqualTo(new double[][] {{7, 9}, {17, 19}});
    }

    @Test
    void averagePoolWithStrideOneOverlaps() {
        double[][] out = Pooling.window(Pooling.Kind.AVERAGE, 2, 1).apply(MAP);
        assertThat(out.length).isEqualTo(4);
        assertThat(out[0]).containsExactly(4, 5, 6, 7);
        assertThat(out[3]).containsExactly(19, 20, 21, 22);
    }

    @Test
    void globalPoolsGiveOneCell() {
        assertThat(Pooling.global(Pooling.Kind.GLOBAL_MAX).apply(MAP))
                .isDeepEqualTo(new double[][] {{25}});
        assertThat(Pooling.global(Pooling.Kind.GLOBAL_AVERAGE).apply(MAP))
                .isDeepEqualTo(new double[][] {{13}});
    }

    @Test
    void oneDimensionalSignalsPoolAlike() {
        double[] signal = {0, 3, 1, 1, 5, 2, 7};
        assertThat(Pooling.window(Pooling.Kind.MAX, 2).apply(signal)).containsExactly(3, 1, 5);
        assertThat(Pooling.global(Pooling.Kind.GLOBAL_MAX).apply(signal)).containsExactly(7);
        assertThat(Pooling.window(Pooling.Kind.MAX, 3, 2).outSize(7)).isEqualTo(3);
    }

    @Test
    void refusesWindowsThatDoNotFitWithOneLine() {
        Pooling p = Pooling.window(Pooling.Kind.MAX, 6);
        assertThat(p.refusal(5, 5))
                .isEqualTo("pooling window 6×6 is larger than the 5×5 map it pools");
        assertThatThrownBy(() -> p.apply(MAP)).hasMessage(p.refusal(5, 5));
        assertThatThrownBy(() -> Pooling.window(Pooling.Kind.MAX, 0))
                .hasMessage("pooling size must be at least 1, got 0");
        assertThatThrownBy(() -> Pooling.window(Pooling.Kind.AVERAGE, 2, 0))
                .hasMessage("pooling stride must be at least 1, got 0");
        assertThatThrownBy(() -> Pooling.Kind.parse("median"))
                .hasMessageContaining("got \"median\"");
    }

    @Test
    void describesItselfInWords() {
        assertThat(Pooling.window(Pooling.Kind.MAX, 2).describe()).isEqualTo("max 2×2, stride 2");
        assertThat(Pooling.global(Pooling.Kind.GLOBAL_AVERAGE).describe())
                .isEqualTo("global average");
        assertThat(Pooling.Kind.parse(" Global-Max ")).isEqualTo(Pooling.Kind.GLOBAL_MAX);
    }
}
