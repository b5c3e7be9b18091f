package org.convlab.lessons.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.convlab.conv.Cell;
import org.convlab.conv.CombinedMap;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Detection;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.Padding;
import org.convlab.conv.Window;
import org.convlab.conv.Workspace;

/**
 * A planted pattern's target, found from the rows' and columns' overlaps, is the cell the rule
 * names when every cell's window is taken as it is: most cover, then nearest, then first.
 */
class PlantedTargetProperties {
    @Property(tries = 300)
    void theTargetIsTheCellAWholeScanPicks(
            @ForAll @IntRange(min = 6, max = 14) int height,
            @ForAll @IntRange(min = 6, max = 14) int width,
            @ForAll @IntRange(min = 1, max = 3) int kernel,
            @ForAll @IntRange(min = 1, max = 2) int stride,
            @ForAll @IntRange(min = 1, max = 2) int dilation,
            @ForAll boolean same,
            @ForAll @IntRange(min = -2, max = 2) int dx,
            @ForAll @IntRange(min = -2, max = 2) int dy,
            @ForAll @IntRange(min = -3, max = 14) int top,
            @ForAll @IntRange(min = -3, max = 14) int left,
            @ForAll @IntRange(min = 1, max = 6) int side) {
        Filter f = Filter.of(kernel, kernel, 1, new double[kernel * kernel], 0);
        ConvSettings s =
                new ConvSettings(same ? Padding.SAME : Padding.VALID, stride, dilation, false);
        Workspace ws =
                Workspace.of(
                                Image.zeros(height, width, 1),
                                List.of(
                                        FilterSpec.plain("A", f),
                                        FilterSpec.plain("B", f).withOffset(dx, dy)))
                        .withConvolution(s);
        CombinedMap frame;
        try {
            frame = Detection.of(ws).combined();
        } catch (IllegalArgumentException offsetsLeaveNothing) {
            Assume.that(false);
            return;
        }
        Window planted = new Window(top, left, side, side);
        assertThat(PlantedExamples.target(frame, planted)).isEqualTo(scan(frame, planted));
    }

    /** Every cell's window, in reading order. */
    private static Cell scan(CombinedMap frame, Window planted) {
        long bestCover = -1;
        long bestDistance = Long.MAX_VALUE;
        Cell best = null;
        for (int y = frame.top(); y < frame.top() + frame.height(); y++) {
            for (int x = frame.left(); x < frame.left() + frame.width(); x++) {
                Window w = frame.window(y, x);
                long h =
                        Math.min(w.top() + w.height(), planted.top() + planted.height())
                                - (long) Math.max(w.top(), planted.top());
                long v =
                        Math.min(w.left() + w.width(), planted.left() + planted.width())
                                - (long) Math.max(w.left(), planted.left());
                long cover = h > 0 && v > 0 ? h * v : 0;
                long distance =
                        Math.abs((long) w.top() - planted.top())
                                + Math.abs((long) w.left() - planted.left());
                if (cover > bestCover || cover == bestCover && distance < bestDistance) {
                    bestCover = cover;
                    bestDistance = distance;
                    best = new Cell(y, x);
                }
            }
        }
        return best;
    }
}
