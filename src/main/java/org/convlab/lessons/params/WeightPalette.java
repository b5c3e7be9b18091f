package org.convlab.lessons.params;

/**
 * Colours telling kernel weights apart: Paul Tol's "muted" qualitative scheme, chosen to stay
 * distinguishable for the common kinds of colour blindness. With more weights than colours the
 * colours repeat, which is why every view that uses them also writes the weight's index. Colours
 * are packed ARGB ints so this stays free of JavaFX.
 */
public final class WeightPalette {
    private static final int[] RGB = {
        0xCC6677, 0x332288, 0xDDCC77, 0x117733, 0x88CCEE, 0x882255, 0x44AA99, 0x999933, 0xAA4499,
    };

    private WeightPalette() {}

    /** How many different colours there are before they repeat. */
    public static int size() {
        return RGB.length;
    }

    /** Opaque ARGB for weight index {@code k ≥ 0}. */
    public static int argb(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("weight index must be ≥ 0, got " + k);
        }
        return 0xFF000000 | RGB[k % RGB.length];
    }

    /** Whether text on this weight's colour should be white (dark colour) rather than black. */
    public static boolean wantsLightText(int k) {
        int rgb = RGB[k % RGB.length];
        double r = channel(rgb >> 16 & 0xFF);
        double g = channel(rgb >> 8 & 0xFF);
        double b = channel(rgb & 0xFF);
        double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        // Contrast with white beats contrast with black below this relative luminance.
        return luminance < 0.179;
    }

    private static double channel(int v) {
        double c = v / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
