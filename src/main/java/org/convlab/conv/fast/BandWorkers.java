package org.convlab.conv.fast;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Runs the bands of one large map on the calling thread and on helper threads, one per other core,
 * that stay awake for a moment after each map.
 *
 * <p>Why not the common fork-join pool, which did this before: its idle workers park, and on this
 * machine (a virtual machine, like many school laptops' cloud desktops) waking a parked thread on
 * an idle core took about 25 µs, and waking the caller after the last band another 20 µs: 45 µs of
 * a 300 µs map, measured by stamping each band's start and end. Helpers that spin for {@link
 * #STAY_AWAKE_NANOS} after a map start the next one within 1–3 µs when maps follow each other (a
 * recompute of several filters, a drag of a weight slider), and the caller spins briefly before it
 * parks. A 512×512 5×5 map went from 282–304 to 250–270 µs on two cores.
 *
 * <p>Bands are claimed one at a time from a shared counter, so a core slowed by other work takes
 * fewer. What each band computes does not depend on who runs it, so neither do the results.
 */
public final class BandWorkers {
    /**
     * How long a helper spins after a map before it parks: long enough to cover the gap between the
     * maps of one recompute, short enough that an idle app costs no CPU (at most 1 ms of one core
     * per map).
     */
    static final long STAY_AWAKE_NANOS = 1_000_000;

    /** How long the caller spins for the last bands of other threads before it parks. */
    private static final long CALLER_SPIN_NANOS = 200_000;

    /**
     * One helper per core besides the caller's; none on a single core, where a spinning helper
     * would only take turns with the caller (the common pool still has one worker there).
     */
    private static final BandWorkers SHARED =
            new BandWorkers(Runtime.getRuntime().availableProcessors() - 1);

    private final int helpers;
    private final Thread[] threads;

    /** Set while a caller owns the helpers; other callers meanwhile run their bands alone. */
    private final AtomicBoolean inUse = new AtomicBoolean();

    /**
     * The map being computed, null between maps (so that no helper keeps the last map's image and
     * rows alive); helpers work on each job whose number they have not seen yet.
     */
    private volatile Job job;

    private long jobsStarted;

    /**
     * {@code helpers} threads besides the caller's (0: every map is computed on the calling
     * thread).
     */
    BandWorkers(int helpers) {
        this.helpers = Math.max(0, helpers);
        this.threads = new Thread[this.helpers];
    }

    /** The team every map shares: one helper per core besides the caller's. */
    public static BandWorkers shared() {
        return SHARED;
    }

    /** Threads that compute a map: the caller and the helpers. */
    public int threads() {
        return helpers + 1;
    }

    /**
     * Calls {@code band.accept(b)} once for each b in [0, bands), spread over the caller and the
     * helpers, and returns when all have returned. A band's exception is thrown here, after the
     * other bands have finished. If another map holds the helpers (a second caller, or a band that
     * itself computes a map), the caller computes every band itself.
     */
    public void run(int bands, IntConsumer band) {
        if (helpers == 0 || bands < 2 || !inUse.compareAndSet(false, true)) {
            for (int b = 0; b < bands; b++) {
                band.accept(b);
            }
            return;
        }
        try {
            Job j = new Job(++jobsStarted, bands, band, Thread.currentThread());
            job = j;
            wakeHelpers();
            j.work();
            j.awaitOthers();
            j.rethrow();
        } finally {
            job = null;
            inUse.set(false);
        }
    }

    private void wakeHelpers() {
        synchronized (threads) {
            for (int i = 0; i < helpers; i++) {
                if (threads[i] == null) {
                    Thread t = new Thread(this::helperLoop, "convlab-band-helper-" + (i + 1));
                    t.setDaemon(true);
                    threads[i] = t;
                    t.start();
                }
            }
        }
        for (Thread t : threads) {
            LockSupport.unpark(t);
        }
    }

    private void helperLoop() {
        long seen = 0;
        long parkAt = System.nanoTime() + STAY_AWAKE_NANOS;
        while (true) {
            Job j = job;
            if (j != null && j.number != seen) {
                seen = j.number;
                j.work();
                parkAt = System.nanoTime() + STAY_AWAKE_NANOS;
            } else if (System.nanoTime() - parkAt < 0) {
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
                parkAt = System.nanoTime() + STAY_AWAKE_NANOS;
            }
        }
    }

    /** One map's bands, claimed one at a time by whoever is free. */
    private static final class Job {
        /** Counts from 1, so that a helper that has seen no job yet (0) takes the first. */
        private final long number;

        private final int bands;
        private final IntConsumer band;
        private final Thread caller;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger finished = new AtomicInteger();

        /** The first exception a band threw. */
        private volatile Throwable failure;

        Job(long number, int bands, IntConsumer band, Thread caller) {
            this.number = number;
            this.bands = bands;
            this.band = band;
            this.caller = caller;
        }

        void work() {
            int done = 0;
            for (int b = next.getAndIncrement(); b < bands; b = next.getAndIncrement()) {
                try {
                    band.accept(b);
                } catch (Throwable t) {
                    if (failure == null) {
                        failure = t;
                    }
                }
                done++;
            }
            if (done > 0 && finished.addAndGet(done) == bands && Thread.currentThread() != caller) {
                LockSupport.unpark(caller);
            }
        }

        /** Waits until every band has finished: spinning at first, as the last ones are short. */
        void awaitOthers() {
            long parkAt = System.nanoTime() + CALLER_SPIN_NANOS;
            while (finished.get() < bands) {
                if (System.nanoTime() - parkAt < 0) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
        }

        void rethrow() {
            Throwable t = failure;
            if (t instanceof RuntimeException) {
                throw (RuntimeException) t;
            }
            if (t instanceof Error) {
                throw (Error) t;
            }
            if (t != null) {
                throw new IllegalStateException(t);
            }
        }
    }
}
