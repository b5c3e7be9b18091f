package org.convlab.view.detector;

import java.util.function.IntPredicate;
import org.convlab.conv.DivergingColorMap;
import org.convlab.view.shared.MapView;

/**
 * The values a map on screen shows, as the one row-major array {@link MapView} draws from, brought
 * up to date row by row. After a brush dab only the rows that can have changed are copied and
 * scanned again, and the smallest and largest values come from each row's extremes: on a 512×512
 * map a dab then costs a few rows, not a copy, a scan and a comparison of a quarter of a million
 * values.
 */
final class MapBuffer {
    /** Writes row y of the map into {@code to} from index {@code at}. */
    @FunctionalInterface
    interface RowSource {
        void copyRow(int y, double[] to, int at);
    }

    private double[] values = new double[0];
    private double[] rowMin = new double[0];
    private double[] rowMax = new double[0];
    private int rows = -1;
    private int cols = -1;
    private int changedFrom = -1;
    private int changedTo = -1;

    /**
     * Takes a new version of the map. {@code mayDiffer} says which rows may differ from the version
     * taken before; every row is copied when the shape changed (and the first time).
     */
    void update(int newRows, int newCols, RowSource source, IntPredicate mayDiffer) {
        boolean all = newRows != rows || newCols != cols;
        if (all) {
            rows = newRows;
            cols = newCols;
            values = new double[newRows * newCols];
            rowMin = new double[newRows];
            rowMax = new double[newRows];
        }
        changedFrom = -1;
        changedTo = -1;
        for (int y = 0; y < rows; y++) {
            if (!all && !mayDiffer.test(y)) {
                continue;
            }
            int at = y * cols;
            source.copyRow(y, values, at);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int x = at; x < at + cols; x++) {
                lo = Math.min(lo, values[x]);
                hi = Math.max(hi, values[x]);
            }
            rowMin[y] = lo;
            rowMax[y] = hi;
            if (changedFrom < 0) {
                changedFrom = y;
            }
            changedTo = y;
        }
    }

    /**
     * Shows the values in {@code map} on the scale that fits them, recolouring only the rows the
     * last update copied (all of them if the map showed something else before).
     */
    void showIn(MapView map, MapView.Style style) {
        map.setRows(
                values,
                rows,
                cols,
                style,
                DivergingColorMap.forRange(min(), max()),
                changedFrom,
                changedTo);
    }

    /** The array itself, kept and overwritten by later updates. */
    double[] values() {
        return values;
    }

    /** First row the last update copied, or −1 if it copied none. */
    int changedFrom() {
        return changedFrom;
    }

    /** Last row the last update copied, or −1. */
    int changedTo() {
        return changedTo;
    }

    /** The smallest value (0 for an empty map). */
    double min() {
        double m = Double.POSITIVE_INFINITY;
        for (double v : rowMin) {
            m = Math.min(m, v);
        }
        return rowMin.length == 0 || cols == 0 ? 0 : m;
    }

    /** The largest value (0 for an empty map). */
    double max() {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : rowMax) {
            m = Math.max(m, v);
        }
        return rowMax.length == 0 || cols == 0 ? 0 : m;
    }
}
