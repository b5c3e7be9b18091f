package org.convlab.conv.fast;

/**
 * Where a kernel sits on an image, as the engine needs it: the numbers {@code conv}'s {@code
 * Geometry} decides (with the image's channels), handed over as plain values because the engine
 * must not depend on the domain types (that would be a package cycle).
 *
 * @param inHeight image rows
 * @param inWidth image columns
 * @param channels image (and kernel) channels
 * @param kernelHeight kernel rows
 * @param kernelWidth kernel columns
 * @param stride step between output cells, in pixels
 * @param dilation step between kernel taps, in pixels
 * @param padTop zero rows above the image
 * @param padLeft zero columns left of the image
 * @param outHeight output rows
 * @param outWidth output columns
 */
public record Layout(
        int inHeight,
        int inWidth,
        int channels,
        int kernelHeight,
        int kernelWidth,
        int stride,
        int dilation,
        int padTop,
        int padLeft,
        int outHeight,
        int outWidth) {

    /** Input row read by kernel row i at output row y (may be in the padding). */
    int inputRow(int y, int i) {
        return y * stride + i * dilation - padTop;
    }

    /** Input column read by kernel column j at output column x (may be in the padding). */
    int inputCol(int x, int j) {
        return x * stride + j * dilation - padLeft;
    }

    /** Multiply-adds per output cell. */
    long tapsPerCell() {
        return (long) channels * kernelHeight * kernelWidth;
    }
}
