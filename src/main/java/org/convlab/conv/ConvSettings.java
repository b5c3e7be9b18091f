package org.convlab.conv;

import java.util.Objects;

/**
 * The layer-wide convolution settings: padding, stride s ≥ 1, dilation d ≥ 1, and whether the
 * kernel is flipped (true convolution) or not (cross-correlation, what deep learning calls
 * convolution).
 */
public record ConvSettings(Padding padding, int stride, int dilation, boolean flip) {
    /** Valid padding, stride 1, dilation 1, no flip: the homework's layer. */
    public static final ConvSettings DEFAULT = new ConvSettings(Padding.VALID, 1, 1, false);

    public ConvSettings {
        Objects.requireNonNull(padding, "padding");
        if (stride < 1) {
            throw new IllegalArgumentException("stride must be at least 1, got " + stride);
        }
        if (dilation < 1) {
            throw new IllegalArgumentException("dilation must be at least 1, got " + dilation);
        }
    }

    public ConvSettings withPadding(Padding p) {
        return new ConvSettings(p, stride, dilation, flip);
    }

    public ConvSettings withStride(int s) {
        return new ConvSettings(padding, s, dilation, flip);
    }

    public ConvSettings withDilation(int d) {
        return new ConvSettings(padding, stride, d, flip);
    }

    public ConvSettings withFlip(boolean f) {
        return new ConvSettings(padding, stride, dilation, f);
    }
}
