package org.convlab.lessons.learn;

import java.util.ArrayList;
import java.util.List;
import org.convlab.conv.NumberText;

/**
 * K steps of plain gradient descent from a training's starting weights, as {@code convlab train}
 * reports them: the evaluation at the start (loss and gradient), the batch loss before each step,
 * and the evaluation after the last step (loss and hits).
 */
public record TrainingRun(
        Evaluation initial, List<Double> losses, Training result, Evaluation last) {
    /** Steps of one run; even a 1×1 problem takes microseconds per step. */
    public static final int MAX_STEPS = 1_000_000;

    public TrainingRun {
        losses = List.copyOf(losses);
    }

    /** Runs {@code steps} steps at {@code learningRate}, refusing a run over the work budget. */
    public static TrainingRun of(Training start, int steps, double learningRate) {
        if (steps < 0) {
            throw new IllegalArgumentException(
                    "the number of steps must not be negative, got " + steps);
        }
        if (steps > MAX_STEPS) {
            throw new IllegalArgumentException(
                    "the number of steps is "
                            + NumberText.grouped(steps)
                            + "; at most "
                            + NumberText.grouped(MAX_STEPS)
                            + " are allowed");
        }
        Training.requireLearningRate(learningRate);
        start.checkCost(steps);
        Evaluation initial = start.evaluate();
        Evaluation current = initial;
        Training t = start;
        List<Double> losses = new ArrayList<>(Math.min(steps, 1024));
        for (int k = 0; k < steps; k++) {
            losses.add(current.loss());
            t = t.step(current, learningRate);
            current = t.evaluate();
        }
        return new TrainingRun(initial, losses, t, current);
    }
}
