package org.convlab.conv.fast;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
 * set of small maps ({@code conv}'s exercises) in both layouts on a background thread, for each
 * {@link Family} of loops apart, until that family is faster with offsets in total and none of its
 * maps much slower (the rule of {@link LayoutTimings}); only then are that family's maps computed
 * that way. A family still under half speed after {@link #HOPELESS_NANOS} (no vector instructions)
 * or not yet faster after {@link #GIVE_UP_NANOS} keeps the old loops. Until then, and on machines
 * where it never wins, nothing changes.
 */
public final class LoopChoice {
    /**
     * Wall time after which a family still at under half the old loops' speed is given up: that is
     * not C2 being late but the Vector API without vector instructions to use (measured with {@code
     * -XX:UseAVX=0}, as on a Celeron without AVX: 0.05–0.07×), where timing on for the full {@link
     * #GIVE_UP_NANOS} would keep a core of a slow laptop busy for nothing.
     */
    static final long HOPELESS_NANOS = TimeUnit.SECONDS.toNanos(10);

    /** Wall time after which the warm-up stops and leaves the shifted layout in place. */
    public static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(30);

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
                            .map(LoopChoice.class.getModule()::canRead)
                            .orElse(false);
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final CountDownLatch DONE = new CountDownLatch(1);

    /** Bit {@code 1 << family.ordinal()} is set once that family runs in the offset layout. */
    private static volatile int enabledFamilies;

    /** Tests pin the layout; null leaves it to the warm-up. */
    private static volatile Boolean pinned;

    private static volatile String verdict =
            "JIT-vectorized loops (the Vector API ones not measured yet)";

    private LoopChoice() {}

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
    }

    /** One small map the warm-up times in both layouts; its text names it in the status line. */
    public interface Exercise {
        /** The mode, which decides the family of loops the map runs. */
        Matching matching();

        /** Nanoseconds to compute the map in the offset layout or in shifted copies. */
        long time(boolean offsets);
    }

    /** Whether maps in this mode are computed in the offset layout now. */
    public static boolean enabled(Matching matching) {
        Boolean p = pinned;
        return p != null
                ? p && AVAILABLE
                : (enabledFamilies & 1 << matching.family().ordinal()) != 0;
    }

    /**
     * Tests: use ({@code true}) or do not use ({@code false}) the offset layout; null undoes it.
     */
    public static void pin(Boolean on) {
        pinned = on;
    }

    /** One line for the frame-time readout and the benchmarks: which loops run, and why. */
    public static String status() {
        return verdict;
    }

    /**
     * Starts the warm-up on a daemon thread of low priority, once, timing the maps {@code
     * exercises} gives; returns at once. Nothing happens where the module is absent.
     */
    public static void warmUpInBackground(Supplier<List<? extends Exercise>> exercises) {
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
            Thread t = new Thread(() -> warmUp(exercises.get()), "convlab-vector-warm-up");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        }
    }

    /**
     * Starts the warm-up if need be and waits for its verdict (benchmarks, so that they measure the
     * layout the app settles on). Returns whether raw maps (and NCC's) use the offset layout.
     */
    public static boolean awaitWarmUp(
            Supplier<List<? extends Exercise>> exercises, long timeout, TimeUnit unit)
            throws InterruptedException {
        warmUpInBackground(exercises);
        DONE.await(timeout, unit);
        return enabled(Matching.RAW);
    }

    private static void warmUp(List<? extends Exercise> all) {
        try {
            Map<Family, List<Exercise>> exercises = new EnumMap<>(Family.class);
            Map<Family, LayoutTimings> timings = new EnumMap<>(Family.class);
            for (Family f : Family.values()) {
                List<Exercise> own =
                        all.stream()
                                .filter(e -> e.matching().family() == f)
                                .collect(Collectors.toList());
                exercises.put(f, own);
                timings.put(f, new LayoutTimings(own.size()));
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
            Map<Family, LayoutTimings> timings,
            Set<Family> lost,
            Map<Family, Long> wonAfterMillis) {
        String why =
                lost.stream()
                        .map(
                                f -> {
                                    LayoutTimings t = timings.get(f);
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
        LayoutTimings won =
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
}
