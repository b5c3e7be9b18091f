package org.convlab.conv;

import java.util.List;
import org.convlab.conv.fast.Kernel;
import org.convlab.conv.fast.Layout;
import org.convlab.conv.fast.Matching;
import org.convlab.conv.fast.RowMaxima;

/**
 * {@code conv}'s side of the seam to its engine ({@code conv.fast}): images, filters, geometry and
 * modes handed over as the plain values the engine takes, and its answers turned back into domain
 * types. The engine cannot do this itself, as depending on {@code conv} would make a package cycle.
 */
final class Engine {
    private Engine() {}

    /** One filter made ready for one image shape and settings ({@link Kernel}). */
    static Kernel kernel(Image in, Filter k, Geometry g, MatchMode mode, Activation act) {
        return Kernel.of(
                layout(g, in.channels()),
                matching(mode),
                k.raw(),
                k.bias(),
                act == Activation.RELU);
    }

    static Layout layout(Geometry g, int channels) {
        return new Layout(
                g.inHeight(),
                g.inWidth(),
                channels,
                g.kernelHeight(),
                g.kernelWidth(),
                g.stride(),
                g.dilation(),
                g.padTop(),
                g.padLeft(),
                g.outHeight(),
                g.outWidth());
    }

    static Matching matching(MatchMode mode) {
        return switch (mode) {
            case RAW -> Matching.RAW;
            case ZERO_MEAN -> Matching.ZERO_MEAN;
            case NCC -> Matching.NCC;
            case SSD -> Matching.SSD;
        };
    }

    /**
     * The argmax of the map held in {@code rows} through its row maxima, positions shifted by (top,
     * left): exactly {@link Argmax#of} on the same values, which also takes over where a NaN or an
     * infinite maximum leaves the row maxima no answer.
     */
    static Argmax argmax(RowMaxima maxima, double[][] rows, int top, int left) {
        RowMaxima.Peak<Cell> peak = maxima.peak(rows, top, left, Argmax.TIE_TOLERANCE, Cell::new);
        if (peak == null) {
            return shifted(Argmax.of(flat(rows), rows.length, rows[0].length), top, left);
        }
        Cell first = peak.ties().get(0);
        return new Argmax(peak.max(), first.row(), first.col(), peak.ties());
    }

    private static Argmax shifted(Argmax local, int top, int left) {
        List<Cell> ties =
                local.ties().stream().map(c -> new Cell(c.row() + top, c.col() + left)).toList();
        return new Argmax(local.max(), local.row() + top, local.col() + left, ties);
    }

    private static double[] flat(double[][] rows) {
        int w = rows[0].length;
        double[] a = new double[rows.length * w];
        for (int y = 0; y < rows.length; y++) {
            System.arraycopy(rows[y], 0, a, y * w, w);
        }
        return a;
    }
}
