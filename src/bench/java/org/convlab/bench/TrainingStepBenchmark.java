package org.convlab.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.convlab.conv.Detection;
import org.convlab.conv.Image;
import org.convlab.conv.Workspace;
import org.convlab.lessons.detector.PatternPreset;
import org.convlab.lessons.learn.Evaluation;
import org.convlab.lessons.learn.PlantedExamples;
import org.convlab.lessons.learn.StartingWeights;
import org.convlab.lessons.learn.Training;
import org.convlab.lessons.learn.TrainingExample;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * One training step of the learning lesson (forward, backward, update) against the forward pass
 * alone, on the same batch: 32 streak images of 64×64 with an X planted, two 5×5 filters with small
 * random weights. The target is a step within 3.5× the forward pass; compare the two scores of one
 * run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class TrainingStepBenchmark {
    private Workspace detector;
    private List<TrainingExample> batch;
    private Training training;

    @Setup
    public void setUp() {
        BenchData.settleCore();
        PatternPreset x = PatternPreset.cross();
        detector =
                Workspace.of(Image.zeros(64, 64, 1), StartingWeights.RANDOM.apply(x.filters(), 1));
        batch = PlantedExamples.generate(detector, x.pattern(), 32, 32, 6, 7);
        training = Training.of(detector, batch, 1);
    }

    /** The detector's forward pass on every image of the batch: what {@code detect} computes. */
    @Benchmark
    public void forwardPass(Blackhole bh) {
        for (TrainingExample e : batch) {
            bh.consume(Detection.of(detector.withImage(e.image())));
        }
    }

    /** Forward pass, loss, backward pass and the gradient-descent update. */
    @Benchmark
    public Training trainingStep() {
        Evaluation e = training.evaluate();
        return training.step(e, 0.1);
    }
}
