package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.convlab.conv.fast.RowMaxima;
import org.junit.jupiter.api.Test;

/** The argmax through row maxima against {@link Argmax#of} on maps full of ties and zeros. */
class RowMaximaTest {
    @Test
    void argmaxThroughRowMaximaEqualsTheFullScan() {
        Random r = new Random(31);
        double[] palette = {0.0, -0.0, 1, 1 + 1e-12, 1 - 1e-12, 2, -3, 1e12, 1e12 + 1, 1e12 + 5000};
        for (int k = 0; k < 5000; k++) {
            int h = 1 + r.nextInt(6);
            int w = 1 + r.nextInt(6);
            double[][] rows = new double[h][w];
            for (double[] row : rows) {
                for (int x = 0; x < w; x++) {
                    row[x] =
                            r.nextInt(3) == 0
                                    ? r.nextGaussian()
                                    : palette[r.nextInt(palette.length)];
                }
            }
            if (r.nextInt(10) == 0) {
                double[] odd = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
                rows[r.nextInt(h)][r.nextInt(w)] = odd[r.nextInt(odd.length)];
            }
            double[] flat = new double[h * w];
            for (int y = 0; y < h; y++) {
                System.arraycopy(rows[y], 0, flat, y * w, w);
            }
            Argmax expected = Argmax.of(flat, h, w);
            Argmax actual = Engine.argmax(RowMaxima.of(rows), rows, 3, -2);
            assertThat(Double.doubleToRawLongBits(actual.max()))
                    .as(Arrays.deepToString(rows))
                    .isEqualTo(Double.doubleToRawLongBits(expected.max()));
            assertThat(new int[] {actual.row(), actual.col()})
                    .containsExactly(expected.row() + 3, expected.col() - 2);
            assertThat(actual.ties()).hasSameSizeAs(expected.ties());
            for (int t = 0; t < expected.ties().size(); t++) {
                assertThat(actual.ties().get(t))
                        .isEqualTo(
                                new Cell(
                                        expected.ties().get(t).row() + 3,
                                        expected.ties().get(t).col() - 2));
            }
        }
    }

    @Test
    void refreshedRowsGiveTheNewArgmax() {
        double[][] rows = {{1, 2}, {3, 4}};
        RowMaxima m = RowMaxima.of(rows);
        rows[0] = new double[] {9, 0};
        m.refresh(rows, 0, 1);
        Argmax a = Engine.argmax(m, rows, 0, 0);
        assertThat(a.max()).isEqualTo(9);
        assertThat(new int[] {a.row(), a.col()}).containsExactly(0, 0);
    }
}
