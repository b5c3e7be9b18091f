package org.convlab.viewmodel.translation;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The shift k and how far it may go. Kept apart from {@link TranslationViewModel} so the one rule
 * (|k| ≤ length − 1: further than that nothing of the signal is left to compare) sits in one place.
 */
final class ShiftRange {
    final IntegerProperty shift;
    final ReadOnlyIntegerWrapper maxShift;

    ShiftRange(Object bean) {
        shift = new SimpleIntegerProperty(bean, "shift", 0);
        maxShift = new ReadOnlyIntegerWrapper(bean, "maxShift", 6);
    }

    /** Refuses (IllegalArgumentException) a shift beyond ±maxShift. */
    void set(int value) {
        if (Math.abs(value) > maxShift.get()) {
            throw new IllegalArgumentException(
                    "the shift must be between "
                            + Phrases.num(-maxShift.get())
                            + " and "
                            + maxShift.get()
                            + ", got "
                            + value);
        }
        shift.set(value);
    }

    /** Moves the shift by delta if it stays in range; false (and no change) otherwise. */
    boolean moveBy(int delta) {
        int v = shift.get() + delta;
        if (Math.abs(v) > maxShift.get()) {
            return false;
        }
        shift.set(v);
        return true;
    }

    /** Fits the range to a signal of n values; a shift that no longer fits goes back to 0. */
    void fitTo(int n) {
        maxShift.set(n - 1);
        if (Math.abs(shift.get()) > n - 1) {
            shift.set(0);
        }
    }
}
