package org.convlab.core;

/**
 * The H'×W' output of one filter, with the geometry that says which input window each cell read.
 *
 * <p>Values are kept as one array per row so that the {@link DetectionEngine} can bring a map up
 * to date after a brush dab by copying only the rows the dab touched and sharing the rest with the
 * previous, unchanged map.
 */
public final class ResponseMap {
    private final Geometry geometry;
    private final double[][] rows;

    /** Takes ownership of {@code rows} (H' arrays of W'); nobody may write to them afterwards. */
    ResponseMap(Geometry geometry, double[][] rows) {
        this.geometry = geometry;
        this.rows = rows;
    }

    public int height() {
        return geometry.outHeight();
    }

    public int width() {
        return geometry.outWidth();
    }

    public Geometry geometry() {
        return geometry;
    }

    public double get(int y, int x) {
        return rows[y][x];
    }

    /** Row-major copy of the values. */
    public double[] toArray() {
        int w = width();
        double[] a = new double[height() * w];
        for (int y = 0; y < rows.length; y++) {
            System.arraycopy(rows[y], 0, a, y * w, w);
        }
        return a;
    }

    /** Rows {@code [y][x]}, for JSON and printing. */
    public double[][] toRows() {
        double[][] r = new double[rows.length][];
        for (int y = 0; y < rows.length; y++) {
            r[y] = rows[y].clone();
        }
        return r;
    }

    /** Row-major values (a fresh array). */
    double[] raw() {
        return toArray();
    }

    /** Row y itself, not a copy; callers in this package promise not to write to it. */
    double[] row(int y) {
        return rows[y];
    }

    /** The row arrays themselves, for building an updated map that shares the unchanged rows. */
    double[][] rows() {
        return rows;
    }

    /** The input window cell (y, x) reads. */
    public Window window(int y, int x) {
        return geometry.window(y, x);
    }
}
