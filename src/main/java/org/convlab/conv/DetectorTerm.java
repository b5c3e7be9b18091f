package org.convlab.conv;

/**
 * One filter's part in a detector: its response map R_k, gain g_k and offset (dx_k, dy_k), read as
 * {@code g_k · R_k[y + dy_k][x + dx_k]}.
 */
public record DetectorTerm(ResponseMap map, double gain, int dx, int dy) {
    public DetectorTerm {
        if (!Double.isFinite(gain)) {
            throw new IllegalArgumentException("gain must be a finite number, got " + gain);
        }
    }

    /** Gain 1, no offset: the plain sum. */
    public static DetectorTerm plain(ResponseMap map) {
        return new DetectorTerm(map, 1, 0, 0);
    }
}
