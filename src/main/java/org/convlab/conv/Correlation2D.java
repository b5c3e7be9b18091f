package org.convlab.conv;

import java.util.List;
import org.convlab.conv.fast.BandWorkers;
import org.convlab.conv.fast.Kernel;
import org.convlab.conv.fast.Scratch;
import org.convlab.conv.fast.ShiftedRows;

/**
 * Two-dimensional multi-channel cross-correlation (and true convolution with {@code flip}), in the
 * four matching modes, with zero padding, stride and dilation: {@code out[y][x] = b + Σ_c Σ_i Σ_j
 * in_padded[c][y·s + i·d][x·s + j·d] · w[c][i][j]}.
 *
 * <p>The work is done by a prepared {@link Kernel} row by row (several kernel taps per pass over an
 * output row, no padded copy of the input); large maps are split into bands of rows over all cores.
 * Every cell is summed in one fixed order whatever the split, so results do not depend on the
 * number of cores, and integer-valued inputs give exact results. Whole-number images and weights
 * small enough that no sum passes 2^24 (brush-painted images, the homework's weights) are
 * correlated in float, twice as fast and still exact to the bit.
 */
public final class Correlation2D {
    /**
     * Below this many multiply-adds a map is computed on the calling thread alone: a fork costs
     * tens of microseconds, about what 2^20 multiply-adds take on one core.
     */
    static final long PARALLEL_WORK = 1L << 20;

    private Correlation2D() {}

    /** Computes one filter's response map. */
    public static ResponseMap compute(
            Image in, Filter filter, ConvSettings s, MatchMode mode, Activation act) {
        Filter k = oriented(in, filter, s);
        Geometry g = Geometry.of(in.height(), in.width(), k.height(), k.width(), s);
        return compute(in, k, g, mode, act);
    }

    /**
     * Cell (y, x) of {@link #compute}'s map before any activation, the same bits as the whole map
     * gives there, at the cost of one window: explaining the cell under the pointer of a 512×512
     * map must not compute the other quarter million.
     */
    public static double cell(
            Image in, Filter filter, ConvSettings s, MatchMode mode, int y, int x) {
        Filter k = oriented(in, filter, s);
        Geometry g = Geometry.of(in.height(), in.width(), k.height(), k.width(), s);
        if (y < 0 || y >= g.outHeight() || x < 0 || x >= g.outWidth()) {
            throw new IndexOutOfBoundsException("no response cell at (" + y + ", " + x + ")");
        }
        return Engine.kernel(in, k, g, mode, Activation.NONE).cell(in.raw(), y, x);
    }

    /**
     * The kernel as the sum reads it (turned for true convolution), once it fits the image's
     * channels.
     */
    private static Filter oriented(Image in, Filter filter, ConvSettings s) {
        if (filter.channels() != in.channels()) {
            throw new IllegalArgumentException(
                    "the filter has "
                            + filter.channels()
                            + " channel(s) but the image has "
                            + in.channels());
        }
        return s.flip() ? filter.rotated180() : filter;
    }

    /**
     * Computes the maps of several filters on one image with the same settings (a conv layer, a
     * detector's bank), in order; each map has exactly the bits {@link #compute} gives it.
     *
     * <p>Filters of one shape that agree on float or double arithmetic are computed together, one
     * output row of every filter after another: each image row is shifted once for all of them
     * instead of once per filter, and is still in the cache when the next filter reads it. The
     * split over cores covers all of their work, so a three-filter layer is one parallel job
     * instead of three. Other filters are computed one by one.
     */
    public static ResponseMap[] computeAll(
            Image in, List<Filter> filters, ConvSettings s, MatchMode mode, Activation act) {
        int n = filters.size();
        Filter[] ks = new Filter[n];
        for (int i = 0; i < n; i++) {
            ks[i] = oriented(in, filters.get(i), s);
        }
        ResponseMap[] maps = new ResponseMap[n];
        if (n == 0) {
            return maps;
        }
        Geometry g = Geometry.of(in.height(), in.width(), ks[0].height(), ks[0].width(), s);
        Kernel[] fs = new Kernel[n];
        Kernel.Plan[] plans = new Kernel.Plan[n];
        boolean sameShape = true;
        boolean anyFloat = false;
        boolean allFloat = true;
        for (int i = 0; i < n; i++) {
            sameShape &= ks[i].height() == ks[0].height() && ks[i].width() == ks[0].width();
            if (sameShape) {
                fs[i] = Engine.kernel(in, ks[i], g, mode, act);
                plans[i] = fs[i].plan(in.raw());
                boolean f = plans[i].floats() != null;
                anyFloat |= f;
                allFloat &= f;
            }
        }
        if (n == 1 || !sameShape || anyFloat != allFloat) {
            for (int i = 0; i < n; i++) {
                Geometry gi =
                        Geometry.of(in.height(), in.width(), ks[i].height(), ks[i].width(), s);
                maps[i] = compute(in, ks[i], gi, mode, act);
            }
            return maps;
        }
        double[] src = in.raw();
        int oh = g.outHeight();
        double[][][] rows = new double[n][oh][];
        float[][][] floatRows = new float[n][oh][];
        long work = (long) oh * g.outWidth() * fs[0].tapsPerCell() * n;
        inBands(
                oh,
                work,
                WorkCost.rowBufferBytes(g, in.channels()),
                (y0, y1) -> layerRows(fs, plans, y0, y1, rows, floatRows, src));
        for (int i = 0; i < n; i++) {
            maps[i] = new ResponseMap(g, rows[i], floatRows[i]);
        }
        return maps;
    }

    /** Rows [y0, y1) of every filter, all reading one ring of shifted rows. */
    private static void layerRows(
            Kernel[] fs,
            Kernel.Plan[] plans,
            int y0,
            int y1,
            double[][][] rows,
            float[][][] floatRows,
            double[] src) {
        ShiftedRows shared = fs[0].ring(src, plans[0]);
        Scratch[] scratch = new Scratch[fs.length];
        for (int i = 0; i < fs.length; i++) {
            scratch[i] = fs[i].scratch(shared, plans[i]);
        }
        for (int y = y0; y < y1; y++) {
            for (int i = 0; i < fs.length; i++) {
                fs[i].rows(y, y + 1, rows[i], floatRows[i], scratch[i]);
            }
        }
    }

    /** Computes with a ready geometry and an already flipped (or not) kernel. */
    static ResponseMap compute(Image in, Filter k, Geometry g, MatchMode mode, Activation act) {
        return compute(in, k, g, mode, act, VectorPath.enabled(mode));
    }

    /**
     * The same with the rows laid out for the Vector API loops where {@code offsets} and the filter
     * allows it, else in shifted copies. Both give the same bits; {@link VectorPath} times them.
     */
    static ResponseMap compute(
            Image in, Filter k, Geometry g, MatchMode mode, Activation act, boolean offsets) {
        Kernel f = Engine.kernel(in, k, g, mode, act);
        Kernel.Plan plan = f.plan(in.raw());
        double[][] rows = new double[g.outHeight()][];
        float[][] floatRows = plan.floatRows() ? new float[g.outHeight()][] : null;
        double[] src = in.raw();
        int oh = g.outHeight();
        long work = (long) oh * g.outWidth() * f.tapsPerCell();
        inBands(
                oh,
                work,
                WorkCost.rowBufferBytes(g, in.channels()),
                (y0, y1) ->
                        f.rows(
                                y0,
                                y1,
                                rows,
                                floatRows,
                                f.scratch(f.ring(src, plan, offsets), plan)));
        return new ResponseMap(g, rows, floatRows);
    }

    /** Computes output rows [y0, y1); each call gets working memory of its own. */
    @FunctionalInterface
    private interface RowBand {
        void compute(int y0, int y1);
    }

    /**
     * Runs {@code band} over the {@code oh} output rows: on the calling thread alone below {@link
     * #PARALLEL_WORK} multiply-adds, else split into bands over all cores ({@link BandWorkers}).
     * Each band allocates its own ring of shifted rows ({@code ringBytes}); where the rings of all
     * threads together would pass {@link WorkCost#MAX_ROW_BUFFER_BYTES} (huge dilated kernels), one
     * thread does it all, so memory does not grow with the cores.
     */
    private static void inBands(int oh, long work, long ringBytes, RowBand band) {
        BandWorkers workers = BandWorkers.shared();
        int threads = workers.threads();
        if (work < PARALLEL_WORK
                || threads < 2
                || oh < 2
                || ringBytes * threads > WorkCost.MAX_ROW_BUFFER_BYTES) {
            band.compute(0, oh);
            return;
        }
        // Four bands per thread, so that a core that starts late (a parked helper takes about
        // 25 µs to wake) or is slowed by other work does not hold up the rest for long; not
        // many more, as each band allocates its own ring of shifted rows.
        int bands = Math.min(oh, threads * 4);
        workers.run(
                bands,
                b ->
                        band.compute(
                                (int) ((long) oh * b / bands),
                                (int) ((long) oh * (b + 1) / bands)));
    }
}
