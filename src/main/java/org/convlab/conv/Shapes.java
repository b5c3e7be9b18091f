package org.convlab.conv;

/** Argument checks shared by the core's value classes, so every refusal reads the same way. */
public final class Shapes {
    private Shapes() {}

    public static void requirePositive(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, got " + value);
        }
    }

    public static void requireFinite(String what, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(
                        what
                                + " value "
                                + i
                                + " is "
                                + values[i]
                                + "; only finite numbers are allowed");
            }
        }
    }

    public static void requireFinite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    what + " is " + value + "; only finite numbers are allowed");
        }
    }
}
