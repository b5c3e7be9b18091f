package org.convlab.conv;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random images and filters for the property tests, from a seed so every failure can be replayed.
 */
public final class RandomInputs {
    private RandomInputs() {}

    /** valid, same, full and explicit 0…3. */
    public static Arbitrary<Padding> paddings() {
        return Arbitraries.oneOf(
                Arbitraries.of(Padding.VALID, Padding.SAME, Padding.FULL),
                Arbitraries.integers().between(0, 3).map(Padding::explicit));
    }

    /**
     * Small integers in [−range, range], zero a quarter of the time and, now and then, one value
     * repeated, so flat windows and flat kernels turn up.
     */
    public static double[] integers(Random r, int n, int range) {
        double[] d = new double[n];
        if (r.nextInt(8) == 0) {
            java.util.Arrays.fill(d, r.nextInt(2 * range + 1) - range);
            return d;
        }
        for (int i = 0; i < n; i++) {
            d[i] = r.nextInt(4) == 0 ? 0 : r.nextInt(2 * range + 1) - range;
        }
        return d;
    }

    /**
     * Real values in [−10, 10]; now and then one repeated value that has no exact binary form (0.1,
     * 0.3, …), the case where a computed variance comes out a hair above zero.
     */
    public static double[] reals(Random r, int n) {
        double[] d = new double[n];
        if (r.nextInt(8) == 0) {
            java.util.Arrays.fill(d, (1 + 2 * r.nextInt(5)) / 10.0);
            return d;
        }
        for (int i = 0; i < n; i++) {
            d[i] = r.nextInt(6) == 0 ? 0 : (r.nextDouble() * 20 - 10);
        }
        return d;
    }

    public static Image integerImage(Random r, int h, int w, int c) {
        return Image.of(h, w, c, integers(r, h * w * c, 4));
    }

    public static Filter integerFilter(Random r, int kh, int kw, int c) {
        return Filter.of(kh, kw, c, integers(r, kh * kw * c, 3), r.nextInt(7) - 3);
    }

    public static Image realImage(Random r, int h, int w, int c) {
        return Image.of(h, w, c, reals(r, h * w * c));
    }

    public static Filter realFilter(Random r, int kh, int kw, int c) {
        return Filter.of(kh, kw, c, reals(r, kh * kw * c), r.nextDouble() * 4 - 2);
    }
}
