package org.convlab.conv;

import java.util.Arrays;
import java.util.List;

/**
 * The (H'·W'·N)×(H·W·C) matrix M of a conv layer, with {@code M·vec(x) + b = vec(conv(x))}. Rows
 * are output cells in planar order {@code (n·H' + y)·W' + x}; columns are input cells {@code (c·H +
 * row)·W + col}. Each non-zero entry remembers which kernel weight it is, which is what makes the
 * weight sharing visible.
 */
public final class DenseEquivalent {
    /** The largest matrix built, in entries; above it we refuse rather than exhaust memory. */
    public static final long MAX_ENTRIES = 4_194_304L;

    private final int rows;
    private final int cols;
    private final double[] values;
    private final int[] weightIndex;
    private final double[] biases;
    private final Geometry geometry;
    private final int filters;
    private final int channels;

    private DenseEquivalent(
            int rows,
            int cols,
            double[] values,
            int[] weightIndex,
            double[] biases,
            Geometry geometry,
            int filters,
            int channels) {
        this.rows = rows;
        this.cols = cols;
        this.values = values;
        this.weightIndex = weightIndex;
        this.biases = biases;
        this.geometry = geometry;
        this.filters = filters;
        this.channels = channels;
    }

    /**
     * Builds M for raw-mode filters on an H×W×C input (each filter C/g deep with {@code s.groups()}
     * = g; M keeps every input column, a filter's taps fill only its group's); refuses above {@link
     * #MAX_ENTRIES}.
     */
    public static DenseEquivalent of(int h, int w, int c, List<Filter> filters, ConvSettings s) {
        if (filters.isEmpty()) {
            throw new IllegalArgumentException("the layer needs at least one filter");
        }
        Filter first = filters.get(0);
        int groups = s.groups();
        s.requireGroupsFit(c, filters.size());
        // A grouped filter spans only its group's C/g channels.
        int depth = c / groups;
        for (Filter f : filters) {
            if (f.channels() != depth
                    || f.height() != first.height()
                    || f.width() != first.width()) {
                throw new IllegalArgumentException(
                        "every filter must be "
                                + first.height()
                                + "×"
                                + first.width()
                                + "×"
                                + depth);
            }
        }
        Geometry g = Geometry.of(h, w, first.height(), first.width(), s);
        long rows = (long) g.outHeight() * g.outWidth() * filters.size();
        long cols = (long) h * w * c;
        if (rows * cols > MAX_ENTRIES) {
            throw new IllegalArgumentException(
                    "the dense matrix would be "
                            + rows
                            + "×"
                            + cols
                            + " = "
                            + rows * cols
                            + " entries; ConvLab draws at most "
                            + MAX_ENTRIES);
        }
        int r = (int) rows;
        int q = (int) cols;
        double[] m = new double[r * q];
        int[] idx = new int[r * q];
        Arrays.fill(idx, -1);
        double[] b = new double[r];
        int kh = first.height();
        int kw = first.width();
        int perFilter = depth * kh * kw;
        for (int n = 0; n < filters.size(); n++) {
            Filter f = s.flip() ? filters.get(n).rotated180() : filters.get(n);
            int firstChannel = s.firstChannel(n, filters.size(), c);
            for (int y = 0; y < g.outHeight(); y++) {
                for (int x = 0; x < g.outWidth(); x++) {
                    int row = (n * g.outHeight() + y) * g.outWidth() + x;
                    b[row] = f.bias();
                    for (int ch = 0; ch < depth; ch++) {
                        for (int i = 0; i < kh; i++) {
                            int iy = g.inputRow(y, i);
                            if (iy < 0 || iy >= h) {
                                continue;
                            }
                            for (int j = 0; j < kw; j++) {
                                int ix = g.inputCol(x, j);
                                if (ix < 0 || ix >= w) {
                                    continue;
                                }
                                int col = ((firstChannel + ch) * h + iy) * w + ix;
                                int k = (ch * kh + i) * kw + j;
                                m[row * q + col] = f.get(ch, i, j);
                                idx[row * q + col] = n * perFilter + k;
                            }
                        }
                    }
                }
            }
        }
        return new DenseEquivalent(r, q, m, idx, b, g, filters.size(), c);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public Geometry geometry() {
        return geometry;
    }

    public int filters() {
        return filters;
    }

    public int channels() {
        return channels;
    }

    public double get(int row, int col) {
        return values[row * cols + col];
    }

    /**
     * Whether (row, col) is a structural entry (a tap inside the image), even if its weight is 0.
     */
    public boolean isEntry(int row, int col) {
        return weightIndex[row * cols + col] >= 0;
    }

    /**
     * Which kernel weight the entry is, as {@code n·(C/g)·KH·KW + (c·KH + i)·KW + j} with c the
     * channel within the filter's group; −1 for no entry.
     */
    public int weightIndex(int row, int col) {
        return weightIndex[row * cols + col];
    }

    public double bias(int row) {
        return biases[row];
    }

    /** Structural non-zeros: taps that land inside the image. */
    public long entryCount() {
        long n = 0;
        for (int i : weightIndex) {
            if (i >= 0) {
                n++;
            }
        }
        return n;
    }

    /** {@code M·vec(x) + b}, in the planar output order. */
    public double[] apply(Image in) {
        if ((long) in.height() * in.width() * in.channels() != cols) {
            throw new IllegalArgumentException(
                    "the input has "
                            + (long) in.height() * in.width() * in.channels()
                            + " cells but the matrix has "
                            + cols
                            + " columns");
        }
        double[] x = in.raw();
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            int base = r * cols;
            for (int q = 0; q < cols; q++) {
                sum += values[base + q] * x[q];
            }
            out[r] = sum + biases[r];
        }
        return out;
    }
}
