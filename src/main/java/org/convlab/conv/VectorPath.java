package org.convlab.conv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.convlab.conv.fast.FusedTaps;
import org.convlab.conv.fast.VectorTaps;

/**
 * Decides whether maps are computed with {@link VectorTaps} (rows read at offsets, no shifted
 * copies; on 512×512 maps here about 1.2–1.4× as fast for real values and 1.3–1.5× for whole
 * numbers) or with the JIT-vectorized loops of {@link FusedTaps}. Both give the same bits, so the
 * choice is about time alone, and it is made by measuring.
 *
 * <p>The Vector API is an incubator module in Java 17: present only when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} (the app's launcher does; the command line does not,
 * so it prints no incubator warning), and very slow until C2 has compiled it: 50–260 ms for a
 * 512×512 map instead of 0.3 ms. So it is never used cold. {@link #warmUpInBackground} runs a fixed
 * set of small maps in both layouts on a background thread, for each {@link Family} of loops apart,
 * until that family is faster with offsets in total and none of its maps much slower; only then are
 * that family's maps computed that way. A family still under half speed after {@link
 * #HOPELESS_NANOS} (no vector instructions) or not yet faster after {@link #GIVE_UP_NANOS} keeps
 * the old loops. Until then, and on machines where it never wins, nothing changes.
 */
public final class VectorPath {
    /** Rounds whose times are compared: the fastest of each layout over the last few. */
    static final int WINDOW = 5;

    /** Consecutive rounds that must all agree before the offset layout is used. */
    static final int AGREEING_ROUNDS = 3;

    /**
     * How much slower than the shifted layout one exercise may be while the offsets win in total. A
     * loop C2 has not compiled yet is 10–100× slower, so this still proves every loop is ready;
     * demanding that every exercise be faster, as before, left 3 of 22 benchmark JVMs on the slower
     * layout for good when one tiny map lost by a few percent.
     */
    static final double TOLERANCE = 1.25;

    /**
     * Wall time after which a family still at under half the old loops' speed is given up: that is
     * not C2 being late but the Vector API without vector instructions to use (measured with {@code
     * -XX:UseAVX=0}, as on a Celeron without AVX: 0.05–0.07×), where timing on for the full {@link
     * #GIVE_UP_NANOS} would keep a core of a slow laptop busy for nothing.
     */
    static final long HOPELESS_NANOS = TimeUnit.SECONDS.toNanos(10);

    /** Wall time after which the warm-up stops and leaves the shifted layout in place. */
    static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(30);

    /**
     * {@code -Dconvlab.vectorApi=off} keeps the JIT-vectorized loops even where the module is
     * loaded: for comparing the two in one build, and a way out should the Vector API misbehave on
     * some machine (for the packaged app, in {@code JAVA_TOOL_OPTIONS}).
     */
    public static final String SWITCH_PROPERTY = "convlab.vectorApi";

    private static final boolean SWITCHED_OFF = "off".equals(System.getProperty(SWITCH_PROPERTY));
    private static final boolean AVAILABLE =
            !SWITCHED_OFF
                    && ModuleLayer.boot()
                            .findModule("jdk.incubator.vector")
                            .map(VectorPath.class.getModule()::canRead)
                            .orElse(false);
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final CountDownLatch DONE = new CountDownLatch(1);

    /** Bit {@code 1 << family.ordinal()} is set once that family runs in the offset layout. */
    private static volatile int enabledFamilies;

    /** Tests pin the layout; null leaves it to the warm-up. */
    private static volatile Boolean pinned;

    private static volatile String verdict =
            "JIT-vectorized loops (the Vector API ones not measured yet)";

    private VectorPath() {}

    /**
     * Whether the JVM has the Vector API module and it is not switched off (see the class comment).
     */
    public static boolean available() {
        return AVAILABLE;
    }

    /**
     * The loops a map's mode runs, each family switched on its own: a loop C2 compiled badly now
     * and then (seen: SSD's five-tap loop at 2× the old one, in 1 of 26 benchmark JVMs) then keeps
     * only its own family on the old loops.
     */
    enum Family {
        /** Raw, zero-mean and NCC: sums of products (and NCC's window sums). */
        PRODUCTS("sums of products"),
        /** SSD: sums of squared differences. */
        SQUARED_DIFFERENCES("SSD");

        private final String label;

        Family(String label) {
            this.label = label;
        }

        static Family of(MatchMode mode) {
            return mode == MatchMode.SSD ? SQUARED_DIFFERENCES : PRODUCTS;
        }
    }

    /** Whether maps in this mode are computed in the offset layout now. */
    static boolean enabled(MatchMode mode) {
        Boolean p = pinned;
        return p != null ? p && AVAILABLE : (enabledFamilies & 1 << Family.of(mode).ordinal()) != 0;
    }

    /**
     * Tests: use ({@code true}) or do not use ({@code false}) the offset layout; null undoes it.
     */
    static void pin(Boolean on) {
        pinned = on;
    }

    /** One line for the frame-time readout and the benchmarks: which loops run, and why. */
    public static String status() {
        return verdict;
    }

    /**
     * Starts the warm-up on a daemon thread of low priority, once; returns at once. Nothing happens
     * where the module is absent.
     */
    public static void warmUpInBackground() {
        if (!AVAILABLE) {
            verdict =
                    SWITCHED_OFF
                            ? "JIT-vectorized loops (switched off with -D"
                                    + SWITCH_PROPERTY
                                    + "=off)"
                            : "JIT-vectorized loops (the Vector API module is not loaded)";
            DONE.countDown();
            return;
        }
        if (STARTED.compareAndSet(false, true)) {
            Thread t = new Thread(VectorPath::warmUp, "convlab-vector-warm-up");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        }
    }

    /**
     * Starts the warm-up if need be and waits for its verdict (benchmarks, so that they measure the
     * layout the app settles on). Returns whether raw maps (and NCC's) use the offset layout.
     */
    public static boolean awaitWarmUp(long timeout, TimeUnit unit) throws InterruptedException {
        warmUpInBackground();
        DONE.await(timeout, unit);
        return enabled(MatchMode.RAW);
    }

    private static void warmUp() {
        try {
            List<Exercise> all = exercises();
            Map<Family, List<Exercise>> exercises = new EnumMap<>(Family.class);
            Map<Family, Timings> timings = new EnumMap<>(Family.class);
            for (Family f : Family.values()) {
                List<Exercise> own =
                        all.stream()
                                .filter(e -> Family.of(e.mode()) == f)
                                .collect(Collectors.toList());
                exercises.put(f, own);
                timings.put(f, new Timings(own.size()));
            }
            Set<Family> undecided = EnumSet.allOf(Family.class);
            Set<Family> lost = EnumSet.noneOf(Family.class);
            Map<Family, Long> wonAfterMillis = new EnumMap<>(Family.class);
            long begin = System.nanoTime();
            while (!undecided.isEmpty() && System.nanoTime() - begin < GIVE_UP_NANOS) {
                for (Iterator<Family> it = undecided.iterator(); it.hasNext(); ) {
                    Family f = it.next();
                    List<Exercise> own = exercises.get(f);
                    for (int e = 0; e < own.size(); e++) {
                        timings.get(f).record(e, own.get(e).time(true), own.get(e).time(false));
                    }
                    if (timings.get(f).offsetsWin()) {
                        enabledFamilies |= 1 << f.ordinal();
                        wonAfterMillis.put(
                                f, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
                        it.remove();
                    } else if (System.nanoTime() - begin > HOPELESS_NANOS
                            && timings.get(f).hopeless()) {
                        lost.add(f);
                        it.remove();
                    }
                }
            }
            lost.addAll(undecided);
            verdict = verdict(exercises, timings, lost, wonAfterMillis);
        } finally {
            DONE.countDown();
        }
    }

    /** The status line: which loops run, how much faster, or which exercise held a family back. */
    static String verdict(
            Map<Family, List<Exercise>> exercises,
            Map<Family, Timings> timings,
            Set<Family> lost,
            Map<Family, Long> wonAfterMillis) {
        String why =
                lost.stream()
                        .map(
                                f -> {
                                    Timings t = timings.get(f);
                                    int worst = t.slowest();
                                    return String.format(
                                            "%s %.2f× after %d rounds, slowest %s at %.2f×",
                                            f.label,
                                            t.speedUp(),
                                            t.rounds(),
                                            exercises.get(f).get(worst),
                                            t.slowdown(worst));
                                })
                        .collect(Collectors.joining("; "));
        if (lost.size() == Family.values().length) {
            return "JIT-vectorized loops (the Vector API was not faster here: " + why + ")";
        }
        // The headline gives the numbers of the loops for raw maps, unless only SSD's won.
        Timings won =
                timings.get(
                        lost.contains(Family.PRODUCTS)
                                ? Family.SQUARED_DIFFERENCES
                                : Family.PRODUCTS);
        String headline =
                String.format(
                        "Vector API loops (%.1f× the JIT-vectorized ones after %d warm-up rounds, %d ms)",
                        won.speedUp(), won.rounds(), Collections.max(wonAfterMillis.values()));
        if (lost.isEmpty()) {
            return headline;
        }
        return headline
                + " except for "
                + lost.stream().map(f -> f.label).collect(Collectors.joining(" and "))
                + ", JIT-vectorized (the Vector API was not faster there: "
                + why
                + ")";
    }

    /**
     * Small maps that between them call every loop {@link VectorTaps} has: real values (the double
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
    record Exercise(Image in, Filter k, ConvSettings s, MatchMode mode) {
        long time(boolean offsets) {
            Geometry g = Geometry.of(in.height(), in.width(), k.height(), k.width(), s);
            // Outside the clock: the facts are remembered for the last image only, so with two
            // images taking turns the first layout timed would pay for them (measured: 3–5× on
            // one-tap maps, which kept the shifted layout for good).
            ImageFacts.of(in);
            long t0 = System.nanoTime();
            Correlation2D.compute(in, k, g, mode, Activation.NONE, offsets);
            return System.nanoTime() - t0;
        }

        /** "5×5 raw, same, whole numbers": enough to tell which loop lost. */
        @Override
        public String toString() {
            boolean whole = ImageFacts.of(in).floats() != null;
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

    /**
     * The times of the last {@link #WINDOW} rounds per exercise and layout, and the rule: the
     * offset layout wins when, for {@link #AGREEING_ROUNDS} rounds in a row, the exercises' fastest
     * offset times in the window add up to no more than their fastest shifted times, and no
     * exercise's is more than {@link #TOLERANCE} times its shifted one.
     */
    static final class Timings {
        private final long[][] offsets;
        private final long[][] shifted;
        private int rounds;
        private int agreeing;

        Timings(int exercises) {
            offsets = new long[exercises][WINDOW];
            shifted = new long[exercises][WINDOW];
        }

        /** Records one exercise's times; a round is complete once the last exercise is recorded. */
        void record(int exercise, long offsetNanos, long shiftedNanos) {
            offsets[exercise][rounds % WINDOW] = offsetNanos;
            shifted[exercise][rounds % WINDOW] = shiftedNanos;
            if (exercise == offsets.length - 1) {
                rounds++;
                agreeing =
                        rounds >= WINDOW && speedUp() >= 1 && noneMuchSlower() ? agreeing + 1 : 0;
            }
        }

        /** Complete rounds recorded so far. */
        int rounds() {
            return rounds;
        }

        boolean offsetsWin() {
            return agreeing >= AGREEING_ROUNDS;
        }

        /** Σ fastest shifted ÷ Σ fastest offset times over the window. */
        double speedUp() {
            long o = 0;
            long s = 0;
            for (int e = 0; e < offsets.length; e++) {
                o += min(offsets[e]);
                s += min(shifted[e]);
            }
            return o == 0 ? 0 : (double) s / o;
        }

        /**
         * A full window in which the offset layout ran at under half the old loops' speed in total.
         */
        boolean hopeless() {
            return rounds >= WINDOW && speedUp() < 0.5;
        }

        /** The exercise whose offset time is the largest multiple of its shifted time. */
        int slowest() {
            int worst = 0;
            for (int e = 1; e < offsets.length; e++) {
                if (slowdown(e) > slowdown(worst)) {
                    worst = e;
                }
            }
            return worst;
        }

        /** Fastest offset ÷ fastest shifted time of one exercise over the window. */
        double slowdown(int exercise) {
            return (double) min(offsets[exercise]) / min(shifted[exercise]);
        }

        private boolean noneMuchSlower() {
            for (int e = 0; e < offsets.length; e++) {
                if (min(offsets[e]) > TOLERANCE * min(shifted[e])) {
                    return false;
                }
            }
            return true;
        }

        private static long min(long[] v) {
            long m = Long.MAX_VALUE;
            for (long x : v) {
                m = Math.min(m, x);
            }
            return m;
        }
    }
}
