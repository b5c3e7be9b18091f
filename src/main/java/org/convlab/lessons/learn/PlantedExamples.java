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

    /** The cell of D (maps' frame) whose window covers most of {@code planted}; nearest on ties. */
    public static Cell target(CombinedMap frame, Window planted) {
        long bestCover = -1;
        long bestDistance = Long.MAX_VALUE;
        Cell best = null;
        for (int y = frame.top(); y < frame.top() + frame.height(); y++) {
            for (int x = frame.left(); x < frame.left() + frame.width(); x++) {
                Window w = frame.window(y, x);
                long cover = overlap(w, planted);
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

    private static long overlap(Window a, Window b) {
        long h =
                Math.min(a.top() + a.height(), b.top() + b.height())
                        - (long) Math.max(a.top(), b.top());
        long w =
                Math.min(a.left() + a.width(), b.left() + b.width())
                        - (long) Math.max(a.left(), b.left());
        return h > 0 && w > 0 ? h * w : 0;
    }
}
