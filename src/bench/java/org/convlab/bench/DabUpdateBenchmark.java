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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One 3×3 brush dab on a 512×512 binary image with two 5×5 filters: the engine brings both response
 * maps, the combined map and its argmax up to date. The dab alternates between painting and erasing
 * the same cells so every call really changes the image. Building the new {@link Image} is the
 * screen's cost and is not timed here.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class DabUpdateBenchmark {
    private final DetectionEngine engine = new DetectionEngine();
    private Workspace before;
    private Workspace after;
    private final Window dab = new Window(300, 200, 3, 3);
    private boolean painted;

    @Setup
    public void setUp() {
        BenchData.settleCore();
        Image img = BenchData.image(1, true, 1);
        double[] d = img.toArray();
        for (int y = dab.top(); y < dab.top() + dab.height(); y++) {
            for (int x = dab.left(); x < dab.left() + dab.width(); x++) {
                d[y * BenchData.SIZE + x] = 0;
            }
        }
        Image erased = Image.of(BenchData.SIZE, BenchData.SIZE, 1, d);
        for (int y = dab.top(); y < dab.top() + dab.height(); y++) {
            for (int x = dab.left(); x < dab.left() + dab.width(); x++) {
                d[y * BenchData.SIZE + x] = 1;
            }
        }
        Image inked = Image.of(BenchData.SIZE, BenchData.SIZE, 1, d);
        List<FilterSpec> filters =
                List.of(
                        FilterSpec.plain("A", BenchData.filter(1, true, 3)),
                        FilterSpec.plain("B", BenchData.filter(1, true, 4)).withOffset(2, 1));
        before = Workspace.of(erased, filters);
        after = Workspace.of(inked, filters);
        engine.reset(before);
    }

    @Benchmark
    public Detection dabUpdate() {
        painted = !painted;
        return engine.update(painted ? after : before, dab);
    }
}
