package org.convlab.conv;

/**
 * Where a kernel can sit on an input: output size and padding per axis, and the window each output
 * cell reads. The one place that encodes the pinned size formula {@code floor((H + padBefore +
 * padAfter − d·(K−1) − 1) / s) + 1}.
 */
public record Geometry(
        int inHeight,
        int inWidth,
        int kernelHeight,
        int kernelWidth,
        int stride,
        int dilation,
        int padTop,
        int padBottom,
        int padLeft,
        int padRight,
        int outHeight,
        int outWidth) {

    /**
     * Computes the geometry, refusing a kernel whose dilated span is larger than the padded input
     * (the output would be empty).
     */
    public static Geometry of(
            int inHeight, int inWidth, int kernelHeight, int kernelWidth, ConvSettings s) {
        Shapes.requirePositive("input height", inHeight);
        Shapes.requirePositive("input width", inWidth);
        Shapes.requirePositive("kernel height", kernelHeight);
        Shapes.requirePositive("kernel width", kernelWidth);
        int[] v = s.padding().amounts(inHeight, kernelHeight, s.stride(), s.dilation());
        int[] h = s.padding().amounts(inWidth, kernelWidth, s.stride(), s.dilation());
        long outH = outSize(inHeight, v[0], v[1], kernelHeight, s.stride(), s.dilation());
        long outW = outSize(inWidth, h[0], h[1], kernelWidth, s.stride(), s.dilation());
        if (outH < 1 || outW < 1) {
            long spanH = (long) s.dilation() * (kernelHeight - 1) + 1;
            long spanW = (long) s.dilation() * (kernelWidth - 1) + 1;
            throw new IllegalArgumentException(
                    "the kernel ("
                            + spanH
                            + "×"
                            + spanW
                            + " cells with dilation "
                            + s.dilation()
                            + ") is larger than the padded input ("
                            + ((long) inHeight + v[0] + v[1])
                            + "×"
                            + ((long) inWidth + h[0] + h[1])
                            + "), so the output would be empty");
        }
        if (outH > Integer.MAX_VALUE || outW > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "the output would be "
                            + outH
                            + "×"
                            + outW
                            + ", more than ConvLab can handle ("
                            + Integer.MAX_VALUE
                            + " per side)");
        }
        return new Geometry(
                inHeight,
                inWidth,
                kernelHeight,
                kernelWidth,
                s.stride(),
                s.dilation(),
                v[0],
                v[1],
                h[0],
                h[1],
                (int) outH,
                (int) outW);
    }

    /** Output cells on one axis; may be ≤ 0 when the kernel does not fit. */
    public static long outSize(
            long size, long before, long after, long kernel, long stride, long dilation) {
        long span = dilation * (kernel - 1) + 1;
        long room = size + before + after - span;
        if (room < 0) {
            return 0;
        }
        return room / stride + 1;
    }

    /** The input window output cell (y, x) reads. */
    public Window window(int y, int x) {
        return new Window(
                y * stride - padTop,
                x * stride - padLeft,
                dilation * (kernelHeight - 1) + 1,
                dilation * (kernelWidth - 1) + 1);
    }

    /**
     * The geometry of {@code next} (a stage applied to this stage's output) seen from this stage's
     * input: output cell (y, x) of {@code next} reads the returned {@link #window}. Its kernel
     * sides are the composed receptive field, its dilation 1 and its stride the product of both
     * strides (the jump), so windows compose through any number of stages.
     */
    public Geometry followedBy(Geometry next) {
        int kh = (next.dilation * (next.kernelHeight - 1)) * stride + spanHeight();
        int kw = (next.dilation * (next.kernelWidth - 1)) * stride + spanWidth();
        return new Geometry(
                inHeight,
                inWidth,
                kh,
                kw,
                stride * next.stride,
                1,
                padTop + next.padTop * stride,
                padBottom + next.padBottom * stride,
                padLeft + next.padLeft * stride,
                padRight + next.padRight * stride,
                next.outHeight,
                next.outWidth);
    }

    /** Rows one window covers: d·(KH − 1) + 1. */
    public int spanHeight() {
        return dilation * (kernelHeight - 1) + 1;
    }

    /** Columns one window covers: d·(KW − 1) + 1. */
    public int spanWidth() {
        return dilation * (kernelWidth - 1) + 1;
    }

    /** Input row read by kernel row i at output row y (may be in the padding). */
    public int inputRow(int y, int i) {
        return y * stride + i * dilation - padTop;
    }

    /** Input column read by kernel column j at output column x (may be in the padding). */
    public int inputCol(int x, int j) {
        return x * stride + j * dilation - padLeft;
    }
}
