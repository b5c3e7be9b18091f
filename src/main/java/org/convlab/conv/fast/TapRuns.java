package org.convlab.conv.fast;

/**
 * How the taps of one output row are split into runs, shared by {@link FusedTaps} and {@link
 * VectorTaps} so that both add a cell's taps in the same order.
 */
final class TapRuns {
    /**
     * Taps per pass over the output row. Longer loop bodies exceed C2's default unrolling budget
     * (LoopUnrollLimit 60) and then are not vectorized at all: measured 0.075 ns per multiply-add
     * for runs of 5, 0.30 ns for runs of 6 to 8.
     */
    static final int MAX_RUN = 5;

    private TapRuns() {}

    /** Passes over a row for {@code count} taps: runs of at most {@link #MAX_RUN}. */
    static int passes(int count) {
        return (count + MAX_RUN - 1) / MAX_RUN;
    }

    /**
     * The next run's length: the taps left spread evenly over the passes left (6 taps: 3 + 3, not 5
     * + 1).
     */
    static int nextRun(int tapsLeft, int passesLeft) {
        return (tapsLeft + passesLeft - 1) / passesLeft;
    }
}
