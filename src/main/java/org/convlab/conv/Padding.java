package org.convlab.conv;

import java.util.Locale;

/**
 * How many zeros surround the input on each axis: {@code valid}, {@code same}, {@code full} or an
 * explicit count p on every side.
 *
 * <p>{@code same} follows TensorFlow: the output has {@code ceil(H/s)} cells and when the padding
 * needed is odd the extra zero goes after (bottom/right).
 */
public final class Padding {
    /** The kinds of padding; {@link #EXPLICIT} carries a count. */
    public enum Kind {
        VALID,
        SAME,
        FULL,
        EXPLICIT
    }

    public static final Padding VALID = new Padding(Kind.VALID, 0);
    public static final Padding SAME = new Padding(Kind.SAME, 0);
    public static final Padding FULL = new Padding(Kind.FULL, 0);

    private final Kind kind;
    private final int amount;

    private Padding(Kind kind, int amount) {
        this.kind = kind;
        this.amount = amount;
    }

    /** p zeros on every side; p = 0 is the same as valid. */
    public static Padding explicit(int p) {
        if (p < 0) {
            throw new IllegalArgumentException("padding must not be negative, got " + p);
        }
        return new Padding(Kind.EXPLICIT, p);
    }

    /**
     * Parses {@code valid}, {@code same}, {@code full} or a non-negative integer, as written in
     * workspace files and on the command line.
     */
    public static Padding parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "valid":
                return VALID;
            case "same":
                return SAME;
            case "full":
                return FULL;
            default:
                int p;
                try {
                    p = Integer.parseInt(t);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            "padding must be valid, same, full or a whole number ≥ 0, got \""
                                    + text
                                    + "\"");
                }
                return explicit(p);
        }
    }

    public Kind kind() {
        return kind;
    }

    /** The explicit count; 0 for the named kinds. */
    public int amount() {
        return amount;
    }

    /**
     * Zeros before and after the input on one axis of {@code size} cells, for a kernel of {@code
     * kernel} taps with the given stride and dilation.
     *
     * @return {@code {before, after}}
     */
    public int[] amounts(int size, int kernel, int stride, int dilation) {
        // long arithmetic: d·(K−1) and H + s − 1 overflow an int long before the tallies' sizes do
        long span = (long) dilation * (kernel - 1);
        long before;
        long after;
        switch (kind) {
            case VALID:
                return new int[] {0, 0};
            case FULL:
                before = span;
                after = span;
                break;
            case EXPLICIT:
                return new int[] {amount, amount};
            case SAME:
            default:
                long out = ((long) size + stride - 1) / stride;
                long total = Math.max((out - 1) * stride + span + 1 - size, 0);
                before = total / 2;
                after = total - total / 2;
                break;
        }
        if (after > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    kind.name().toLowerCase(Locale.ROOT)
                            + " padding would need "
                            + after
                            + " zeros on a side, more than ConvLab can handle ("
                            + Integer.MAX_VALUE
                            + ")");
        }
        return new int[] {(int) before, (int) after};
    }

    /** The text form {@link #parse} reads back. */
    @Override
    public String toString() {
        return kind == Kind.EXPLICIT
                ? Integer.toString(amount)
                : kind.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Padding p && p.kind == kind && p.amount == amount;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + amount;
    }
}
