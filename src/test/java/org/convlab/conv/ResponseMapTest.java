package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A map whose rows are kept as floats reads exactly like the same values kept as doubles. */
class ResponseMapTest {
    private static final Geometry G = Geometry.of(4, 5, 2, 2, ConvSettings.DEFAULT); // 3×4 output

    private static final double[][] VALUES = {
        {0, -3, 7, 16_777_216}, {1, 2, -0.0, 5}, {-8, 9, 10, 11}
    };

    private static ResponseMap asDoubles() {
        double[][] rows = new double[3][];
        for (int y = 0; y < 3; y++) {
            rows[y] = VALUES[y].clone();
        }
        return new ResponseMap(G, rows);
    }

    /** Rows 0 and 2 as floats, row 1 as doubles: the mix an incremental update leaves. */
    private static ResponseMap mixed() {
        double[][] rows = new double[3][];
        float[][] floats = new float[3][];
        for (int y = 0; y < 3; y++) {
            if (y == 1) {
                rows[y] = VALUES[y].clone();
                continue;
            }
            floats[y] = new float[4];
            for (int x = 0; x < 4; x++) {
                floats[y][x] = (float) VALUES[y][x];
            }
        }
        return new ResponseMap(G, rows, floats);
    }

    @Test
    void floatRowsReadAsTheSameDoubles() {
        ResponseMap d = asDoubles();
        ResponseMap f = mixed();
        assertThat(f.floatRowCount()).isEqualTo(2);
        assertThat(f.toArray()).isEqualTo(d.toArray());
        assertThat(f.toRows()).isDeepEqualTo(d.toRows());
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 4; x++) {
                assertThat(Double.doubleToRawLongBits(f.get(y, x)))
                        .isEqualTo(Double.doubleToRawLongBits(d.get(y, x)));
            }
        }
    }

    @Test
    void scaledRowsAddTheSameWithAndWithoutAShift() {
        for (int shift = 0; shift <= 1; shift++) {
            for (int y = 0; y < 3; y++) {
                double[] fromDoubles = {0.5, 0.5, 0.5};
                double[] fromFloats = fromDoubles.clone();
                asDoubles().addScaledRow(y, -2.5, shift, fromDoubles, 0, 3);
                mixed().addScaledRow(y, -2.5, shift, fromFloats, 0, 3);
                assertThat(fromFloats).as("row %d shift %d", y, shift).isEqualTo(fromDoubles);
            }
        }
        double[] out = new double[3];
        mixed().addScaledRow(2, 1, 1, out, 0, 3);
        assertThat(out).containsExactly(9, 10, 11);
    }

    @Test
    void changedCellsCopyOnlyTheirRowsAndLeaveTheOldMapAsItWas() {
        ResponseMap before = mixed();
        ResponseMap after = before.withCells(2, 3, 1, 3, (y, x) -> 100 * y + x);
        assertThat(after.toRows())
                .isDeepEqualTo(
                        new double[][] {
                            {0, -3, 7, 16_777_216}, {1, 2, -0.0, 5}, {-8, 201, 202, 11}
                        });
        assertThat(after.floatRowCount()).as("the changed row is now doubles").isEqualTo(1);
        assertThat(before.toArray()).isEqualTo(asDoubles().toArray());
    }

    @Test
    void wholeNumberMapsKeepFloatRowsAndOthersDoubles() {
        RandomCases r = new RandomCases(40);
        Image binary = r.image(64, 64, 1, true);
        Filter whole = Filter.of(3, 3, 1, new double[] {1, -2, 0, 2, 1, -1, 0, 1, 2}, 3);
        ResponseMap fast =
                Correlation2D.compute(
                        binary, whole, ConvSettings.DEFAULT, MatchMode.RAW, Activation.RELU);
        assertThat(fast.floatRowCount()).isEqualTo(fast.height());
        assertThat(fast.toArray())
                .isEqualTo(
                        StraightCorrelation.compute(
                                binary,
                                whole,
                                ConvSettings.DEFAULT,
                                MatchMode.RAW,
                                Activation.RELU));
        ResponseMap halfBias =
                Correlation2D.compute(
                        binary,
                        whole.withBias(0.5),
                        ConvSettings.DEFAULT,
                        MatchMode.RAW,
                        Activation.NONE);
        assertThat(halfBias.floatRowCount())
                .as("a fractional bias leaves float's exact range")
                .isZero();
        assertThat(
                        Correlation2D.compute(
                                        binary,
                                        whole,
                                        ConvSettings.DEFAULT,
                                        MatchMode.SSD,
                                        Activation.NONE)
                                .floatRowCount())
                .isZero();
    }
}
