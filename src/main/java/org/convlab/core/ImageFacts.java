package org.convlab.core;

import java.lang.ref.WeakReference;

/**
 * Whether an image holds only whole numbers, and its largest magnitude: what decides whether a
 * correlation may run in float and still be exact. Found in one pass (about 0.3 ms at 512×512)
 * and remembered for the last image seen, which is the one every filter of a detector, and every
 * recompute after a settings change, asks about.
 */
final class ImageFacts {
    private static volatile Entry last;

    private final boolean integral;
    private final double maxAbs;

    private ImageFacts(boolean integral, double maxAbs) {
        this.integral = integral;
        this.maxAbs = maxAbs;
    }

    private record Entry(WeakReference<Image> image, ImageFacts facts) {
    }

    static ImageFacts of(Image image) {
        Entry e = last;
        if (e != null && e.image().get() == image) {
            return e.facts();
        }
        boolean integral = true;
        double max = 0;
        for (double v : image.raw()) {
            integral &= v == Math.rint(v);
            double a = Math.abs(v);
            if (a > max) {
                max = a;
            }
        }
        ImageFacts f = new ImageFacts(integral, max);
        last = new Entry(new WeakReference<>(image), f);
        return f;
    }

    boolean integral() {
        return integral;
    }

    double maxAbs() {
        return maxAbs;
    }
}
