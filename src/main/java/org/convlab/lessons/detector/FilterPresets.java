package org.convlab.lessons.detector;

import java.util.List;
import org.convlab.conv.Filter;

/**
 * Ready-made kernels. Line and diagonal presets are +1 on the line and 0 elsewhere, so a response
 * counts the line's cells that are ink, which keeps every number a small whole number.
 */
public enum FilterPresets {
    DIAGONAL_DOWN("↘ diagonal"),
    DIAGONAL_UP("↗ diagonal"),
    HORIZONTAL_LINE("Horizontal line"),
    VERTICAL_LINE("Vertical line"),
    HORIZONTAL_EDGE("Horizontal edge (dark above, ink below)"),
    VERTICAL_EDGE("Vertical edge (dark left, ink right)"),
    SOBEL_X("Sobel x (3×3)"),
    SOBEL_Y("Sobel y (3×3)"),
    LAPLACIAN("Laplacian (3×3)"),
    BOX("Box (all ones)"),
    IDENTITY("Identity (centre one)");

    private final String label;

    FilterPresets(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the preset has a fixed size (the 3×3 classics) rather than any size. */
    public boolean fixedSize() {
        return this == SOBEL_X || this == SOBEL_Y || this == LAPLACIAN;
    }

    /** The preset at KH×KW (ignored for the fixed 3×3 presets), one channel, bias 0. */
    public Filter make(int kh, int kw) {
        switch (this) {
            case SOBEL_X:
                return Filter.ofRows(new double[][] {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}});
            case SOBEL_Y:
                return Filter.ofRows(new double[][] {{-1, -2, -1}, {0, 0, 0}, {1, 2, 1}});
            case LAPLACIAN:
                return Filter.ofRows(new double[][] {{0, 1, 0}, {1, -4, 1}, {0, 1, 0}});
            default:
                break;
        }
        if (kh < 1 || kw < 1) {
            throw new IllegalArgumentException(
                    "filter size must be at least 1×1, got " + kh + "×" + kw);
        }
        double[][] w = new double[kh][kw];
        for (int i = 0; i < kh; i++) {
            for (int j = 0; j < kw; j++) {
                w[i][j] = value(i, j, kh, kw);
            }
        }
        return Filter.ofRows(w);
    }

    private double value(int i, int j, int kh, int kw) {
        switch (this) {
            case DIAGONAL_DOWN:
                return onDiagonal(i, j, kh, kw, false) ? 1 : 0;
            case DIAGONAL_UP:
                return onDiagonal(i, j, kh, kw, true) ? 1 : 0;
            case HORIZONTAL_LINE:
                return i == kh / 2 ? 1 : 0;
            case VERTICAL_LINE:
                return j == kw / 2 ? 1 : 0;
            case HORIZONTAL_EDGE:
                return i < kh / 2 ? -1 : (kh % 2 == 1 && i == kh / 2 ? 0 : 1);
            case VERTICAL_EDGE:
                return j < kw / 2 ? -1 : (kw % 2 == 1 && j == kw / 2 ? 0 : 1);
            case BOX:
                return 1;
            case IDENTITY:
            default:
                return i == (kh - 1) / 2 && j == (kw - 1) / 2 ? 1 : 0;
        }
    }

    /** A diagonal across a possibly non-square kernel: one cell per column (or row, if taller). */
    private static boolean onDiagonal(int i, int j, int kh, int kw, boolean up) {
        int row = up ? kh - 1 - i : i;
        if (kw >= kh) {
            return kh == 1
                    ? true
                    : row == Math.round((double) j * (kh - 1) / (kw - 1 == 0 ? 1 : kw - 1));
        }
        return j == Math.round((double) row * (kw - 1) / (kh - 1));
    }

    /** Presets in menu order. */
    public static List<FilterPresets> all() {
        return List.of(values());
    }
}
