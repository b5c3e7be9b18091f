package org.convlab.lessons.learn;

import java.util.ArrayList;
import java.util.List;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;

/**
 * What momentum and Adam remember between steps: per filter, a running mean of the gradient (and
 * for Adam of its square), each weight followed by the bias. Immutable: an update returns the next
 * state, so a step that the screen drops leaves none behind.
 */
public final class OptimizerState {
    private static final double MOMENTUM = 0.9;
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    /** The filters after one update and the state that follows it. */
    public record Update(List<FilterSpec> filters, OptimizerState state) {}

    private final Optimizer kind;
    private final int steps;
    private final double[][] first;
    private final double[][] second;

    private OptimizerState(Optimizer kind, int steps, double[][] first, double[][] second) {
        this.kind = kind;
        this.steps = steps;
        this.first = first;
        this.second = second;
    }

    /** Nothing remembered yet. */
    public static OptimizerState start(Optimizer kind) {
        return new OptimizerState(kind, 0, null, null);
    }

    public Optimizer kind() {
        return kind;
    }

    /** One update of {@code specs} by {@code gradients} (same order and shapes) at rate η. */
    public Update apply(List<FilterSpec> specs, List<Filter> gradients, double learningRate) {
        Training.requireLearningRate(learningRate);
        int t = steps + 1;
        double[][] m = new double[specs.size()][];
        double[][] s = new double[specs.size()][];
        List<FilterSpec> next = new ArrayList<>(specs.size());
        for (int k = 0; k < specs.size(); k++) {
            Filter f = specs.get(k).filter();
            double[] w = withBias(f.toArray(), f.bias());
            double[] g = withBias(gradients.get(k).toArray(), gradients.get(k).bias());
            m[k] = first == null ? new double[g.length] : first[k].clone();
            s[k] = second == null ? new double[g.length] : second[k].clone();
            for (int i = 0; i < g.length; i++) {
                if (kind == Optimizer.ADAM) {
                    m[k][i] = BETA1 * m[k][i] + (1 - BETA1) * g[i];
                    s[k][i] = BETA2 * s[k][i] + (1 - BETA2) * g[i] * g[i];
                    double mHat = m[k][i] / (1 - Math.pow(BETA1, t));
                    double sHat = s[k][i] / (1 - Math.pow(BETA2, t));
                    w[i] -= learningRate * mHat / (Math.sqrt(sHat) + EPSILON);
                } else if (kind == Optimizer.MOMENTUM) {
                    m[k][i] = MOMENTUM * m[k][i] + g[i];
                    w[i] -= learningRate * m[k][i];
                } else {
                    w[i] -= learningRate * g[i];
                }
            }
            for (double v : w) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(
                            "the weights grew past the largest number ConvLab can hold; use a"
                                    + " smaller learning rate");
                }
            }
            double[] weights = java.util.Arrays.copyOf(w, w.length - 1);
            next.add(
                    specs.get(k)
                            .withFilter(
                                    Filter.of(
                                            f.height(),
                                            f.width(),
                                            f.channels(),
                                            weights,
                                            w[w.length - 1])));
        }
        return new Update(next, new OptimizerState(kind, t, m, s));
    }

    private static double[] withBias(double[] weights, double bias) {
        double[] out = java.util.Arrays.copyOf(weights, weights.length + 1);
        out[weights.length] = bias;
        return out;
    }
}
