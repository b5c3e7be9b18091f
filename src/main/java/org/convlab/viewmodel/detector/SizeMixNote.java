package org.convlab.viewmodel.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Padding;
import org.convlab.conv.Workspace;

/**
 * What to say when filters of different sizes are summed: their maps are added cell by cell, so
 * with valid or explicit padding the windows they add start at the same pixel (their top-left
 * corners line up), with full padding they end at the same pixel, and their centres do not line up
 * either way. The note names the offsets that would centre them, where whole ones exist. "Same"
 * padding already centres odd kernels, so it needs no note.
 */
final class SizeMixNote {
    private SizeMixNote() {}

    /**
     * The note for {@code ws}, or "" when every filter has the same size or the padding centres
     * them.
     */
    static String of(Workspace ws) {
        List<FilterSpec> fs = ws.filters();
        TreeSet<String> sizes = new TreeSet<>();
        int maxH = 0;
        int maxW = 0;
        ConvSettings c = ws.convolution();
        for (FilterSpec f : fs) {
            sizes.add(f.filter().height() + "×" + f.filter().width());
            maxH = Math.max(maxH, extent(f.filter().height(), c));
            maxW = Math.max(maxW, extent(f.filter().width(), c));
        }
        Padding.Kind kind = c.padding().kind();
        if (sizes.size() < 2 || kind == Padding.Kind.SAME) {
            return "";
        }
        boolean full = kind == Padding.Kind.FULL;
        List<String> offsets = new ArrayList<>();
        boolean exact = true;
        for (FilterSpec f : fs) {
            int dy = maxH - extent(f.filter().height(), c);
            int dx = maxW - extent(f.filter().width(), c);
            if (dy == 0 && dx == 0) {
                continue;
            }
            if (dy % (2 * c.stride()) != 0 || dx % (2 * c.stride()) != 0) {
                exact = false;
                continue;
            }
            int sign = full ? -1 : 1;
            offsets.add(
                    f.name()
                            + "(dx="
                            + sign * dx / (2 * c.stride())
                            + ", dy="
                            + sign * dy / (2 * c.stride())
                            + ")");
        }
        String head =
                "Filters of different sizes ("
                        + String.join(", ", sizes)
                        + ") are summed cell by cell: the windows they add "
                        + (full ? "end at the same pixel" : "start at the same pixel")
                        + ", so their centres do not line up";
        if (!exact || offsets.isEmpty()) {
            return head + " (they are half a cell apart and cannot be centred exactly).";
        }
        return head + "; the offsets " + String.join(", ", offsets) + " would centre them.";
    }

    /** How many pixels a kernel of {@code k} taps spans with the dilation of {@code c}. */
    private static int extent(int k, ConvSettings c) {
        return c.dilation() * (k - 1) + 1;
    }
}
