package org.convlab.viewmodel.detector;

import java.util.List;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.Workspace;
import org.convlab.lessons.detector.FilterPresets;

/**
 * The homework's layer on a small RGB picture: three filters of 5×5×3, each looking for one stroke
 * in one colour (a red ↘, a green ↗, a blue horizontal line), so that every filter has three slices
 * of which one is not zero, and the partial maps show which colour made the response.
 */
final class ColourScene {
    static final int SIZE = 32;

    private ColourScene() {}

    static Workspace layer() {
        double[] pixels = new double[SIZE * SIZE * 3];
        for (int t = 0; t < 12; t++) {
            set(pixels, 0, 4 + t, 3 + t); // red ↘
            set(pixels, 1, 26 - t, 14 + t); // green ↗
            set(pixels, 2, 22, 2 + t); // blue ─
        }
        // A white patch: every channel inked, so every filter sees something there.
        for (int y = 26; y < 30; y++) {
            for (int x = 24; x < 28; x++) {
                for (int c = 0; c < 3; c++) {
                    set(pixels, c, y, x);
                }
            }
        }
        Image image = Image.of(SIZE, SIZE, 3, pixels);
        return Workspace.of(
                image,
                List.of(
                        FilterSpec.plain("red ↘", oneColour(FilterPresets.DIAGONAL_DOWN, 0)),
                        FilterSpec.plain("green ↗", oneColour(FilterPresets.DIAGONAL_UP, 1)),
                        FilterSpec.plain("blue ─", oneColour(FilterPresets.HORIZONTAL_LINE, 2))));
    }

    private static void set(double[] pixels, int c, int y, int x) {
        pixels[(c * SIZE + y) * SIZE + x] = 1;
    }

    /** A 5×5×3 filter that is {@code preset} in channel c and zero in the other two. */
    private static Filter oneColour(FilterPresets preset, int c) {
        double[] w = new double[75];
        System.arraycopy(preset.make(5, 5).toArray(), 0, w, c * 25, 25);
        return Filter.of(5, 5, 3, w, 0);
    }
}
