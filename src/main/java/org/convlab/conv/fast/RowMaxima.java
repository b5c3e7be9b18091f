package org.convlab.conv.fast;

import java.util.ArrayList;
import java.util.List;

/**
 * The largest value of every row of a map. The argmax is then found by looking at the row maxima
 * and scanning only rows that can hold a tie, and a brush dab only has to refresh the maxima of the
 * rows it changed. Gives exactly what {@code conv}'s {@code Argmax.of} gives on the same values.
 */
public final class RowMaxima {
    private final double[] max;

    /** Whether each row holds a NaN; a NaN or an infinite maximum needs the full scan instead. */
    private final boolean[] nan;

    private RowMaxima(double[] max, boolean[] nan) {
        this.max = max;
        this.nan = nan;
    }

    public static RowMaxima of(double[][] rows) {
        RowMaxima m = new RowMaxima(new double[rows.length], new boolean[rows.length]);
        m.refresh(rows, 0, rows.length);
        return m;
    }

    /** Recomputes the maxima of rows [from, to) after they changed. */
    public void refresh(double[][] rows, int from, int to) {
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
     * The maximum of the map held in {@code rows} and every position within {@code tolerance ·
     * max(1, |max|)} of it, row-major, positions shifted by (top, left); null if the map holds a
     * NaN or its maximum is infinite, which the caller's full scan handles. Without NaNs the first
     * maximum is the one a row-major scan with {@code >} finds; a row is scanned for ties only when
     * its own maximum ties, which misses none because rounding {@code |v − max|} is monotone in v.
     * Each tie is made by {@code cell}, the caller's own cell type, which the engine may not see.
     */
    public <C> Peak<C> peak(
            double[][] rows, int top, int left, double tolerance, CellMaker<C> cell) {
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
            return null;
        }
        double tol = tolerance * Math.max(1, Math.abs(best));
        List<C> ties = new ArrayList<>();
        for (int y = 0; y < h; y++) {
            if (Math.abs(max[y] - best) <= tol) {
                double[] r = rows[y];
                for (int x = 0; x < w; x++) {
                    if (Math.abs(r[x] - best) <= tol) {
                        ties.add(cell.at(y + top, x + left));
                    }
                }
            }
        }
        return new Peak<>(best, ties);
    }

    /**
     * Makes the caller's value for cell (row, col). A blank map ties in every cell, so the ties are
     * built once, in the caller's type, rather than as pairs to be copied.
     */
    @FunctionalInterface
    public interface CellMaker<C> {
        C at(int row, int col);
    }

    /** A map's maximum and the positions that tie with it, the first maximum first. */
    public record Peak<C>(double max, List<C> ties) {}
}
