package org.convlab.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.convlab.conv.Detection;
import org.convlab.conv.DetectionEngine;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.Window;
import org.convlab.conv.Workspace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One 3×3 brush dab in one channel of a 512×512×C binary image with three 5×5×C filters (the
 * homework's layer for C = 3): the engine brings the three maps, the combined map and its argmax up
 * to date. {@code channels=1} is the one-channel update the colour one is compared with; the dab
 * alternates between painting and erasing so every call changes the image.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ChannelDabBenchmark {
    @Param({"1", "3"})
    public int channels;

    private final DetectionEngine engine = new DetectionEngine();
    private Workspace before;
    private Workspace after;
    private final Window dab = new Window(300, 200, 3, 3);
    private boolean painted;

    @Setup
    public void setUp() {
        BenchData.settleCore();
        Image img = BenchData.image(channels, true, 1);
        // The green channel of a colour image, the only one of a binary image.
        int c = channels == 3 ? 1 : 0;
        double[] d = img.toArray();
        Image erased = withDab(d, c, 0);
        Image inked = withDab(d, c, 1);
        List<FilterSpec> filters =
                List.of(
                        FilterSpec.plain("A", BenchData.filter(channels, true, 3)),
                        FilterSpec.plain("B", BenchData.filter(channels, true, 4)),
                        FilterSpec.plain("C", BenchData.filter(channels, true, 5)));
        before = Workspace.of(erased, filters);
        after = Workspace.of(inked, filters);
        engine.reset(before);
    }

    private Image withDab(double[] d, int c, double value) {
        int plane = BenchData.SIZE * BenchData.SIZE;
        for (int y = dab.top(); y < dab.top() + dab.height(); y++) {
            for (int x = dab.left(); x < dab.left() + dab.width(); x++) {
                d[c * plane + y * BenchData.SIZE + x] = value;
            }
        }
        return Image.of(BenchData.SIZE, BenchData.SIZE, channels, d);
    }

    @Benchmark
    public Detection dabUpdate() {
        painted = !painted;
        return engine.update(painted ? after : before, dab);
    }
}
