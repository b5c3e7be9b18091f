package org.convlab.conv;

import java.util.Locale;

/**
 * What a "match" score means. The modes exist to teach that a raw dot product is not a similarity:
 * it grows with the brightness of the window, so it need not peak where the pattern is.
 */
public enum MatchMode {
    /** Correlation plus bias: what a conv layer computes. */
    RAW("raw", "Raw dot product"),
    /** The kernel's mean subtracted first, plus bias: a flat window scores 0. */
    ZERO_MEAN("zero-mean", "Zero-mean"),
    /** Normalized cross-correlation in [−1, 1]; ignores offset and scale; bias ignored. */
    NCC("ncc", "NCC"),
    /** Minus the sum of squared differences; an exact copy scores 0, the highest; bias ignored. */
    SSD("ssd", "SSD");

    private final String id;
    private final String label;

    MatchMode(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name used in workspace files and on the command line. */
    public String id() {
        return id;
    }

    /** A short name for the screen. */
    public String label() {
        return label;
    }

    /** Parses a file/command-line name such as {@code zero-mean}. */
    public static MatchMode parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (MatchMode m : values()) {
            if (m.id.equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException(
                "matching mode must be raw, zero-mean, ncc or ssd, got \"" + text + "\"");
    }

    /** Whether the filter's bias takes part in the score. */
    public boolean usesBias() {
        return this == RAW || this == ZERO_MEAN;
    }
}
