package org.convlab.lessons.learn;

import java.util.ArrayList;
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
     * gradient (the lesson shows it as a correlation), and how many examples the batch held.
     */
    public record Step(
            LearningSession next,
            int number,
            double batchLoss,
            int examples,
            TrainingExample example,
            Evaluation single) {}

    private final Image pattern;
    private final List<TrainingExample> heldOut;
    private final long seed;
    private final Workspace workspace;
    private final int steps;

    /** The student's own examples (a painting and its target), in every batch. */
    private final List<TrainingExample> own;

    /** Momentum's or Adam's memory; plain gradient descent has none. */
    private final OptimizerState optimizer;

    /** A run from {@code start}'s filters; batches and held-out images follow from {@code seed}. */
    public LearningSession(Workspace start, Image pattern, long seed) {
        this(
                start,
                pattern,
                seed,
                PlantedExamples.generate(
                        start, pattern, HELD_OUT, STREAKS, STREAK_LENGTH, seed ^ HELD_OUT_SEED),
                0,
                List.of(),
                OptimizerState.start(Optimizer.PLAIN));
        Trainable.require(start);
    }

    private LearningSession(
            Workspace workspace,
            Image pattern,
            long seed,
            List<TrainingExample> heldOut,
            int steps,
            List<TrainingExample> own,
            OptimizerState optimizer) {
        this.own = List.copyOf(own);
        this.optimizer = optimizer;
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

    /** The student's own examples, learned from at every step beside the generated batch. */
    public List<TrainingExample> ownExamples() {
        return own;
    }

    /**
     * The same run with {@code examples} as the student's own; refused with one sentence when one
     * does not fit the detector (size, channels, a target outside D).
     */
    public LearningSession withOwnExamples(List<TrainingExample> examples) {
        if (!examples.isEmpty()) {
            Training.of(workspace, examples, 1);
        }
        return new LearningSession(workspace, pattern, seed, heldOut, steps, examples, optimizer);
    }

    /** The same run updated by {@code kind} from here on; a change of kind forgets its memory. */
    public LearningSession withOptimizer(Optimizer kind) {
        if (kind == optimizer.kind()) {
            return this;
        }
        return new LearningSession(
                workspace, pattern, seed, heldOut, steps, own, OptimizerState.start(kind));
    }

    public Optimizer optimizer() {
        return optimizer.kind();
    }

    /**
     * What the next step will show, before it is taken: its first example's error map and gradient
     * at the current weights (the step's number is the steps taken so far).
     */
    public Step preview(double temperature) {
        TrainingExample first = batch(1).get(0);
        Evaluation single = Training.of(workspace, List.of(first), temperature).evaluate();
        return new Step(this, steps, single.loss(), 1, first, single);
    }

    /** The generated batch of the next step: it depends on the seed and the step's number only. */
    private List<TrainingExample> batch(int size) {
        long batchSeed = new SplittableRandom(seed ^ (steps * 0x9E3779B97F4A7C15L)).nextLong();
        return PlantedExamples.generate(
                workspace, pattern, size, STREAKS, STREAK_LENGTH, batchSeed);
    }

    /** One plain gradient-descent step on a fresh batch of {@code batch} images. */
    public Step step(double learningRate, double temperature, int batch) {
        Training.requireLearningRate(learningRate);
        List<TrainingExample> examples = new ArrayList<>(batch(batch));
        examples.addAll(own);
        Training t = Training.of(workspace, examples, temperature);
        t.checkCost(1);
        Evaluation e = t.evaluate();
        Evaluation single = Training.of(workspace, examples.subList(0, 1), temperature).evaluate();
        Workspace after;
        OptimizerState nextState = optimizer;
        if (optimizer.kind() == Optimizer.PLAIN) {
            after = t.step(e, learningRate).workspace();
        } else {
            OptimizerState.Update u =
                    optimizer.apply(workspace.filters(), e.gradients(), learningRate);
            after = workspace.withFilters(u.filters());
            nextState = u.state();
        }
        LearningSession next =
                new LearningSession(after, pattern, seed, heldOut, steps + 1, own, nextState);
        return new Step(next, steps + 1, e.loss(), examples.size(), examples.get(0), single);
    }

    /** The held-out images at the current weights: judged only, so no gradient is computed. */
    public Evaluation heldOutEvaluation(double temperature) {
        return Training.of(workspace, heldOut, temperature).score();
    }
}
