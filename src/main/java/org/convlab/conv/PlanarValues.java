package org.convlab.conv;

import java.util.Arrays;

/**
 * What an image and a filter have in common: a height×width×channels block of finite numbers,
 * stored planar as {@code [c][y][x]} in one flat array, and the checks that refuse a wrong shape in
 * the same words for both.
 */
abstract class PlanarValues {
    // Package-private so the loops of Image and Filter read them directly.
    final int height;
    final int width;
    final int channels;
    final double[] values;

    /** Keeps {@code values} without copying: callers pass an array no one else holds. */
    PlanarValues(int height, int width, int channels, double[] values) {
        this.height = height;
        this.width = width;
        this.channels = channels;
        this.values = values;
    }

    public final int height() {
        return height;
    }

    public final int width() {
        return width;
    }

    public final int channels() {
        return channels;
    }

    /** Value at channel c, row y, column x. */
    public final double get(int c, int y, int x) {
        return values[(c * height + y) * width + x];
    }

    /** A copy of the planar values. */
    public final double[] toArray() {
        return values.clone();
    }

    /** The planar values without copying; callers in this package promise not to write to them. */
    final double[] raw() {
        return values;
    }

    /** Whether {@code other} has the same shape and the same values. */
    final boolean sameValues(PlanarValues other) {
        return other.height == height
                && other.width == width
                && other.channels == channels
                && Arrays.equals(other.values, values);
    }

    /**
     * Refuses sizes below 1 and a value count that does not fit them, e.g. "filter has 8 weights
     * but 3×3×1 needs 9".
     *
     * @param what "filter" or "image", which starts the size names
     * @param counted how the count is introduced, e.g. "filter has"
     * @param unit what is counted, e.g. "weights"
     */
    static void requireShape(
            String what, String counted, String unit, int height, int width, int channels, int n) {
        Shapes.requirePositive(what + " height", height);
        Shapes.requirePositive(what + " width", width);
        Shapes.requirePositive(what + " channels", channels);
        long expected = (long) height * width * channels;
        if (n != expected) {
            throw new IllegalArgumentException(
                    counted + " " + n + " " + unit + " but " + height + "×" + width + "×" + channels
                            + " needs " + expected);
        }
    }

    /** Rows of equal length flattened into one array, refused in the words of {@code what}. */
    static double[] flattenRows(String what, double[][] rows) {
        int h = rows.length;
        if (h == 0) {
            throw new IllegalArgumentException(what + " has no rows");
        }
        int w = rows[0].length;
        double[] d = new double[h * w];
        for (int y = 0; y < h; y++) {
            if (rows[y].length != w) {
                throw new IllegalArgumentException(
                        what + " row " + y + " has " + rows[y].length + " values, row 0 has " + w);
            }
            System.arraycopy(rows[y], 0, d, y * w, w);
        }
        return d;
    }
}
