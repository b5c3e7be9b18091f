package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DenseEquivalentTest {
    @Test
    void oneDimensionalKernelBecomesABandedMatrix() {
        // [x0 x1 x2] ⋆ [1 2], valid: rows (1 2 0) and (0 1 2), bias 5 on both
        DenseEquivalent m =
                DenseEquivalent.of(
                        1,
                        3,
                        1,
                        List.of(Filter.ofRows(new double[][] {{1, 2}}, 5)),
                        ConvSettings.DEFAULT);
        assertThat(
                        new double[] {
                            m.get(0, 0),
                            m.get(0, 1),
                            m.get(0, 2),
                            m.get(1, 0),
                            m.get(1, 1),
                            m.get(1, 2)
                        })
                .containsExactly(1, 2, 0, 0, 1, 2);
        assertThat(
                        new int[] {
                            m.weightIndex(0, 0),
                            m.weightIndex(0, 1),
                            m.weightIndex(0, 2),
                            m.weightIndex(1, 1)
                        })
                .containsExactly(0, 1, -1, 0);
        assertThat(m.bias(1)).isEqualTo(5);
        assertThat(m.apply(Image.ofRows(new double[][] {{3, 4, 5}})))
                .containsExactly(3 + 8 + 5, 4 + 10 + 5);
        assertThat(m.entryCount()).isEqualTo(4);
    }

    @Test
    void tapsOnThePaddingAreNotEntries() {
        // full padding: 4 rows, taps inside: 1 + 2 + 2 + 1 = 6 (a zero weight is still an entry)
        DenseEquivalent m =
                DenseEquivalent.of(
                        1,
                        3,
                        1,
                        List.of(Filter.ofRows(new double[][] {{0, 2}})),
                        ConvSettings.DEFAULT.withPadding(Padding.FULL));
        assertThat(m.rows()).isEqualTo(4);
        assertThat(m.entryCount()).isEqualTo(6);
        assertThat(m.isEntry(1, 0)).isTrue();
        assertThat(m.get(1, 0)).isZero();
    }

    @Test
    void refusesMatricesAboveTheLimit() {
        // 64·64 inputs → 62·62 outputs: 4096 · 3844 = 15,745,024 entries > 4,194,304
        Filter k = Filter.of(3, 3, 1, new double[9], 0);
        assertThatThrownBy(() -> DenseEquivalent.of(64, 64, 1, List.of(k), ConvSettings.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("15745024")
                .hasMessageContaining(Long.toString(DenseEquivalent.MAX_ENTRIES));
    }

    @Test
    void refusesFiltersOfDifferentShapes() {
        assertThatThrownBy(
                        () ->
                                DenseEquivalent.of(
                                        4,
                                        4,
                                        1,
                                        List.of(
                                                Filter.ofRows(new double[][] {{1}}),
                                                Filter.ofRows(new double[][] {{1, 1}})),
                                        ConvSettings.DEFAULT))
                .hasMessageContaining("every filter must be 1×1×1");
        assertThatThrownBy(() -> DenseEquivalent.of(4, 4, 1, List.of(), ConvSettings.DEFAULT))
                .hasMessageContaining("at least one filter");
    }
}
