package org.convlab.conv;

import java.util.ArrayList;
import java.util.List;

/**
 * The largest value of every row of a map. The argmax is then found by looking at the row maxima
 * and scanning only rows that can hold a tie, and a brush dab only has to refresh the maxima of the
 * rows it changed. Gives exactly what {@link Argmax#of} gives on the same values.
 */
final class RowMaxima {
    private final double[] max;

    /** Whether each row holds a NaN; a NaN or an infinite maximum sends us to {@link Argmax#of}. */
    private final boolean[] nan;

    private RowMaxima(double[] max, boolean[] nan) {
        this.max = max;
        this.nan = nan;
    }

    static RowMaxima of(double[][] rows) {
        RowMaxima m = new RowMaxima(new double[rows.length], new boolean[rows.length]);
        m.refresh(rows, 0, rows.length);
        return m;
    }

    /** Recomputes the maxima of rows [from, to) after they changed. */
    void refresh(double[][] rows, int from, int to) {
        for (int y = from; y < to; y++) {
            double[] r = rows[y];
            double m = r[0];
            boolean sawNaN = false;
            for (double v : r) {
                if (v > m) {
                    m = v;
                }
                // Both branches are almost never taken, so this costs far less than a running
                // v·0 sum, whose chain of dependent additions cannot overlap.
                if (v != v) {
                    sawNaN = true;
                }
            }
            max[y] = m;
            nan[y] = sawNaN;
        }
    }

    /**
     * The argmax of the map held in {@code rows}, positions shifted by (top, left). Without NaNs
     * the first maximum is the one a row-major scan with {@code >} finds, as in {@link Argmax#of};
     * a row is scanned for ties only when its own maximum ties, which misses none because rounding
     * {@code |v − max|} is monotone in v.
     */
    Argmax argmax(double[][] rows, int top, int left) {
        int h = rows.length;
        int w = rows[0].length;
        double best = max[0];
        boolean anyNaN = nan[0];
        for (int y = 1; y < h; y++) {
            if (max[y] > best) {
                best = max[y];
            }
            anyNaN |= nan[y];
        }
        if (anyNaN || !Double.isFinite(best)) {
            return shifted(Argmax.of(flat(rows), h, w), top, left);
        }
        double tol = Argmax.TIE_TOLERANCE * Math.max(1, Math.abs(best));
        List<int[]> ties = new ArrayList<>();
        for (int y = 0; y < h; y++) {
            if (Math.abs(max[y] - best) <= tol) {
                double[] r = rows[y];
                for (int x = 0; x < w; x++) {
                    if (Math.abs(r[x] - best) <= tol) {
                        ties.add(new int[] {y + top, x + left});
                    }
                }
            }
        }
        int[] first = ties.get(0);
        return new Argmax(best, first[0], first[1], ties);
    }

    private static Argmax shifted(Argmax local, int top, int left) {
        List<int[]> ties =
                local.ties().stream().map(p -> new int[] {p[0] + top, p[1] + left}).toList();
        return new Argmax(local.max(), local.row() + top, local.col() + left, ties);
    }

    private static double[] flat(double[][] rows) {
        int w = rows[0].length;
        double[] a = new double[rows.length * w];
        for (int y = 0; y < rows.length; y++) {
            System.arraycopy(rows[y], 0, a, y * w, w);
        }
        return a;
    }
}
