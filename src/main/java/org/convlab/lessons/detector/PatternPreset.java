package org.convlab.lessons.detector;

import java.util.List;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;

/**
 * A target pattern to find, with the filters that detect it and the offsets that make those filters
 * a two-layer detector.
 *
 * @param name shown to the user
 * @param pattern the binary pattern (one channel)
 * @param filters the filter bank that detects it (names A, B, …)
 * @param explanation one or two sentences on why this detector works or fails
 */
public record PatternPreset(
        String name, Image pattern, List<FilterSpec> filters, String explanation) {
    public PatternPreset {
        filters = List.copyOf(filters);
    }

    /** The homework's pattern: a ↘ and a ↗ streak crossing in an X, found by the plain sum. */
    public static PatternPreset cross() {
        Image x =
                Image.ofRows(
                        new double[][] {
                            {1, 0, 0, 0, 1},
                            {0, 1, 0, 1, 0},
                            {0, 0, 1, 0, 0},
                            {0, 1, 0, 1, 0},
                            {1, 0, 0, 0, 1}
                        });
        return new PatternPreset(
                "X (a ↘ and a ↗ streak crossing)",
                x,
                List.of(
                        FilterSpec.plain("A", FilterPresets.DIAGONAL_DOWN.make(5, 5)),
                        FilterSpec.plain("B", FilterPresets.DIAGONAL_UP.make(5, 5))),
                "Both diagonals sit in the same 5×5 window, so at the crossing filter A and filter B both score 5 "
                        + "and their plain sum, 10, beats any single streak (5 + 1 = 6).");
    }

    /**
     * A chevron "V" whose two strokes sit side by side (5×9). With zero offsets the maps are added
     * at the same window and the sum cannot see the V; the offsets version reads filter B four
     * columns to the right.
     */
    public static PatternPreset chevron(boolean withOffsets) {
        double[][] rows = new double[5][9];
        for (int i = 0; i < 5; i++) {
            rows[i][i] = 1;
            rows[i][8 - i] = 1;
        }
        FilterSpec b = FilterSpec.plain("B", FilterPresets.DIAGONAL_UP.make(5, 5));
        if (withOffsets) {
            b = b.withOffset(4, 0);
        }
        return new PatternPreset(
                withOffsets ? "Chevron V with offset dx = 4" : "Chevron V (plain sum)",
                Image.ofRows(rows),
                List.of(FilterSpec.plain("A", FilterPresets.DIAGONAL_DOWN.make(5, 5)), b),
                withOffsets
                        ? "Filter B is read 4 columns to the right of filter A (dx = 4), exactly where the V's ↗ stroke "
                                + "sits beside its ↘ stroke, so both score 5 at the V and the sum peaks there."
                        : "The V's strokes sit side by side, never in the same 5×5 window, so adding the two maps at the "
                                + "same position never sees both strokes: any single streak scores as high as the V.");
    }
}
