package org.convlab.lessons.learn;

import java.util.List;
import java.util.SplittableRandom;
import org.convlab.conv.Image;
import org.convlab.conv.Workspace;

/**
 * The learning lesson's run: a detector being trained on streak images made live, one fresh batch
 * per step drawn from the seed and the step's number, and judged on held-out images drawn from
 * another seed. Immutable: a step returns the next session, so a step that the screen drops (Pause
 * pressed while it was computed) leaves no trace, and the same seed and settings give the same
 * weights at every step, whatever the timing.
 */
public final class LearningSession {
    /** Side of the lesson's images: the homework's 32 × 32. */
    public static final int IMAGE_SIZE = 32;

    /** Streaks per image and their length, as in the detector lesson's homework scene. */
    public static final int STREAKS = 8;

    public static final int STREAK_LENGTH = 6;

    /** Held-out images. */
    public static final int HELD_OUT = 64;

    /** Mixed into the seed so that held-out images never repeat training images. */
    private static final long HELD_OUT_SEED = 0x5EED_0F_4E1DL;

    /**
     * What one step did: the session after it, the batch loss before it and one batch example's own
     * gradient (the lesson shows it as a correlation).
     */
    public record Step(
            LearningSession next,
            int number,
            double batchLoss,
            TrainingExample example,
            Evaluation single) {}

    private final Image pattern;
    private final List<TrainingExample> heldOut;
    private final long seed;
    private final Workspace workspace;
    private final int steps;

    /** A run from {@code start}'s filters; batches and held-out images follow from {@code seed}. */
    public LearningSession(Workspace start, Image pattern, long seed) {
        this(
                start,
                pattern,
                seed,
                PlantedExamples.generate(
                        start, pattern, HELD_OUT, STREAKS, STREAK_LENGTH, seed ^ HELD_OUT_SEED),
                0);
        Trainable.require(start);
    }

    private LearningSession(
            Workspace workspace,
            Image pattern,
            long seed,
            List<TrainingExample> heldOut,
            int steps) {
        this.workspace = workspace;
        this.pattern = pattern;
        this.seed = seed;
        this.heldOut = heldOut;
        this.steps = steps;
    }

    public Workspace workspace() {
        return workspace;
    }

    public int steps() {
        return steps;
    }

    public List<TrainingExample> heldOut() {
        return heldOut;
    }

    /** One plain gradient-descent step on a fresh batch of {@code batch} images. */
    public Step step(double learningRate, double temperature, int batch) {
        Training.requireLearningRate(learningRate);
        // The batch depends on the seed and the step's number only.
        long batchSeed = new SplittableRandom(seed ^ (steps * 0x9E3779B97F4A7C15L)).nextLong();
        List<TrainingExample> examples =
                PlantedExamples.generate(
                        workspace, pattern, batch, STREAKS, STREAK_LENGTH, batchSeed);
        Training t = Training.of(workspace, examples, temperature);
        t.checkCost(1);
        Evaluation e = t.evaluate();
        Evaluation single = Training.of(workspace, examples.subList(0, 1), temperature).evaluate();
        Workspace after = t.step(e, learningRate).workspace();
        LearningSession next = new LearningSession(after, pattern, seed, heldOut, steps + 1);
        return new Step(next, steps + 1, e.loss(), examples.get(0), single);
    }

    /** The held-out images at the current weights. */
    public Evaluation heldOutEvaluation(double temperature) {
        return Training.of(workspace, heldOut, temperature).evaluate();
    }
}
