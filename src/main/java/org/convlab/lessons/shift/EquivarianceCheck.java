package org.convlab.lessons.shift;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.convlab.conv.Argmax;
import org.convlab.conv.Cell;
import org.convlab.conv.CircularCorrelation;
import org.convlab.conv.Correlation1D;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Padding;

/**
 * The translation lesson's experiment as a value: correlate a signal, shift the signal by k,
 * correlate again, and compare the second output with the first one moved by k.
 *
 * <p>With a zero-fill shift the output uses the chosen zero padding; the comparison is made where
 * both outputs have a cell ({@code after[i]} against {@code before[i − k]}). Any difference there
 * comes from signal values the shift pushed past the edge. With a circular shift the output is the
 * {@link CircularCorrelation}, and {@code after[i] = before[(i − k) mod n]} holds at every i.
 *
 * @param shifted the signal moved by k
 * @param before output of the original signal
 * @param after output of the shifted signal
 * @param shift k (positive moves right)
 * @param circular whether the shift and the correlation wrap around
 * @param outputStart the signal position where output 0's window starts (−padding before)
 * @param comparable how many after-cells have a counterpart in {@code before}
 * @param changed after-indices whose value differs from the moved before-value
 * @param fellOff before-indices whose moved position lies outside the output
 * @param lostSignal signal indices whose non-zero value the zero-fill shift pushed out
 * @param argmaxBefore argmax of {@code before} (1 × length)
 * @param argmaxAfter argmax of {@code after}
 */
public record EquivarianceCheck(
        double[] shifted,
        double[] before,
        double[] after,
        int shift,
        boolean circular,
        int outputStart,
        int comparable,
        List<Integer> changed,
        List<Integer> fellOff,
        List<Integer> lostSignal,
        Argmax argmaxBefore,
        Argmax argmaxAfter) {
    public EquivarianceCheck {
        changed = List.copyOf(changed);
        fellOff = List.copyOf(fellOff);
        lostSignal = List.copyOf(lostSignal);
    }

    /** Runs the experiment; circular uses the ring correlation and ignores {@code padding}. */
    public static EquivarianceCheck of(
            double[] signal,
            double[] kernel,
            MatchMode mode,
            Padding padding,
            int k,
            boolean circular) {
        double[] moved = Correlation1D.shift(signal, k, circular);
        double[] before;
        double[] after;
        int start;
        if (circular) {
            before = CircularCorrelation.correlate(signal, kernel, mode);
            after = CircularCorrelation.correlate(moved, kernel, mode);
            start = -CircularCorrelation.before(kernel.length);
        } else {
            before = Correlation1D.correlate(signal, kernel, mode, padding);
            after = Correlation1D.correlate(moved, kernel, mode, padding);
            start = -Correlation1D.padBefore(signal.length, kernel.length, padding);
        }
        int m = before.length;
        int comparable = 0;
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            int j = counterpart(i, k, m, circular);
            if (j >= 0) {
                comparable++;
                if (Double.compare(after[i] + 0.0, before[j] + 0.0) != 0) {
                    changed.add(i);
                }
            }
        }
        List<Integer> fellOff = new ArrayList<>();
        List<Integer> lost = new ArrayList<>();
        if (!circular) {
            for (int j = 0; j < m; j++) {
                if (j + k < 0 || j + k >= m) {
                    fellOff.add(j);
                }
            }
            for (int s = 0; s < signal.length; s++) {
                if ((s + k < 0 || s + k >= signal.length) && signal[s] != 0) {
                    lost.add(s);
                }
            }
        }
        return new EquivarianceCheck(
                moved,
                before,
                after,
                k,
                circular,
                start,
                comparable,
                changed,
                fellOff,
                lost,
                Argmax.of(before, 1, m),
                Argmax.of(after, 1, m));
    }

    /** The before-index that after-index i should equal, or −1 when it has none. */
    private static int counterpart(int i, int k, int m, boolean circular) {
        if (circular) {
            return Math.floorMod(i - k, m);
        }
        int j = i - k;
        return j >= 0 && j < m ? j : -1;
    }

    /** Whether after-index i has a counterpart in {@code before}. */
    public boolean hasCounterpart(int i) {
        return counterpart(i, shift, before.length, circular) >= 0;
    }

    /**
     * {@code before[i − k]} (wrapped when circular); only meaningful where {@link #hasCounterpart}.
     */
    public double expected(int i) {
        return before[counterpart(i, shift, before.length, circular)];
    }

    /**
     * Where the best match should be after the shift: {@code argmaxBefore + k} (wrapped when
     * circular).
     */
    public int expectedPeak() {
        int p = argmaxBefore.col() + shift;
        return circular ? Math.floorMod(p, before.length) : p;
    }

    /** True when every comparable output cell equals the old output moved by k. */
    public boolean outputMovedWithSignal() {
        return changed.isEmpty();
    }

    /**
     * True when the best value is the same and every position holding it moved by exactly k: the
     * value is invariant and the position equivariant.
     */
    public boolean bestMovedByShift() {
        if (Double.compare(argmaxBefore.max() + 0.0, argmaxAfter.max() + 0.0) != 0) {
            return false;
        }
        List<Cell> a = argmaxBefore.ties();
        List<Cell> b = argmaxAfter.ties();
        if (a.size() != b.size()) {
            return false;
        }
        int m = before.length;
        Set<Integer> expected = new TreeSet<>();
        for (Cell t : a) {
            int p = t.col() + shift;
            if (circular) {
                p = Math.floorMod(p, m);
            } else if (p < 0 || p >= m) {
                return false;
            }
            expected.add(p);
        }
        Set<Integer> actual = new TreeSet<>();
        for (Cell t : b) {
            actual.add(t.col());
        }
        return expected.equals(actual);
    }
}
