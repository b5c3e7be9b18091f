package org.convlab.conv.fast;

/**
 * The times of the last {@link #WINDOW} rounds per exercise and layout, and the rule: the offset
 * layout wins when, for {@link #AGREEING_ROUNDS} rounds in a row, the exercises' fastest offset
 * times in the window add up to no more than their fastest shifted times, and no exercise's is more
 * than {@link #TOLERANCE} times its shifted one.
 */
final class LayoutTimings {
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

    private final long[][] offsets;
    private final long[][] shifted;
    private int rounds;
    private int agreeing;

    LayoutTimings(int exercises) {
        offsets = new long[exercises][WINDOW];
        shifted = new long[exercises][WINDOW];
    }

    /** Records one exercise's times; a round is complete once the last exercise is recorded. */
    void record(int exercise, long offsetNanos, long shiftedNanos) {
        offsets[exercise][rounds % WINDOW] = offsetNanos;
        shifted[exercise][rounds % WINDOW] = shiftedNanos;
        if (exercise == offsets.length - 1) {
            rounds++;
            agreeing = rounds >= WINDOW && speedUp() >= 1 && noneMuchSlower() ? agreeing + 1 : 0;
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

    /** A full window in which the offset layout ran at under half the old loops' speed in total. */
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
