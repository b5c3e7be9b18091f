package org.convlab.conv;

/**
 * The H'×W' output of one filter, with the geometry that says which input window each cell read.
 *
 * <p>Values are kept as one array per row so that the {@link DetectionEngine} can bring a map up to
 * date after a brush dab by copying only the rows the dab touched and sharing the rest with the
 * previous, unchanged map. A row computed on the float path (whole numbers a float holds exactly)
 * stays a {@code float[]}: widening it to double would cost a third of a full recompute and change
 * no value, as every float widens to exactly the double the double path would have given.
 */
public final class ResponseMap {
    private final Geometry geometry;

    /**
     * Which input window each cell reads: the geometry itself for a filter's map; for a pooled map,
     * its pooling composed with the filter's geometry ({@link Geometry#followedBy}).
     */
    private final Geometry reads;

    /** Row y as doubles, or null where {@code floatRows[y]} holds it. */
    private final double[][] rows;

    /** Row y as floats where {@code rows[y]} is null; null when every row is double. */
    private final float[][] floatRows;

    /** Takes ownership of {@code rows} (H' arrays of W'); nobody may write to them afterwards. */
    ResponseMap(Geometry geometry, double[][] rows) {
        this(geometry, rows, null);
    }

    /**
     * Takes ownership of both arrays of rows: for each y exactly one of {@code rows[y]} and {@code
     * floatRows[y]} is set ({@code floatRows} may be null when every row is double).
     */
    ResponseMap(Geometry geometry, double[][] rows, float[][] floatRows) {
        this(geometry, geometry, rows, floatRows);
    }

    /**
     * A map computed from another map (a pooled map): {@code geometry} relates it to the map it
     * pools, {@code reads} to the input image. Takes ownership of {@code rows}.
     */
    ResponseMap(Geometry geometry, Geometry reads, double[][] rows) {
        this(geometry, reads, rows, null);
    }

    private ResponseMap(Geometry geometry, Geometry reads, double[][] rows, float[][] floatRows) {
        this.geometry = geometry;
        this.reads = reads;
        this.rows = rows;
        this.floatRows = floatRows;
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
        double[] r = rows[y];
        return r != null ? r[x] : floatRows[y][x];
    }

    /** Row-major copy of the values. */
    public double[] toArray() {
        int w = width();
        double[] a = new double[height() * w];
        for (int y = 0; y < rows.length; y++) {
            copyRow(y, a, y * w);
        }
        return a;
    }

    /** Rows {@code [y][x]}, for JSON and printing. */
    public double[][] toRows() {
        double[][] r = new double[rows.length][];
        for (int y = 0; y < rows.length; y++) {
            r[y] = new double[width()];
            copyRow(y, r[y], 0);
        }
        return r;
    }

    /**
     * Whether row y is the very row {@code older} has (an incremental update shares the rows a dab
     * did not reach), so it holds the same values; false for maps of different shapes. A false
     * answer promises nothing: the values may still be equal. Lets a screen redraw only new rows.
     */
    public boolean sharesRow(ResponseMap older, int y) {
        if (older == null || older.height() != height() || older.width() != width()) {
            return false;
        }
        double[] r = rows[y];
        return r != null
                ? r == older.rows[y]
                : floatRows[y] == (older.floatRows == null ? null : older.floatRows[y]);
    }

    /** Writes row y into {@code to} from index {@code at}. */
    public void copyRow(int y, double[] to, int at) {
        double[] r = rows[y];
        if (r != null) {
            System.arraycopy(r, 0, to, at, r.length);
            return;
        }
        float[] f = floatRows[y];
        for (int x = 0; x < f.length; x++) {
            to[at + x] = f[x];
        }
    }

    /** Row-major values (a fresh array). */
    double[] raw() {
        return toArray();
    }

    /**
     * {@code out[x] += gain · value(y, x + shift)} for x in [from, to): one term of a combined map,
     * with the same arithmetic whether the row is kept as doubles or floats.
     */
    void addScaledRow(int y, double gain, int shift, double[] out, int from, int to) {
        double[] r = rows[y];
        if (r != null) {
            if (shift == 0) {
                // Without the offset the JIT can vectorize the loop.
                for (int x = from; x < to; x++) {
                    out[x] += gain * r[x];
                }
            } else {
                for (int x = from; x < to; x++) {
                    out[x] += gain * r[x + shift];
                }
            }
            return;
        }
        float[] f = floatRows[y];
        for (int x = from; x < to; x++) {
            out[x] += gain * f[x + shift];
        }
    }

    /**
     * This map with cells [y0, y1) × [x0, x1) replaced by {@code cells}: the touched rows are
     * copied (as doubles), every other row is shared with this map.
     */
    ResponseMap withCells(int y0, int y1, int x0, int x1, CellValues cells) {
        double[][] newRows = rows.clone();
        float[][] newFloats = floatRows == null ? null : floatRows.clone();
        for (int y = y0; y < y1; y++) {
            double[] row = new double[width()];
            copyRow(y, row, 0);
            for (int x = x0; x < x1; x++) {
                row[x] = cells.value(y, x);
            }
            newRows[y] = row;
            if (newFloats != null) {
                newFloats[y] = null;
            }
        }
        return new ResponseMap(geometry, reads, newRows, newFloats);
    }

    /** The value of one output cell, computed afresh. */
    @FunctionalInterface
    interface CellValues {
        double value(int y, int x);
    }

    /** How many rows are kept as floats (for tests of the float path). */
    int floatRowCount() {
        int n = 0;
        for (double[] r : rows) {
            n += r == null ? 1 : 0;
        }
        return n;
    }

    /** The input window cell (y, x) reads. */
    public Window window(int y, int x) {
        return reads.window(y, x);
    }

    /** How cells relate to the input image (equal to {@link #geometry} for a filter's map). */
    public Geometry inputGeometry() {
        return reads;
    }
}
