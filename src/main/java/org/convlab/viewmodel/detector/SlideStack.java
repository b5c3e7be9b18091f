package org.convlab.viewmodel.detector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.convlab.conv.Filter;
import org.convlab.conv.Geometry;
import org.convlab.conv.Image;
import org.convlab.conv.Window;
import org.convlab.conv.Workspace;
import org.convlab.viewmodel.detector.DetectorViewModel.Tap;

/**
 * The selected filter as a C-deep stack over the C input planes at the focused (or sliding) cell:
 * on each plane the filter reads, the window and the taps of that plane's slice; planes the filter
 * does not read (grouped layers) have neither. One list entry per image channel.
 *
 * @param filter the filter drawn
 * @param windows the window on each plane, null where the filter does not read the plane
 * @param taps each plane's taps (weights other than 0, filled where their product is not 0)
 * @param caption which filter, how deep, and where the stack stands
 */
public record SlideStack(int filter, List<Window> windows, List<List<Tap>> taps, String caption) {
    public SlideStack {
        windows = Collections.unmodifiableList(new ArrayList<>(windows));
        taps = List.copyOf(taps);
    }

    /** The stack of filter k of {@code ws} at its response cell (y, x). */
    static SlideStack of(Workspace ws, int k, int y, int x, Window window) {
        Image img = ws.image();
        Filter f = ws.filters().get(k).filter();
        Geometry g =
                Geometry.of(img.height(), img.width(), f.height(), f.width(), ws.convolution());
        Filter used = ws.convolution().flip() ? f.rotated180() : f;
        int first = ws.firstChannel(k);
        List<Window> windows = new ArrayList<>();
        List<List<Tap>> taps = new ArrayList<>();
        for (int c = 0; c < img.channels(); c++) {
            int s = c - first;
            if (s < 0 || s >= f.channels()) {
                windows.add(null);
                taps.add(List.of());
                continue;
            }
            windows.add(window);
            List<Tap> t = new ArrayList<>();
            for (int i = 0; i < f.height(); i++) {
                for (int j = 0; j < f.width(); j++) {
                    int row = g.inputRow(y, i);
                    int col = g.inputCol(x, j);
                    double w = used.get(s, i, j);
                    boolean inside =
                            row >= 0 && col >= 0 && row < img.height() && col < img.width();
                    if (w != 0 && inside) {
                        t.add(new Tap(row, col, img.get(c, row, col) * w != 0));
                    }
                }
            }
            taps.add(t);
        }
        String caption =
                "Filter "
                        + ws.filters().get(k).name()
                        + ", "
                        + f.height()
                        + "×"
                        + f.width()
                        + "×"
                        + f.channels()
                        + ": "
                        + (f.channels() == 1 ? "one slice" : f.channels() + " slices")
                        + " over "
                        + (f.channels() == 1 ? "its plane" : "their planes")
                        + " at cell ["
                        + y
                        + ", "
                        + x
                        + "]";
        return new SlideStack(k, windows, taps, caption);
    }
}
