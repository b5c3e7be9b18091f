package org.convlab.lessons.shift;

import java.util.OptionalInt;
import org.convlab.conv.Correlation1D;

/**
 * Moving one block of a signal somewhere else while the rest keeps its order: what the homework did
 * to "translate the pattern" ([6,7,8,1,2,3,5] → [1,2,3,6,7,8,5]). It is a cut and paste, not a
 * translation, and the helpers here say by how much the two differ.
 */
public final class PatternMove {
    private PatternMove() {}

    /**
     * The signal with the block {@code [from, from + length)} cut out and pasted back so that it
     * starts at {@code to}; every other value keeps its order around it.
     */
    public static double[] move(double[] signal, int from, int length, int to) {
        int n = signal.length;
        if (length < 1 || length > n) {
            throw new IllegalArgumentException(
                    "the block must hold 1 to " + n + " values, got " + length);
        }
        if (from < 0 || from + length > n) {
            throw new IllegalArgumentException(
                    "the block "
                            + from
                            + "…"
                            + (from + length - 1)
                            + " is not inside the signal 0…"
                            + (n - 1));
        }
        if (to < 0 || to + length > n) {
            throw new IllegalArgumentException(
                    "the block cannot start at "
                            + to
                            + ": it must start between 0 and "
                            + (n - length));
        }
        double[] rest = new double[n - length];
        System.arraycopy(signal, 0, rest, 0, from);
        System.arraycopy(signal, from + length, rest, from, n - from - length);
        double[] r = new double[n];
        System.arraycopy(rest, 0, r, 0, to);
        System.arraycopy(signal, from, r, to, length);
        System.arraycopy(rest, to, r, to + length, n - length - to);
        return r;
    }

    /** How many positions hold a different value in {@code a} and {@code b} (same length). */
    public static int changedCount(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(
                    "signals of different lengths: " + a.length + " and " + b.length);
        }
        int c = 0;
        for (int i = 0; i < a.length; i++) {
            if (Double.compare(a[i] + 0.0, b[i] + 0.0) != 0) {
                c++;
            }
        }
        return c;
    }

    /**
     * The shift k (smallest |k|, then positive first) with {@code Correlation1D.shift(original, k,
     * circular)} equal to {@code moved}, or empty when no translation gives it.
     */
    public static OptionalInt asTranslation(double[] original, double[] moved, boolean circular) {
        int n = original.length;
        for (int m = 0; m < n; m++) {
            for (int k : m == 0 ? new int[] {0} : new int[] {m, -m}) {
                if (changedCount(Correlation1D.shift(original, k, circular), moved) == 0) {
                    return OptionalInt.of(k);
                }
            }
        }
        return OptionalInt.empty();
    }
}
