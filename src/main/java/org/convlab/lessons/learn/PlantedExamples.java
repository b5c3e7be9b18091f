package org.convlab.lessons.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.convlab.conv.Cell;
import org.convlab.conv.CombinedMap;
import org.convlab.conv.Detection;
import org.convlab.conv.Image;
import org.convlab.conv.Window;
import org.convlab.conv.Workspace;
import org.convlab.lessons.detector.StreakDirection;
import org.convlab.lessons.detector.StreakGenerator;

/**
 * Training data made from the detector lesson's streak images: each example is a seeded streak
 * image with the target pattern stamped at a random place, and its target is the cell of D whose
 * input window holds the pattern (the cell whose window covers most of it, the nearest one on a
 * tie). The same seed always gives the same examples.
 */
public final class PlantedExamples {
    private PlantedExamples() {}

    /**
     * {@code count} examples of {@code detector}'s image size with {@code streaks} streaks of
     * {@code length} cells each.
     */
    public static List<TrainingExample> generate(
            Workspace detector, Image pattern, int count, int streaks, int length, long seed) {
        int height = detector.image().height();
        int width = detector.image().width();
        StreakGenerator.requireFits(pattern, height, width);
        CombinedMap frame = Detection.of(detector).combined();
        SplittableRandom rnd = new SplittableRandom(seed);
        List<TrainingExample> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            Image background =
                    StreakGenerator.generate(
                            height, width, StreakDirection.BOTH, streaks, length, rnd.nextLong());
            int top = rnd.nextInt(height - pattern.height() + 1);
            int left = rnd.nextInt(width - pattern.width() + 1);
            Image img = StreakGenerator.stamp(background, pattern, top, left);
            Cell t = target(frame, new Window(top, left, pattern.height(), pattern.width()));
            out.add(new TrainingExample(img, t.row(), t.col()));
        }
        return out;
    }

    /**
     * The cell of D (maps' frame) whose window covers most of {@code planted}; nearest on ties,
     * then the first in reading order.
     *
     * <p>A cell's window is the union of its terms' windows, whose rows depend on the cell's row
     * alone and columns on its column alone; so the rows' and the columns' overlaps and distances
     * are worked out once each, and the scan over D's cells (every training step makes a batch of
     * examples) allocates nothing.
     */
    public static Cell target(CombinedMap frame, Window planted) {
        int h = frame.height();
        int w = frame.width();
        long[] rowCover = new long[h];
        long[] rowDistance = new long[h];
        for (int i = 0; i < h; i++) {
            Window r = frame.window(frame.top() + i, frame.left());
            rowCover[i] = overlap(r.top(), r.height(), planted.top(), planted.height());
            rowDistance[i] = Math.abs((long) r.top() - planted.top());
        }
        long[] colCover = new long[w];
        long[] colDistance = new long[w];
        for (int j = 0; j < w; j++) {
            Window c = frame.window(frame.top(), frame.left() + j);
            colCover[j] = overlap(c.left(), c.width(), planted.left(), planted.width());
            colDistance[j] = Math.abs((long) c.left() - planted.left());
        }
        long bestCover = -1;
        long bestDistance = Long.MAX_VALUE;
        int bestRow = -1;
        int bestCol = -1;
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < w; j++) {
                long cover = rowCover[i] * colCover[j];
                long distance = rowDistance[i] + colDistance[j];
                if (cover > bestCover || cover == bestCover && distance < bestDistance) {
                    bestCover = cover;
                    bestDistance = distance;
                    bestRow = i;
                    bestCol = j;
                }
            }
        }
        return bestRow < 0 ? null : new Cell(frame.top() + bestRow, frame.left() + bestCol);
    }

    /** How many of [start, start + length) lie in [from, from + span); 0 when none. */
    private static long overlap(int start, int length, int from, int span) {
        long n = Math.min((long) start + length, (long) from + span) - (long) Math.max(start, from);
        return Math.max(0, n);
    }
}
