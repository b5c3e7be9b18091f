package org.convlab.conv;

/**
 * The colour map every heat map uses, on screen and in exported PNGs: blue for negative, a neutral
 * grey at exactly zero, orange for positive (a blue–orange pair reads the same for the common kinds
 * of colour blindness), symmetric around zero so equal magnitudes get equal intensity. Colours are
 * packed ARGB ints so this stays free of JavaFX.
 */
public final class DivergingColorMap {
    /** Endpoints and middle as RGB. */
    static final int NEGATIVE = 0x1F5FA8;

    static final int ZERO = 0xD0D0D0;
    static final int POSITIVE = 0xC25A00;

    private final double limit;

    /**
     * A map whose ends are at −limit and +limit; limit 0 (an all-zero map) shows everything grey.
     */
    public DivergingColorMap(double limit) {
        if (!(limit >= 0) || Double.isInfinite(limit)) {
            throw new IllegalArgumentException(
                    "colour map limit must be finite and ≥ 0, got " + limit);
        }
        this.limit = limit;
    }

    /**
     * A map scaled to the larger magnitude of {@code lo} and {@code hi}, the smallest and largest
     * values shown: the same as {@link #fitting} on those values, without reading them again.
     */
    public static DivergingColorMap forRange(double lo, double hi) {
        return new DivergingColorMap(Math.max(Math.abs(lo), Math.abs(hi)));
    }

    /** A map scaled to the largest magnitude in {@code values}. */
    public static DivergingColorMap fitting(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, Math.abs(v));
        }
        return new DivergingColorMap(m);
    }

    public double limit() {
        return limit;
    }

    /** Opaque ARGB for a value; values beyond ±limit take the end colour. */
    public int argb(double v) {
        return argb(v, NEGATIVE, ZERO, POSITIVE);
    }

    /**
     * Opaque ARGB for a value on this scale with other end and middle colours (RGB), as a screen
     * whose stylesheet chooses them paints it.
     */
    public int argb(double v, int negative, int zero, int positive) {
        double t = limit == 0 ? 0 : Math.max(-1, Math.min(1, v / limit));
        int rgb = t < 0 ? mix(zero, negative, -t) : mix(zero, positive, t);
        return 0xFF000000 | rgb;
    }

    /** Black or white, whichever reads better on the colour of {@code v}. */
    public int textArgb(double v) {
        return isLight(argb(v)) ? 0xFF000000 : 0xFFFFFFFF;
    }

    /** Whether dark text reads better than light text on the colour {@code argb}. */
    public static boolean isLight(int argb) {
        double lum =
                0.2126 * ((argb >> 16) & 0xFF)
                        + 0.7152 * ((argb >> 8) & 0xFF)
                        + 0.0722 * (argb & 0xFF);
        return lum > 140;
    }

    /** The RGB a fraction {@code t} (0..1) of the way from colour {@code a} to colour {@code b}. */
    public static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
        int bl = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return (r << 16) | (g << 8) | bl;
    }
}
