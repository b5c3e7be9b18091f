package org.convlab.conv;

import java.util.List;
import org.convlab.conv.fast.RowMaxima;

/**
 * The detector map {@code D[y][x] = Σ_k g_k · R_k[y + dy_k][x + dx_k]}, defined on the rectangle of
 * (y, x), in the response maps' own frame, where every term is in range. {@code value(0, 0)} is D
 * at ({@link #top}, {@link #left}).
 *
 * <p>Values are kept as one array per row so that the {@link DetectionEngine} can update the map
 * after a brush dab by copying only the rows that changed.
 */
public final class CombinedMap {
    private final List<DetectorTerm> terms;
    private final int top;
    private final int left;
    private final int height;
    private final int width;
    private final double[][] rows;

    /** The second layer's bias, added after the terms; 0 for a gain/offset detector. */
    private final double bias;

    /** Whether the terms are a second layer's taps rather than one term per filter. */
    private final boolean secondLayer;

    private CombinedMap(
            List<DetectorTerm> terms, int top, int left, int height, int width, double[][] rows) {
        this(terms, top, left, height, width, rows, 0, false);
    }

    private CombinedMap(
            List<DetectorTerm> terms,
            int top,
            int left,
            int height,
            int width,
            double[][] rows,
            double bias,
            boolean secondLayer) {
        this.bias = bias;
        this.secondLayer = secondLayer;
        this.terms = terms;
        this.top = top;
        this.left = left;
        this.height = height;
        this.width = width;
        this.rows = rows;
    }

    /**
     * Combines the terms; refuses an empty set and offsets that leave no cell where all terms are
     * defined.
     */
    public static CombinedMap combine(List<DetectorTerm> terms) {
        return combine(terms, 0, false);
    }

    /**
     * A second layer's output as a combined map: one term per tap (weight w[k][i][j] on map k at
     * offset (i, j)), plus the bias, so it starts at (0, 0) and is the valid cross-correlation.
     */
    static CombinedMap secondLayer(List<DetectorTerm> taps, double bias) {
        return combine(taps, bias, true);
    }

    private static CombinedMap combine(List<DetectorTerm> terms, double bias, boolean layered) {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("a detector needs at least one filter");
        }
        // long: −dy overflows an int for dy = Integer.MIN_VALUE, and the rectangle may lie beyond
        // int range
        long top = Long.MIN_VALUE;
        long left = Long.MIN_VALUE;
        long bottom = Long.MAX_VALUE;
        long right = Long.MAX_VALUE;
        for (DetectorTerm t : terms) {
            top = Math.max(top, -(long) t.dy());
            left = Math.max(left, -(long) t.dx());
            bottom = Math.min(bottom, t.map().height() - 1L - t.dy());
            right = Math.min(right, t.map().width() - 1L - t.dx());
        }
        if (bottom < top || right < left) {
            throw new IllegalArgumentException(
                    "the filters' offsets leave no position where every response map is defined");
        }
        if (top < Integer.MIN_VALUE
                || bottom > Integer.MAX_VALUE
                || left < Integer.MIN_VALUE
                || right > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "the filters' offsets are too large: the combined map would start at row "
                            + top
                            + ", column "
                            + left);
        }
        int h = (int) (bottom - top + 1);
        int w = (int) (right - left + 1);
        List<DetectorTerm> fixed = List.copyOf(terms);
        double[][] v = new double[h][w];
        for (int y = 0; y < h; y++) {
            sumRow(fixed, (int) top, (int) left, y, v[y], 0, w);
            for (int x = 0; bias != 0 && x < w; x++) {
                v[y][x] += bias;
            }
        }
        return new CombinedMap(fixed, (int) top, (int) left, h, w, v, bias, layered);
    }

    /**
     * Writes D for local row y, columns [from, to), into {@code out}: {@code 0 + g_1·R_1 + g_2·R_2
     * …} in term order, the one summation order every path uses so updates match a full combine.
     */
    static void sumRow(
            List<DetectorTerm> terms, int top, int left, int y, double[] out, int from, int to) {
        for (int x = from; x < to; x++) {
            out[x] = 0.0;
        }
        for (DetectorTerm t : terms) {
            t.map().addScaledRow(y + top + t.dy(), t.gain(), left + t.dx(), out, from, to);
        }
    }

    /** The same terms and rectangle with new rows (ownership passes to the map). */
    CombinedMap withRows(List<DetectorTerm> newTerms, double[][] newRows) {
        return new CombinedMap(
                List.copyOf(newTerms), top, left, height, width, newRows, bias, secondLayer);
    }

    /**
     * Whether this is a second layer's output: then {@link #terms} are its taps (weight w[k][i][j]
     * on map k with offset dy = i, dx = j) and {@link #bias} is added last.
     */
    public boolean isSecondLayer() {
        return secondLayer;
    }

    /** The second layer's bias; 0 for a gain/offset detector. */
    public double bias() {
        return bias;
    }

    /** The row arrays themselves; callers in this package promise not to write to them. */
    double[][] rows() {
        return rows;
    }

    /** Row (in the maps' frame) of {@code value(0, 0)}. */
    public int top() {
        return top;
    }

    /** Column (in the maps' frame) of {@code value(0, 0)}. */
    public int left() {
        return left;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    public List<DetectorTerm> terms() {
        return terms;
    }

    /** D at local index (row, col), i.e. at (top + row, left + col) in the maps' frame. */
    public double value(int row, int col) {
        return rows[row][col];
    }

    /** Whether (y, x) in the maps' frame is inside the defined rectangle. */
    public boolean isDefinedAt(int y, int x) {
        return y >= top && y < top + height && x >= left && x < left + width;
    }

    /** D at (y, x) in the maps' frame. */
    public double at(int y, int x) {
        if (!isDefinedAt(y, x)) {
            throw new IndexOutOfBoundsException(
                    "the combined map is not defined at (" + y + ", " + x + ")");
        }
        return rows[y - top][x - left];
    }

    /**
     * Whether local row y is the very row {@code older} has (see {@link ResponseMap#sharesRow});
     * false for maps of different shapes or rectangles.
     */
    public boolean sharesRow(CombinedMap older, int y) {
        return older != null
                && older.top == top
                && older.left == left
                && older.height == height
                && older.width == width
                && older.rows[y] == rows[y];
    }

    /** Writes local row y into {@code to} from index {@code at}. */
    public void copyRow(int y, double[] to, int at) {
        System.arraycopy(rows[y], 0, to, at, width);
    }

    public double[] toArray() {
        double[] a = new double[height * width];
        for (int y = 0; y < height; y++) {
            copyRow(y, a, y * width);
        }
        return a;
    }

    public double[][] toRows() {
        double[][] r = new double[height][];
        for (int y = 0; y < height; y++) {
            r[y] = rows[y].clone();
        }
        return r;
    }

    /** The argmax, its position given in the maps' frame. */
    public Argmax argmax() {
        return Engine.argmax(RowMaxima.of(rows), rows, top, left);
    }

    /**
     * The input window D at (y, x) of the maps' frame reads: the bounding box of its terms'
     * windows.
     */
    public Window window(int y, int x) {
        Window w = null;
        for (DetectorTerm t : terms) {
            Window tw = t.map().window(y + t.dy(), x + t.dx());
            w = w == null ? tw : w.union(tw);
        }
        return w;
    }
}
