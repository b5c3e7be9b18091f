package org.convlab.conv;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random images, filters and settings for comparing fast paths with straightforward ones. */
public final class RandomCases {
    private final Random random;

    public RandomCases(long seed) {
        random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    /** Integer-valued (−3..3, or 0/1 when {@code binary}) or real-valued in [−2, 2). */
    public double value(boolean integer) {
        return integer ? random.nextInt(7) - 3 : 4 * random.nextDouble() - 2;
    }

    public Image image(int h, int w, int c, boolean integer) {
        double[] d = new double[h * w * c];
        boolean binary = integer && random.nextBoolean();
        for (int i = 0; i < d.length; i++) {
            d[i] = binary ? random.nextInt(2) : value(integer);
        }
        return Image.of(h, w, c, d);
    }

    /** Weights with some zeros (skipped taps) and sometimes a bias. */
    public Filter filter(int kh, int kw, int c, boolean integer) {
        double[] w = new double[kh * kw * c];
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextInt(4) == 0 ? 0 : value(integer);
        }
        double bias = random.nextBoolean() ? 0 : value(integer);
        return Filter.of(kh, kw, c, w, bias);
    }

    public ConvSettings settings() {
        Padding p =
                switch (random.nextInt(4)) {
                    case 0 -> Padding.VALID;
                    case 1 -> Padding.SAME;
                    case 2 -> Padding.FULL;
                    default -> Padding.explicit(random.nextInt(4));
                };
        int stride = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 1;
        int dilation = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 1;
        return new ConvSettings(p, stride, dilation, random.nextBoolean());
    }

    public MatchMode mode() {
        return MatchMode.values()[random.nextInt(MatchMode.values().length)];
    }

    public Activation activation() {
        return random.nextInt(3) == 0 ? Activation.RELU : Activation.NONE;
    }

    /** A bank of 1–3 filters with gains and offsets that still leave a defined combined map. */
    public List<FilterSpec> bank(int kh, int kw, int c, boolean integer) {
        int count = 1 + random.nextInt(3);
        List<FilterSpec> specs = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            double gain = integer ? random.nextInt(5) - 2 : 4 * random.nextDouble() - 2;
            specs.add(
                    new FilterSpec(
                            "f" + k,
                            filter(kh, kw, c, integer),
                            gain,
                            random.nextInt(3) - 1,
                            random.nextInt(3) - 1));
        }
        return specs;
    }
}
