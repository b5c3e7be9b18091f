package org.convlab.core;

/**
 * The H'×W' output of one filter, with the geometry that says which input window each cell read.
 */
public final class ResponseMap {
    private final Geometry geometry;
    private final double[] values;

    ResponseMap(Geometry geometry, double[] values) {
        this.geometry = geometry;
        this.values = values;
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
        return values[y * geometry.outWidth() + x];
    }

    /** Row-major copy of the values. */
    public double[] toArray() {
        return values.clone();
    }

    /** Rows {@code [y][x]}, for JSON and printing. */
    public double[][] toRows() {
        double[][] r = new double[height()][width()];
        for (int y = 0; y < height(); y++) {
            System.arraycopy(values, y * width(), r[y], 0, width());
        }
        return r;
    }

    double[] raw() {
        return values;
    }

    /** The input window cell (y, x) reads. */
    public Window window(int y, int x) {
        return geometry.window(y, x);
    }
}
