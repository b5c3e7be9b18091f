package org.convlab.core;

import java.util.List;

/**
 * The detector map {@code D[y][x] = Σ_k g_k · R_k[y + dy_k][x + dx_k]}, defined on the rectangle
 * of (y, x), in the response maps' own frame, where every term is in range. {@code value(0, 0)} is
 * D at ({@link #top}, {@link #left}).
 */
public final class CombinedMap {
    private final List<DetectorTerm> terms;
    private final int top;
    private final int left;
    private final int height;
    private final int width;
    private final double[] values;

    private CombinedMap(List<DetectorTerm> terms, int top, int left, int height, int width, double[] values) {
        this.terms = terms;
        this.top = top;
        this.left = left;
        this.height = height;
        this.width = width;
        this.values = values;
    }

    /**
     * Combines the terms; refuses an empty set and offsets that leave no cell where all terms are
     * defined.
     */
    public static CombinedMap combine(List<DetectorTerm> terms) {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("a detector needs at least one filter");
        }
        // long: −dy overflows an int for dy = Integer.MIN_VALUE, and the rectangle may lie beyond int range
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
            throw new IllegalArgumentException("the filters' offsets leave no position where every response map is defined");
        }
        if (top < Integer.MIN_VALUE || bottom > Integer.MAX_VALUE || left < Integer.MIN_VALUE || right > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the filters' offsets are too large: the combined map would start at row "
                    + top + ", column " + left);
        }
        int h = (int) (bottom - top + 1);
        int w = (int) (right - left + 1);
        double[] v = new double[h * w];
        for (DetectorTerm t : terms) {
            double[] r = t.map().raw();
            int rw = t.map().width();
            double gain = t.gain();
            for (int y = 0; y < h; y++) {
                int src = (int) ((y + top + t.dy()) * rw + left + t.dx());
                int dst = y * w;
                for (int x = 0; x < w; x++) {
                    v[dst + x] += gain * r[src + x];
                }
            }
        }
        return new CombinedMap(List.copyOf(terms), (int) top, (int) left, h, w, v);
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
        return values[row * width + col];
    }

    /** Whether (y, x) in the maps' frame is inside the defined rectangle. */
    public boolean isDefinedAt(int y, int x) {
        return y >= top && y < top + height && x >= left && x < left + width;
    }

    /** D at (y, x) in the maps' frame. */
    public double at(int y, int x) {
        if (!isDefinedAt(y, x)) {
            throw new IndexOutOfBoundsException("the combined map is not defined at (" + y + ", " + x + ")");
        }
        return values[(y - top) * width + (x - left)];
    }

    public double[] toArray() {
        return values.clone();
    }

    public double[][] toRows() {
        double[][] r = new double[height][width];
        for (int y = 0; y < height; y++) {
            System.arraycopy(values, y * width, r[y], 0, width);
        }
        return r;
    }

    /** The argmax, its position given in the maps' frame. */
    public Argmax argmax() {
        Argmax local = Argmax.of(values, height, width);
        List<int[]> ties = local.ties().stream().map(p -> new int[] {p[0] + top, p[1] + left}).toList();
        return new Argmax(local.max(), local.row() + top, local.col() + left, ties);
    }

    /** The input window D at (y, x) of the maps' frame reads: the bounding box of its terms' windows. */
    public Window window(int y, int x) {
        Window w = null;
        for (DetectorTerm t : terms) {
            Window tw = t.map().window(y + t.dy(), x + t.dx());
            w = w == null ? tw : w.union(tw);
        }
        return w;
    }
}
