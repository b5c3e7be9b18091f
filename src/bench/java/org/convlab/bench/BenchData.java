package org.convlab.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.convlab.conv.Filter;
import org.convlab.conv.Image;
import org.convlab.conv.VectorPath;

/** The inputs every benchmark shares, from a fixed seed so runs compare. */
final class BenchData {
    static final int SIZE = 512;

    private BenchData() {}

    /**
     * Waits until the core has chosen its loops ({@link VectorPath}), as the app does in the
     * background after its window appears, so that the benchmark measures what a user gets rather
     * than the warm-up; prints the choice.
     */
    static void settleCore() {
        try {
            VectorPath.awaitWarmUp(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.println("core: " + VectorPath.status());
    }

    /**
     * A painted-looking image: {@code binary} holds 0/1 cells (what the brush makes), otherwise
     * real values in [0, 1) (an imported photo).
     */
    static Image image(int channels, boolean binary, long seed) {
        Random r = new Random(seed);
        double[] d = new double[SIZE * SIZE * channels];
        for (int i = 0; i < d.length; i++) {
            d[i] = binary ? (r.nextInt(4) == 0 ? 1 : 0) : r.nextDouble();
        }
        return Image.of(SIZE, SIZE, channels, d);
    }

    /** A 5×5×C kernel: small integers −2..2 like the homework's, or reals in [−1, 1). */
    static Filter filter(int channels, boolean integer, long seed) {
        Random r = new Random(seed);
        double[] w = new double[25 * channels];
        for (int i = 0; i < w.length; i++) {
            w[i] = integer ? r.nextInt(5) - 2 : 2 * r.nextDouble() - 1;
        }
        return Filter.of(5, 5, channels, w, 0);
    }
}
