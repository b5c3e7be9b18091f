package org.convlab.viewmodel.detector;

import java.util.ArrayDeque;
import java.util.Locale;

/**
 * Frame times over the last second, fed one timestamp per pulse (an AnimationTimer's {@code now}),
 * for the F12 readout: the average and the worst frame, so a stutter shows even when the average
 * looks fine.
 */
public final class FrameTimes {
    private static final long WINDOW_NANOS = 1_000_000_000L;
    private final ArrayDeque<long[]> frames = new ArrayDeque<>();
    private long last = -1;

    /** Records the pulse at {@code nowNanos}. */
    public void frame(long nowNanos) {
        if (last >= 0) {
            frames.addLast(new long[] {nowNanos, nowNanos - last});
        }
        last = nowNanos;
        while (!frames.isEmpty() && frames.peekFirst()[0] <= nowNanos - WINDOW_NANOS) {
            frames.removeFirst();
        }
    }

    /** Forgets everything, e.g. when the readout is switched on again. */
    public void reset() {
        frames.clear();
        last = -1;
    }

    public int count() {
        return frames.size();
    }

    /** Mean frame time in milliseconds over the last second; 0 before two frames. */
    public double averageMillis() {
        if (frames.isEmpty()) {
            return 0;
        }
        long sum = 0;
        for (long[] f : frames) {
            sum += f[1];
        }
        return sum / 1e6 / frames.size();
    }

    /** The longest frame in the last second, in milliseconds. */
    public double worstMillis() {
        long worst = 0;
        for (long[] f : frames) {
            worst = Math.max(worst, f[1]);
        }
        return worst / 1e6;
    }

    /** "16.7 ms average (60 fps), worst 18.2 ms". */
    public String text() {
        double avg = averageMillis();
        if (avg == 0) {
            return "frame time: measuring…";
        }
        return String.format(
                Locale.ROOT,
                "frame %.1f ms average (%.0f fps), worst %.1f ms",
                avg,
                1000 / avg,
                worstMillis());
    }
}
