package org.convlab.lessons.params;

import java.math.BigInteger;
import org.convlab.conv.Geometry;
import org.convlab.conv.NumberText;

/**
 * Every figure of a {@link ParameterTally} written out as the sum a student would do by hand, with
 * the layer's own numbers, e.g. {@code (512·512·3) · (508·508·3) = 786,432 · 774,192 =
 * 608,849,362,944}. The figures are recomputed from the pieces shown, so a line can never disagree
 * with the tally.
 */
public record ParameterArithmetic(
        String outHeight,
        String outWidth,
        String outShape,
        String convWeights,
        String convBiases,
        String convTotal,
        String convMemory,
        String localWeights,
        String localBiases,
        String localTotal,
        String localMemory,
        String localRatio,
        String denseWeights,
        String denseBiases,
        String denseTotal,
        String denseMemory,
        String denseRatio,
        String denseNonZero,
        String denseDistinct,
        String denseZeros) {

    private static final String TIMES = "·";

    /** Writes out every figure of {@code t}. */
    public static ParameterArithmetic of(ParameterTally t) {
        Geometry g = t.geometry();
        String kernelCells =
                g(t.kernelHeight()) + TIMES + g(t.kernelWidth()) + TIMES + g(t.inChannels());
        BigInteger perFilter =
                big(t.kernelHeight()).multiply(big(t.kernelWidth())).multiply(big(t.inChannels()));
        String outCells = g(t.outHeight()) + TIMES + g(t.outWidth()) + TIMES + g(t.filters());
        String inCells = g(t.inHeight()) + TIMES + g(t.inWidth()) + TIMES + g(t.inChannels());

        String outH =
                axis(
                        "H′",
                        t.inHeight(),
                        g.padTop(),
                        g.padBottom(),
                        t.kernelHeight(),
                        g.stride(),
                        g.dilation(),
                        t.outHeight());
        String outW =
                axis(
                        "W′",
                        t.inWidth(),
                        g.padLeft(),
                        g.padRight(),
                        t.kernelWidth(),
                        g.stride(),
                        g.dilation(),
                        t.outWidth());
        String shape =
                "H′×W′×N = "
                        + g(t.outHeight())
                        + "×"
                        + g(t.outWidth())
                        + "×"
                        + g(t.filters())
                        + " = "
                        + g(t.outputCells())
                        + " outputs";

        String convW =
                "KH·KW·C·N = " + kernelCells + TIMES + g(t.filters()) + " = " + g(t.convWeights());
        String convB = t.bias() ? "one per filter: N = " + g(t.convBiases()) : "bias off: 0";
        String convT = sum(t.convWeights(), t.convBiases(), t.convTotal());

        String localW =
                product(
                        "(H′·W′·N) · (KH·KW·C)",
                        outCells,
                        kernelCells,
                        g(t.outputCells()),
                        g(perFilter),
                        t.localWeights());
        String localB = outputBiases(t.bias(), outCells, t.localBiases());
        String localT = sum(t.localWeights(), t.localBiases(), t.localTotal());

        String denseW =
                product(
                        "(H·W·C) · (H′·W′·N)",
                        inCells,
                        outCells,
                        g(t.inputCells()),
                        g(t.outputCells()),
                        t.denseWeights());
        String denseB = outputBiases(t.bias(), outCells, t.denseBiases());
        String denseT = sum(t.denseWeights(), t.denseBiases(), t.denseTotal());

        long rowsReached =
                ParameterTally.tapsInside(
                        t.outHeight(),
                        t.kernelHeight(),
                        g.stride(),
                        g.dilation(),
                        g.padTop(),
                        t.inHeight());
        long colsReached =
                ParameterTally.tapsInside(
                        t.outWidth(),
                        t.kernelWidth(),
                        g.stride(),
                        g.dilation(),
                        g.padLeft(),
                        t.inWidth());
        boolean allInside =
                rowsReached == (long) t.outHeight() * t.kernelHeight()
                        && colsReached == (long) t.outWidth() * t.kernelWidth();
        String tapsTimesCN =
                g(rowsReached)
                        + " · "
                        + g(colsReached)
                        + " · "
                        + g(t.inChannels())
                        + " · "
                        + g(t.filters())
                        + " = "
                        + g(t.denseNonZero());
        String nonZero;
        if (allInside) {
            nonZero =
                    "every tap lands on the image: (H′·KH) · (W′·KW) · C · N = ("
                            + g(t.outHeight())
                            + TIMES
                            + g(t.kernelHeight())
                            + ") · ("
                            + g(t.outWidth())
                            + TIMES
                            + g(t.kernelWidth())
                            + ") · "
                            + g(t.inChannels())
                            + " · "
                            + g(t.filters())
                            + " = "
                            + tapsTimesCN;
        } else {
            nonZero =
                    "taps on the image, not on padding: "
                            + g(rowsReached)
                            + " row taps · "
                            + g(colsReached)
                            + " column taps · C · N = "
                            + tapsTimesCN;
        }
        String distinct =
                "the same KH·KW·C·N = "
                        + g(t.denseDistinct())
                        + " filter weights, repeated in every row";
        BigInteger zeros = t.denseWeights().subtract(t.denseNonZero());
        String zerosLine =
                g(t.denseWeights())
                        + " − "
                        + g(t.denseNonZero())
                        + " = "
                        + g(zeros)
                        + " zeros, "
                        + RatioText.percent(zeros, t.denseWeights())
                        + " of the matrix";

        return new ParameterArithmetic(
                outH,
                outW,
                shape,
                convW,
                convB,
                convT,
                memory(t.convTotal()),
                localW,
                localB,
                localT,
                memory(t.localTotal()),
                ratio(t.localTotal(), t.convTotal()),
                denseW,
                denseB,
                denseT,
                memory(t.denseTotal()),
                ratio(t.denseTotal(), t.convTotal()),
                nonZero,
                distinct,
                zerosLine);
    }

    /** {@code ⌊(H + pt + pb − d·(K − 1) − 1) / s⌋ + 1}, filled in. */
    static String axis(
            String name,
            int size,
            int before,
            int after,
            int kernel,
            int stride,
            int dilation,
            int out) {
        return name
                + " = ⌊("
                + g(size)
                + " + "
                + g(before)
                + " + "
                + g(after)
                + " − "
                + g(dilation)
                + "·("
                + g(kernel)
                + " − 1) − 1) / "
                + g(stride)
                + "⌋ + 1 = "
                + g(out);
    }

    /** {@code names = (a) · (b) = x · y = product}: a weight count as two factors. */
    private static String product(
            String names, String a, String b, String x, String y, BigInteger product) {
        return names + " = (" + a + ") · (" + b + ") = " + x + " · " + y + " = " + g(product);
    }

    /** {@code weights + biases = total}. */
    private static String sum(BigInteger weights, BigInteger biases, BigInteger total) {
        return g(weights) + " + " + g(biases) + " = " + g(total);
    }

    /** The biases of a layer with one per output (locally and fully connected). */
    private static String outputBiases(boolean bias, String outCells, BigInteger count) {
        return bias ? "one per output: H′·W′·N = " + outCells + " = " + g(count) : "bias off: 0";
    }

    private static String memory(BigInteger params) {
        BigInteger bytes = params.multiply(ParameterTally.FLOAT32_BYTES);
        String human = NumberText.bytes(bytes);
        String plain = g(bytes) + " B";
        return g(params) + " · 4 bytes = " + plain + (human.equals(plain) ? "" : " = " + human);
    }

    private static String ratio(BigInteger total, BigInteger conv) {
        String r = RatioText.ratio(total, conv);
        return g(total) + " ÷ " + g(conv) + (r.startsWith("≈") ? " " : " = ") + r;
    }

    private static String g(long v) {
        return NumberText.grouped(v);
    }

    private static String g(BigInteger v) {
        return NumberText.grouped(v);
    }

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }
}
