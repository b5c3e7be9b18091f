package org.convlab.format;

import java.util.Objects;
import org.convlab.conv.Image;

/**
 * A decoded picture as 8-bit RGB (transparent parts composited on white), kept so the import dialog
 * can try thresholds without decoding the file again. {@link #toImage} turns it into the input
 * image in one of three ways, always with values in 0..1 as the detector draws them (0 white, 1
 * black): 0 and 1 at a threshold, grey darkness, or RGB with each 8-bit level k as k / 255.
 */
public final class Picture {
    private final int width;
    private final int height;
    private final int[] rgb;
    private final boolean gray;
    private final int step;

    Picture(int width, int height, int[] rgb) {
        this(width, height, rgb, 1);
    }

    private Picture(int width, int height, int[] rgb, int step) {
        this.width = width;
        this.height = height;
        this.rgb = rgb;
        this.step = step;
        boolean g = true;
        for (int p : rgb) {
            int r = (p >> 16) & 0xFF;
            if (r != ((p >> 8) & 0xFF) || r != (p & 0xFF)) {
                g = false;
                break;
            }
        }
        this.gray = g;
    }

    /**
     * The same pixels, known to be every {@code n}-th pixel of every {@code n}-th row of the file.
     */
    Picture readAtEvery(int n) {
        return n == step ? this : new Picture(width, height, rgb, n);
    }

    /**
     * 1 when every pixel of the file was read; n when a large picture was read at every n-th pixel
     * of every n-th row ({@link ImageImport#MAX_PICTURE_PIXELS}).
     */
    public int step() {
        return step;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Whether every pixel is a shade of grey, so nothing is lost by importing one channel. */
    public boolean isGray() {
        return gray;
    }

    /** 0xRRGGBB at (y, x). */
    public int rgb(int y, int x) {
        return rgb[y * width + x];
    }

    /**
     * Luminance 0..255 by the integer Rec. 601 weights {@code (299 R + 587 G + 114 B + 500) /
     * 1000}, so a grey pixel keeps its exact level.
     */
    public int luminance(int y, int x) {
        int p = rgb[y * width + x];
        return (299 * ((p >> 16) & 0xFF) + 587 * ((p >> 8) & 0xFF) + 114 * (p & 0xFF) + 500) / 1000;
    }

    /** How the picture becomes the input image. */
    public sealed interface Conversion permits Binary, GrayLevels, Rgb {}

    /**
     * One channel of 0 and 1: a pixel is 1 when its luminance is at least {@code threshold}
     * (0..255), or, with {@code darkIsOne}, when it is below — for dark strokes on white paper.
     */
    public record Binary(int threshold, boolean darkIsOne) implements Conversion {
        public Binary {
            if (threshold < 0 || threshold > 255) {
                throw new IllegalArgumentException(
                        "the threshold must be 0 to 255, got " + threshold);
            }
        }
    }

    /**
     * One channel of darkness, {@code (255 − luminance) / 255}: white paper 0, black ink 1, so the
     * picture looks the same on the detector, which draws 0 white and 1 black.
     */
    public record GrayLevels() implements Conversion {}

    /** Three channels R, G, B, each level / 255 (so 0..1). */
    public record Rgb() implements Conversion {}

    public Image toImage(Conversion conversion) {
        Objects.requireNonNull(conversion, "conversion");
        int n = width * height;
        if (conversion instanceof Rgb) {
            double[] d = new double[3 * n];
            for (int i = 0; i < n; i++) {
                int p = rgb[i];
                d[i] = ((p >> 16) & 0xFF) / 255.0;
                d[n + i] = ((p >> 8) & 0xFF) / 255.0;
                d[2 * n + i] = (p & 0xFF) / 255.0;
            }
            return Image.of(height, width, 3, d);
        }
        double[] d = new double[n];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int lum = luminance(y, x);
                double v;
                if (conversion instanceof Binary b) {
                    boolean bright = lum >= b.threshold();
                    v = bright != b.darkIsOne() ? 1 : 0;
                } else {
                    v = (255 - lum) / 255.0;
                }
                d[y * width + x] = v;
            }
        }
        return Image.of(height, width, 1, d);
    }
}
