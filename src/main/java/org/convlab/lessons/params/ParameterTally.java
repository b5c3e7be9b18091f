package org.convlab.lessons.params;

import java.math.BigInteger;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Geometry;
import org.convlab.conv.Shapes;

/**
 * Exact parameter counts for a conv layer and the layers that could replace it: a locally connected
 * layer (no weight sharing) and a dense fully connected one. All counts are BigInteger so no size
 * can overflow.
 */
public record ParameterTally(
        int inHeight,
        int inWidth,
        int inChannels,
        int outHeight,
        int outWidth,
        int filters,
        int kernelHeight,
        int kernelWidth,
        boolean bias,
        Geometry geometry,
        BigInteger convWeights,
        BigInteger convBiases,
        BigInteger localWeights,
        BigInteger localBiases,
        BigInteger denseWeights,
        BigInteger denseBiases,
        BigInteger denseNonZero,
        BigInteger denseDistinct) {

    /** Bytes per parameter at float32. */
    public static final BigInteger FLOAT32_BYTES = BigInteger.valueOf(4);

    /**
     * Tallies a layer of {@code filters} filters of KH×KW×(C/g) on an H×W×C input, with g = {@code
     * s.groups()} (1: every filter spans all C channels).
     */
    public static ParameterTally of(
            int h, int w, int c, int filters, int kh, int kw, ConvSettings s, boolean bias) {
        Shapes.requirePositive("input channels", c);
        Shapes.requirePositive("number of filters", filters);
        int groups = s.groups();
        s.requireGroupsFit(c, filters);
        Geometry g = Geometry.of(h, w, kh, kw, s);
        BigInteger outCells = big(g.outHeight()).multiply(big(g.outWidth())).multiply(big(filters));
        BigInteger perFilter = big(kh).multiply(big(kw)).multiply(big(c / groups));
        BigInteger convW = perFilter.multiply(big(filters));
        BigInteger convB = bias ? big(filters) : BigInteger.ZERO;
        BigInteger localW = outCells.multiply(perFilter);
        BigInteger localB = bias ? outCells : BigInteger.ZERO;
        BigInteger inCells = big(h).multiply(big(w)).multiply(big(c));
        BigInteger denseW = inCells.multiply(outCells);
        BigInteger denseB = bias ? outCells : BigInteger.ZERO;
        BigInteger rows =
                big(tapsInside(g.outHeight(), kh, s.stride(), s.dilation(), g.padTop(), h));
        BigInteger cols =
                big(tapsInside(g.outWidth(), kw, s.stride(), s.dilation(), g.padLeft(), w));
        BigInteger nonZero = rows.multiply(cols).multiply(big(c / groups)).multiply(big(filters));
        return new ParameterTally(
                h,
                w,
                c,
                g.outHeight(),
                g.outWidth(),
                filters,
                kh,
                kw,
                bias,
                g,
                convW,
                convB,
                localW,
                localB,
                denseW,
                denseB,
                nonZero,
                convW);
    }

    /**
     * Σ over output positions of how many kernel taps land inside the input on one axis: for each
     * tap i, the output positions o with {@code 0 ≤ o·s + i·d − pad < size}.
     */
    static long tapsInside(int out, int k, int s, int d, int pad, int size) {
        long total = 0;
        for (int i = 0; i < k; i++) {
            long off = (long) i * d - pad;
            long lo = ceilDiv(-off, s);
            long hi = Math.floorDiv(size - 1 - off, (long) s);
            lo = Math.max(lo, 0);
            hi = Math.min(hi, out - 1);
            if (hi >= lo) {
                total += hi - lo + 1;
            }
        }
        return total;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    /**
     * Channels each filter spans, C/g: what the conv weights N · KH · KW · C/g give per filter tap
     * (derived, so that the record keeps the components it always had).
     */
    public int filterDepth() {
        return convWeights
                .divide(BigInteger.valueOf((long) filters * kernelHeight * kernelWidth))
                .intValueExact();
    }

    /** The groups g the layer was tallied with (1: every filter spans every channel). */
    public int groups() {
        return inChannels / filterDepth();
    }

    public BigInteger convTotal() {
        return convWeights.add(convBiases);
    }

    public BigInteger localTotal() {
        return localWeights.add(localBiases);
    }

    public BigInteger denseTotal() {
        return denseWeights.add(denseBiases);
    }

    public BigInteger inputCells() {
        return BigInteger.valueOf(inHeight)
                .multiply(BigInteger.valueOf(inWidth))
                .multiply(BigInteger.valueOf(inChannels));
    }

    public BigInteger outputCells() {
        return BigInteger.valueOf(outHeight)
                .multiply(BigInteger.valueOf(outWidth))
                .multiply(BigInteger.valueOf(filters));
    }

    public BigInteger convBytes() {
        return convTotal().multiply(FLOAT32_BYTES);
    }

    public BigInteger localBytes() {
        return localTotal().multiply(FLOAT32_BYTES);
    }

    public BigInteger denseBytes() {
        return denseTotal().multiply(FLOAT32_BYTES);
    }
}
