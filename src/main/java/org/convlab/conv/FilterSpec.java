package org.convlab.conv;

import java.util.Objects;

/**
 * A named filter as the user edits it: weights and bias, plus its part in the detector (gain and
 * offset, read as {@code gain · R[y + dy][x + dx]}).
 */
public record FilterSpec(String name, Filter filter, double gain, int dx, int dy) {
    public FilterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(filter, "filter");
        if (!Double.isFinite(gain)) {
            throw new IllegalArgumentException(
                    "gain of filter " + name + " must be a finite number, got " + gain);
        }
    }

    /** Gain 1 and no offset. */
    public static FilterSpec plain(String name, Filter filter) {
        return new FilterSpec(name, filter, 1, 0, 0);
    }

    public FilterSpec withName(String n) {
        return new FilterSpec(n, filter, gain, dx, dy);
    }

    public FilterSpec withFilter(Filter f) {
        return new FilterSpec(name, f, gain, dx, dy);
    }

    public FilterSpec withGain(double g) {
        return new FilterSpec(name, filter, g, dx, dy);
    }

    public FilterSpec withOffset(int newDx, int newDy) {
        return new FilterSpec(name, filter, gain, newDx, newDy);
    }
}
