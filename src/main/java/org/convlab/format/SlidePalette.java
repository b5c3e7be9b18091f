package org.convlab.format;

import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import org.convlab.conv.DivergingColorMap;

/** The frames' 256 colours. */
final class SlidePalette {
    /** The fixed colours, at the start of the palette. */
    static final byte WHITE = 0;

    static final byte BLACK = 1;
    static final byte HIGHLIGHT = 2;
    static final byte PADDING = 3;
    static final byte PENDING = 4;
    static final byte BORDER = 5;
    private static final int FIXED = 6;

    static final int INK_STEPS = 64;
    final IndexColorModel model;
    private final int inkStart;
    private final int divergingStart;
    private final int divergingSteps;

    SlidePalette(boolean grayInput) {
        int[] argb = new int[256];
        argb[WHITE] = 0xFFFFFFFF;
        argb[BLACK] = 0xFF000000;
        argb[HIGHLIGHT] = 0xFFFFC000;
        argb[PADDING] = 0xFFF4F4F4;
        argb[PENDING] = 0xFFFFFFFF;
        argb[BORDER] = 0xFFB0B0B0;
        int next = FIXED;
        inkStart = next;
        if (grayInput) {
            for (int i = 0; i < INK_STEPS; i++) {
                argb[next++] = MapPicture.inkArgb(i / (double) (INK_STEPS - 1));
            }
        } else {
            for (int r = 0; r < 6; r++) {
                for (int g = 0; g < 6; g++) {
                    for (int b = 0; b < 6; b++) {
                        argb[next++] = 0xFF000000 | (r * 51 << 16) | (g * 51 << 8) | b * 51;
                    }
                }
            }
        }
        divergingStart = next;
        divergingSteps = 256 - next;
        DivergingColorMap unit = new DivergingColorMap(1);
        for (int i = 0; i < divergingSteps; i++) {
            argb[next + i] = unit.argb(2.0 * i / (divergingSteps - 1) - 1);
        }
        model = new IndexColorModel(8, 256, argb, 0, false, -1, DataBuffer.TYPE_BYTE);
    }

    byte diverging(double v, DivergingColorMap colors) {
        double t = colors.limit() == 0 ? 0 : Math.max(-1, Math.min(1, v / colors.limit()));
        return (byte) (divergingStart + Math.round((t + 1) / 2 * (divergingSteps - 1)));
    }

    /** A grey-input value onto the white-to-black ramp, as the detector draws it. */
    byte ink(double v) {
        double t = Math.max(0, Math.min(1, v));
        return (byte) (inkStart + Math.round(t * (INK_STEPS - 1)));
    }

    /** RGB values onto the cube; {@code f} scales a value to 0..5. */
    byte rgb(double r, double g, double b, double f) {
        return (byte) (FIXED + 36 * step(r * f) + 6 * step(g * f) + step(b * f));
    }

    private static int step(double v) {
        return (int) Math.max(0, Math.min(5, Math.round(v)));
    }
}
