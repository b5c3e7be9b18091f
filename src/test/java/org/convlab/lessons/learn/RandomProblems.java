package org.convlab.lessons.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.convlab.conv.Activation;
import org.convlab.conv.CombinedMap;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Detection;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Padding;
import org.convlab.conv.Workspace;

/**
 * Small random training problems from a seed: any padding, stride, dilation, flip, activation,
 * gains and offsets, one or two channels, one to three filters and examples.
 */
public final class RandomProblems {
    /** A workspace to train and its examples. */
    public record Problem(
            Workspace workspace, List<TrainingExample> examples, double temperature) {}

    private RandomProblems() {}

    public static Problem of(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        while (true) {
            Problem p = attempt(rnd);
            if (p != null) {
                return p;
            }
        }
    }

    private static Problem attempt(SplittableRandom rnd) {
        int h = 3 + rnd.nextInt(5);
        int w = 3 + rnd.nextInt(5);
        int c = 1 + rnd.nextInt(2);
        int kh = 1 + rnd.nextInt(3);
        int kw = 1 + rnd.nextInt(3);
        Padding[] paddings = {Padding.VALID, Padding.SAME, Padding.FULL, Padding.explicit(1)};
        ConvSettings s =
                new ConvSettings(
                        paddings[rnd.nextInt(paddings.length)],
                        1 + rnd.nextInt(2),
                        1 + rnd.nextInt(2),
                        rnd.nextBoolean());
        boolean binary = rnd.nextBoolean();
        int filters = 1 + rnd.nextInt(3);
        List<FilterSpec> specs = new ArrayList<>();
        for (int k = 0; k < filters; k++) {
            Filter f =
                    Filter.of(kh, kw, c, values(rnd, kh * kw * c, false), rnd.nextDouble() - 0.5);
            int dx = rnd.nextInt(3) - 1;
            int dy = rnd.nextInt(3) - 1;
            specs.add(new FilterSpec("F" + k, f, rnd.nextDouble() * 4 - 2, dx, dy));
        }
        Workspace ws =
                new Workspace(
                        Image.of(h, w, c, values(rnd, h * w * c, binary)),
                        specs,
                        s,
                        MatchMode.RAW,
                        rnd.nextBoolean() ? Activation.RELU : Activation.NONE,
                        Map.of());
        CombinedMap frame;
        try {
            frame = Detection.of(ws).combined();
        } catch (IllegalArgumentException e) {
            return null; // the kernel does not fit or the offsets leave no cell: draw again
        }
        List<TrainingExample> examples = new ArrayList<>();
        int n = 1 + rnd.nextInt(3);
        for (int e = 0; e < n; e++) {
            examples.add(
                    new TrainingExample(
                            Image.of(h, w, c, values(rnd, h * w * c, binary)),
                            frame.top() + rnd.nextInt(frame.height()),
                            frame.left() + rnd.nextInt(frame.width())));
        }
        return new Problem(ws, examples, 0.5 + rnd.nextDouble() * 1.5);
    }

    private static double[] values(SplittableRandom rnd, int n, boolean binary) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = binary ? rnd.nextInt(2) : rnd.nextDouble() * 2 - 1;
        }
        return v;
    }
}
