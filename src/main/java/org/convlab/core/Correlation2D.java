package org.convlab.core;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Two-dimensional multi-channel cross-correlation (and true convolution with {@code flip}), in the
 * four matching modes, with zero padding, stride and dilation:
 * {@code out[y][x] = b + Σ_c Σ_i Σ_j in_padded[c][y·s + i·d][x·s + j·d] · w[c][i][j]}.
 *
 * <p>The work is done by {@link PreparedFilter} row by row (several kernel taps per pass over an
 * output row, no padded copy of the input); large maps are split into bands of rows over all
 * cores. Every cell is summed in one fixed order whatever the split, so results do not depend on
 * the number of cores, and integer-valued inputs give exact results. Whole-number images and
 * weights small enough that no sum passes 2^24 (brush-painted images, the homework's weights) are
 * correlated in float, twice as fast and still exact to the bit.
 */
public final class Correlation2D {
    /**
     * Below this many multiply-adds a map is computed on the calling thread alone: a fork costs
     * tens of microseconds, about what 2^20 multiply-adds take on one core.
     */
    static final long PARALLEL_WORK = 1L << 20;

    private Correlation2D() {
    }

    /** Computes one filter's response map. */
    public static ResponseMap compute(Image in, Filter filter, ConvSettings s, MatchMode mode, Activation act) {
        if (filter.channels() != in.channels()) {
            throw new IllegalArgumentException("the filter has " + filter.channels() + " channel(s) but the image has " + in.channels());
        }
        Geometry g = Geometry.of(in.height(), in.width(), filter.height(), filter.width(), s);
        return compute(in, s.flip() ? filter.rotated180() : filter, g, mode, act);
    }

    /** Computes with a ready geometry and an already flipped (or not) kernel. */
    static ResponseMap compute(Image in, Filter k, Geometry g, MatchMode mode, Activation act) {
        PreparedFilter f = new PreparedFilter(in, k, g, mode, act);
        ImageFacts facts = ImageFacts.of(in);
        float[] floats = f.exactInFloat(facts) ? facts.floats() : null;
        double[][] rows = new double[g.outHeight()][];
        double[] src = in.raw();
        int oh = g.outHeight();
        long work = (long) oh * g.outWidth() * f.tapsPerCell();
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
        if (work < PARALLEL_WORK || threads < 2 || oh < 2) {
            f.rows(0, oh, rows, f.scratch(src, floats));
        } else {
            // Two bands per thread, so that a core slowed by other work does not hold up the rest
            // for long; not more, as each band allocates its own ring of shifted rows.
            int bands = Math.min(oh, threads * 2);
            IntStream.range(0, bands).parallel().forEach(b -> {
                int y0 = (int) ((long) oh * b / bands);
                int y1 = (int) ((long) oh * (b + 1) / bands);
                f.rows(y0, y1, rows, f.scratch(src, floats));
            });
        }
        return new ResponseMap(g, rows);
    }

    static double[] centred(double[] w) {
        double mean = 0;
        for (double v : w) {
            mean += v;
        }
        mean /= w.length;
        double[] r = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            r[i] = w[i] - mean;
        }
        return r;
    }
}
