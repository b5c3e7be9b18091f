package org.convlab.conv;

import java.util.Objects;

/**
 * The layer-wide convolution settings: padding, stride s ≥ 1, dilation d ≥ 1, whether the kernel is
 * flipped (true convolution) or not (cross-correlation, what deep learning calls convolution), and
 * the number of groups g ≥ 1: with g groups the C input channels and the N filters are split into g
 * equal runs, and filter n reads only the C/g channels of its group ⌊n / (N/g)⌋ (g = 1 is the
 * standard layer, g = C depthwise).
 */
public record ConvSettings(Padding padding, int stride, int dilation, boolean flip, int groups) {
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
        if (groups < 1) {
            throw new IllegalArgumentException("groups must be at least 1, got " + groups);
        }
    }

    /** One group: every filter spans every input channel. */
    public ConvSettings(Padding padding, int stride, int dilation, boolean flip) {
        this(padding, stride, dilation, flip, 1);
    }

    public ConvSettings withPadding(Padding p) {
        return new ConvSettings(p, stride, dilation, flip, groups);
    }

    public ConvSettings withStride(int s) {
        return new ConvSettings(padding, s, dilation, flip, groups);
    }

    public ConvSettings withDilation(int d) {
        return new ConvSettings(padding, stride, d, flip, groups);
    }

    public ConvSettings withFlip(boolean f) {
        return new ConvSettings(padding, stride, dilation, f, groups);
    }

    public ConvSettings withGroups(int g) {
        return new ConvSettings(padding, stride, dilation, flip, g);
    }

    /** The first input channel filter n of {@code filters} reads, and through it its group. */
    public int firstChannel(int n, int filters, int channels) {
        return n / (filters / groups) * (channels / groups);
    }

    /**
     * Refuses, with one line, channels or filters that do not split into this many groups.
     *
     * @param channels the input's C
     * @param filters the layer's N (0, an empty bank, splits into any number)
     */
    public void requireGroupsFit(int channels, int filters) {
        if (channels % groups != 0) {
            throw new IllegalArgumentException(
                    groups
                            + " groups do not divide the "
                            + channels
                            + " input channel(s); the groups must divide the channels");
        }
        if (filters % groups != 0) {
            throw new IllegalArgumentException(
                    filters
                            + " filter(s) do not split into "
                            + groups
                            + " groups; the number of filters must be a multiple of the groups");
        }
    }
}
