package org.convlab.conv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.convlab.conv.fast.ImageFacts;
import org.convlab.conv.fast.LoopChoice;
import org.convlab.conv.fast.Matching;

/**
 * Which loops compute the maps: the JIT-vectorized ones, or the Vector API ones once a warm-up in
 * the background has shown them faster on this machine (the engine's {@link LoopChoice} decides;
 * see there for how and why). Here are the outside world's switches and readouts, and the small
 * maps the warm-up times, since only {@code conv} knows images, filters and settings.
 */
public final class VectorPath {
    /** Wall time after which the warm-up stops and leaves the shifted layout in place. */
    static final long GIVE_UP_NANOS = LoopChoice.GIVE_UP_NANOS;

    /**
     * {@code -Dconvlab.vectorApi=off} keeps the JIT-vectorized loops even where the module is
     * loaded: for comparing the two in one build, and a way out should the Vector API misbehave on
     * some machine (for the packaged app, in {@code JAVA_TOOL_OPTIONS}).
     */
    public static final String SWITCH_PROPERTY = LoopChoice.SWITCH_PROPERTY;

    private VectorPath() {}

    /** Whether the JVM has the Vector API module and it is not switched off. */
    public static boolean available() {
        return LoopChoice.available();
    }

    /** Whether maps in this mode are computed in the offset layout now. */
    static boolean enabled(MatchMode mode) {
        return LoopChoice.enabled(Engine.matching(mode));
    }

    /**
     * Tests: use ({@code true}) or do not use ({@code false}) the offset layout; null undoes it.
     */
    static void pin(Boolean on) {
        LoopChoice.pin(on);
    }

    /** One line for the frame-time readout and the benchmarks: which loops run, and why. */
    public static String status() {
        return LoopChoice.status();
    }

    /**
     * Starts the warm-up on a daemon thread of low priority, once; returns at once. Nothing happens
     * where the module is absent.
     */
    public static void warmUpInBackground() {
        LoopChoice.warmUpInBackground(VectorPath::exercises);
    }

    /**
     * Starts the warm-up if need be and waits for its verdict (benchmarks, so that they measure the
     * layout the app settles on). Returns whether raw maps (and NCC's) use the offset layout.
     */
    public static boolean awaitWarmUp(long timeout, TimeUnit unit) throws InterruptedException {
        return LoopChoice.awaitWarmUp(VectorPath::exercises, timeout, unit);
    }

    /**
     * Small maps that between them call every loop {@code VectorTaps} has: real values (the double
     * path) and whole numbers (the float path), runs of one to five taps, of neighbouring pixels or
     * not, sums of products and of squared differences, rows read in place and padded copies, NCC's
     * window sums.
     */
    private static List<Exercise> exercises() {
        Random random = new Random(20261126);
        Image real = randomImage(random, 12, 512, 0);
        Image painted = randomImage(random, 12, 512, 2);
        ConvSettings valid = ConvSettings.DEFAULT;
        ConvSettings same = valid.withPadding(Padding.SAME);
        List<Exercise> list = new ArrayList<>();
        int[][] shapes = {{5, 5}, {1, 1}, {1, 2}, {1, 3}, {2, 2}};
        for (int[] shape : shapes) {
            Filter k = randomFilter(random, shape[0], shape[1], false);
            list.add(new Exercise(real, k, valid, MatchMode.RAW));
            list.add(new Exercise(real, k, valid, MatchMode.SSD));
            list.add(
                    new Exercise(
                            painted,
                            randomFilter(random, shape[0], shape[1], true),
                            valid,
                            MatchMode.RAW));
        }
        // Runs that are not neighbouring pixels of one row: 3×3 kernel rows share runs of 5
        // and 4, and a dilated row has gaps.
        for (boolean whole : new boolean[] {false, true}) {
            Image in = whole ? painted : real;
            list.add(new Exercise(in, randomFilter(random, 3, 3, whole), valid, MatchMode.RAW));
            list.add(
                    new Exercise(
                            in,
                            randomFilter(random, 1, 3, whole),
                            valid.withDilation(2),
                            MatchMode.RAW));
        }
        Filter k5 = randomFilter(random, 5, 5, false);
        list.add(new Exercise(real, k5, same, MatchMode.RAW));
        list.add(new Exercise(real, k5, same, MatchMode.SSD));
        list.add(new Exercise(real, k5, valid, MatchMode.NCC));
        list.add(new Exercise(real, k5, same, MatchMode.NCC));
        Filter w5 = randomFilter(random, 5, 5, true);
        list.add(new Exercise(painted, w5, same, MatchMode.RAW));
        list.add(new Exercise(painted, w5, valid, MatchMode.NCC));
        // Whole numbers beyond 0 and 1, so NCC's float path sums squares too.
        list.add(new Exercise(randomImage(random, 12, 512, 4), w5, same, MatchMode.NCC));
        return list;
    }

    /** Real values in [0, 1) for 0 levels, else whole numbers 0 … levels − 1 (the float path). */
    private static Image randomImage(Random random, int h, int w, int levels) {
        double[] d = new double[h * w];
        for (int i = 0; i < d.length; i++) {
            d[i] = levels == 0 ? random.nextDouble() : random.nextInt(levels);
        }
        return Image.of(h, w, 1, d);
    }

    /**
     * No zero weights, so every tap stays in the run lengths the shape implies; whole weights 1…3
     * put a painted image on the float path.
     */
    private static Filter randomFilter(Random random, int h, int w, boolean whole) {
        double[] k = new double[h * w];
        for (int i = 0; i < k.length; i++) {
            k[i] = whole ? 1 + random.nextInt(3) : 0.25 + random.nextDouble();
        }
        return Filter.of(h, w, 1, k, 0);
    }

    /** One small map, computed in either layout. */
    record Exercise(Image in, Filter k, ConvSettings s, MatchMode mode)
            implements LoopChoice.Exercise {
        @Override
        public Matching matching() {
            return Engine.matching(mode);
        }

        @Override
        public long time(boolean offsets) {
            Geometry g = Geometry.of(in.height(), in.width(), k.height(), k.width(), s);
            // Outside the clock: the facts are remembered for the last image only, so with two
            // images taking turns the first layout timed would pay for them (measured: 3–5× on
            // one-tap maps, which kept the shifted layout for good).
            ImageFacts.of(in.raw());
            long t0 = System.nanoTime();
            Correlation2D.compute(in, k, g, mode, Activation.NONE, offsets);
            return System.nanoTime() - t0;
        }

        /** "5×5 raw, same, whole numbers": enough to tell which loop lost. */
        @Override
        public String toString() {
            boolean whole = ImageFacts.of(in.raw()).wholeNumbers();
            return k.height()
                    + "×"
                    + k.width()
                    + " "
                    + mode.name().toLowerCase(Locale.ROOT)
                    + ", "
                    + s.padding()
                    + (s.dilation() > 1 ? ", dilation " + s.dilation() : "")
                    + (whole ? ", whole numbers" : ", real values");
        }
    }
}
