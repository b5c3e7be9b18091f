package org.convlab.lessons.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.convlab.conv.Detection;
import org.convlab.conv.Image;
import org.convlab.conv.Window;
import org.convlab.conv.Workspace;

/**
 * Tests a detector the way one would test any classifier: on many fresh images. Each trial draws a
 * seeded streak image, plants the target pattern at a random spot, runs the detector and checks
 * whether the argmax window lands on the planted pattern.
 *
 * <p>A trial is a hit when the argmax's input window covers at least half of the planted pattern's
 * cells' bounding box, so an argmax one or two cells off the centre still counts but one on a lone
 * streak elsewhere does not.
 */
public final class PlantAndTest {
    /** One trial's outcome. */
    public record Trial(
            long seed,
            Image image,
            Window planted,
            Window found,
            double max,
            int ties,
            boolean hit) {}

    /** The hit rate and the trials behind it. */
    public record Result(int hits, List<Trial> trials) {
        public Result {
            trials = List.copyOf(trials);
        }

        public double hitRate() {
            return trials.isEmpty() ? 0 : (double) hits / trials.size();
        }
    }

    private PlantAndTest() {}

    /**
     * Runs {@code trials} trials on H×W images with {@code streaks} streaks of {@code length} cells
     * in both directions, the detector's filters and settings taken from {@code detector}.
     */
    public static Result run(
            Workspace detector,
            Image pattern,
            int trials,
            int height,
            int width,
            int streaks,
            int length,
            long seed) {
        if (trials < 1 || trials > 10_000) {
            throw new IllegalArgumentException(
                    "number of trials must be between 1 and 10,000, got " + trials);
        }
        StreakGenerator.requireFits(pattern, height, width);
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Trial> out = new ArrayList<>();
        int hits = 0;
        for (int t = 0; t < trials; t++) {
            long trialSeed = rnd.nextLong();
            SplittableRandom trialRnd = new SplittableRandom(trialSeed);
            Image background =
                    StreakGenerator.generate(
                            height,
                            width,
                            StreakDirection.BOTH,
                            streaks,
                            length,
                            trialRnd.nextLong());
            int top = trialRnd.nextInt(height - pattern.height() + 1);
            int left = trialRnd.nextInt(width - pattern.width() + 1);
            Image img = StreakGenerator.stamp(background, pattern, top, left);
            Detection d = Detection.of(detector.withImage(img));
            Window planted = new Window(top, left, pattern.height(), pattern.width());
            boolean hit =
                    coverage(d.window(), planted) * 2 >= (long) planted.height() * planted.width();
            if (hit) {
                hits++;
            }
            out.add(
                    new Trial(
                            trialSeed,
                            img,
                            planted,
                            d.window(),
                            d.argmax().max(),
                            d.argmax().tieCount(),
                            hit));
        }
        return new Result(hits, out);
    }

    /** Cells of {@code target} inside {@code w}. */
    static long coverage(Window w, Window target) {
        long h =
                Math.min(w.top() + w.height(), target.top() + target.height())
                        - Math.max(w.top(), target.top());
        long wd =
                Math.min(w.left() + w.width(), target.left() + target.width())
                        - Math.max(w.left(), target.left());
        return h > 0 && wd > 0 ? h * wd : 0;
    }
}
