package org.convlab.lessons.detector;

import java.util.SplittableRandom;
import org.convlab.conv.Image;

/**
 * Binary images of diagonal streaks, like the homework's input. The same seed always gives the same
 * image, so a class can discuss "seed 7" together.
 */
public final class StreakGenerator {
    private StreakGenerator() {}

    /**
     * Draws {@code count} streaks of {@code length} cells on an all-zero H×W image. Each streak
     * starts where it fits entirely; streaks may cross.
     */
    public static Image generate(
            int height, int width, StreakDirection direction, int count, int length, long seed) {
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException(
                    "image size must be at least 1×1, got " + height + "×" + width);
        }
        if (count < 0) {
            throw new IllegalArgumentException("streak count must not be negative, got " + count);
        }
        if (length < 1 || length > Math.min(height, width)) {
            throw new IllegalArgumentException(
                    "streak length must be between 1 and "
                            + Math.min(height, width)
                            + " for a "
                            + height
                            + "×"
                            + width
                            + " image, got "
                            + length);
        }
        double[] d = new double[height * width];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int n = 0; n < count; n++) {
            boolean down =
                    switch (direction) {
                        case DOWN_RIGHT -> true;
                        case UP_RIGHT -> false;
                        case BOTH -> rnd.nextBoolean();
                    };
            int x0 = rnd.nextInt(width - length + 1);
            int y0 =
                    down
                            ? rnd.nextInt(height - length + 1)
                            : length - 1 + rnd.nextInt(height - length + 1);
            for (int k = 0; k < length; k++) {
                int y = down ? y0 + k : y0 - k;
                d[y * width + x0 + k] = 1;
            }
        }
        return Image.of(height, width, 1, d);
    }

    /**
     * Copies a pattern into a one-channel image with its top-left at (top, left): pattern cells
     * that are 1 set the image to 1, the rest of the window is left as it was (a stamp adds ink, it
     * does not erase the background).
     */
    public static Image stamp(Image image, Image pattern, int top, int left) {
        if (image.channels() != 1 || pattern.channels() != 1) {
            throw new IllegalArgumentException("stamping works on one-channel images");
        }
        if (top < 0
                || left < 0
                || top + pattern.height() > image.height()
                || left + pattern.width() > image.width()) {
            throw new IllegalArgumentException(
                    "a "
                            + pattern.height()
                            + "×"
                            + pattern.width()
                            + " pattern at ("
                            + top
                            + ", "
                            + left
                            + ") does not fit in a "
                            + image.height()
                            + "×"
                            + image.width()
                            + " image");
        }
        double[] d = image.toArray();
        for (int y = 0; y < pattern.height(); y++) {
            for (int x = 0; x < pattern.width(); x++) {
                double v = pattern.get(0, y, x);
                if (v != 0) {
                    d[(top + y) * image.width() + left + x] = v;
                }
            }
        }
        return Image.of(image.height(), image.width(), 1, d);
    }

    /** Refuses a pattern larger than an H×W image, where it could not be planted. */
    public static void requireFits(Image pattern, int height, int width) {
        if (pattern.height() > height || pattern.width() > width) {
            throw new IllegalArgumentException(
                    "the "
                            + pattern.height()
                            + "×"
                            + pattern.width()
                            + " pattern does not fit in a "
                            + height
                            + "×"
                            + width
                            + " image");
        }
    }
}
