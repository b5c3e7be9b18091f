package org.convlab.viewmodel.translation;

import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.convlab.conv.Correlation1D;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Padding;

/**
 * The block that "Move the pattern" relocates: where it starts, how long it is and where it goes.
 * Kept apart from {@link TranslationViewModel} so the rules of a valid block sit together; the view
 * model decides when the lesson recomputes.
 */
final class BlockMove {
    final ReadOnlyIntegerWrapper start;
    final ReadOnlyIntegerWrapper length;
    final ReadOnlyIntegerWrapper target;

    BlockMove(Object bean) {
        start = new ReadOnlyIntegerWrapper(bean, "blockStart", 0);
        length = new ReadOnlyIntegerWrapper(bean, "blockLength", 1);
        target = new ReadOnlyIntegerWrapper(bean, "moveTarget", 0);
    }

    /**
     * Refuses (IllegalArgumentException) a block outside a signal of n values; the target is kept
     * if the block still fits there, else set to 0.
     */
    void set(int newStart, int newLength, int n) {
        if (newLength < 1 || newStart < 0 || newStart + newLength > n) {
            throw new IllegalArgumentException(
                    "the block "
                            + newStart
                            + "…"
                            + (newStart + newLength - 1)
                            + " is not inside the signal 0…"
                            + (n - 1));
        }
        start.set(newStart);
        length.set(newLength);
        if (target.get() + newLength > n) {
            target.set(0);
        }
    }

    /** Refuses a target where the block would not fit in a signal of n values. */
    void setTarget(int to, int n) {
        int max = n - length.get();
        if (to < 0 || to > max) {
            throw new IllegalArgumentException(
                    "the block can start between 0 and " + max + ", got " + to);
        }
        target.set(to);
    }

    /**
     * The block starts on the closest copy of the kernel (SSD argmax), as in the homework, and goes
     * to the other end of the signal.
     */
    void reset(double[] s, double[] k) {
        double[] ssd = Correlation1D.correlate(s, k, MatchMode.SSD, Padding.VALID);
        start.set(Correlation1D.argmax(ssd));
        length.set(k.length);
        target.set(start.get() == 0 ? s.length - k.length : 0);
    }
}
