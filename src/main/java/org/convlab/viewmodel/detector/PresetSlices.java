package org.convlab.viewmodel.detector;

import org.convlab.conv.Filter;

/** A one-slice preset laid into the slices of a filter that reads several channels. */
final class PresetSlices {
    /** For {@link #of}: the preset goes into every slice. */
    static final int EVERY = -1;

    private PresetSlices() {}

    /**
     * A filter of {@code channels} slices with {@code preset}'s weights in slice {@code only}
     * (zeros in the others), or in every slice for {@link #EVERY}; the bias is {@code bias}.
     */
    static Filter of(Filter preset, int channels, int only, double bias) {
        int plane = preset.height() * preset.width();
        double[] p = preset.toArray();
        double[] w = new double[plane * channels];
        for (int s = 0; s < channels; s++) {
            if (only == EVERY || s == only) {
                System.arraycopy(p, 0, w, s * plane, plane);
            }
        }
        return Filter.of(preset.height(), preset.width(), channels, w, bias);
    }
}
