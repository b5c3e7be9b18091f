package org.convlab.lessons.learn;

import java.util.ArrayList;
import java.util.List;
import org.convlab.conv.CombinedMap;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Detection;
import org.convlab.conv.Echo;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Geometry;
import org.convlab.conv.Image;
import org.convlab.conv.NumberText;
import org.convlab.conv.WorkCost;
import org.convlab.conv.Workspace;

/**
 * Learns a detector's filters (weights and biases) by plain gradient descent on the batch mean of
 * the spatial softmax cross-entropy. Gains, offsets and settings stay as the workspace has them.
 * The forward pass is {@link Detection#of}, so the maps, the argmax and the refusals are exactly
 * those of {@code detect}. Immutable: a step returns a new training.
 */
public final class Training {
    private final Workspace workspace;
    private final List<TrainingExample> examples;
    private final List<double[]> inputs;
    private final double temperature;

    private Training(
            Workspace workspace,
            List<TrainingExample> examples,
            List<double[]> inputs,
            double temperature) {
        this.workspace = workspace;
        this.examples = examples;
        this.inputs = inputs;
        this.temperature = temperature;
    }

    /**
     * Checks the detector, the examples (size, channels, target inside D) and the temperature, and
     * refuses each problem with one sentence.
     */
    public static Training of(Workspace ws, List<TrainingExample> examples, double temperature) {
        Trainable.require(ws);
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException(
                    "the temperature must be a number greater than 0, got "
                            + NumberText.ascii(temperature));
        }
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("there are no examples to learn from");
        }
        Image first = ws.image();
        CombinedMap frame = Detection.of(ws).combined();
        List<double[]> inputs = new ArrayList<>();
        for (int n = 0; n < examples.size(); n++) {
            TrainingExample e = examples.get(n);
            Image im = e.image();
            if (im.height() != first.height()
                    || im.width() != first.width()
                    || im.channels() != first.channels()) {
                throw new IllegalArgumentException(
                        "example "
                                + n
                                + ": the image is "
                                + size(im)
                                + " but the workspace's image is "
                                + size(first));
            }
            if (!frame.isDefinedAt(e.row(), e.col())) {
                throw new IllegalArgumentException(
                        "example "
                                + n
                                + ": the target (row "
                                + e.row()
                                + ", col "
                                + e.col()
                                + ") is outside the combined map D, which covers rows "
                                + frame.top()
                                + ".."
                                + (frame.top() + frame.height() - 1)
                                + " and columns "
                                + frame.left()
                                + ".."
                                + (frame.left() + frame.width() - 1));
            }
            inputs.add(im.toArray());
        }
        return new Training(ws, List.copyOf(examples), List.copyOf(inputs), temperature);
    }

    /** Refuses a run of {@code steps} steps whose work is over {@link WorkCost}'s budget. */
    public void checkCost(long steps) {
        Image im = workspace.image();
        WorkCost.checkTraining(
                steps + 1,
                examples.size(),
                im.height(),
                im.width(),
                im.channels(),
                workspace.filters().stream().map(FilterSpec::filter).toList(),
                workspace.convolution(),
                i -> "filter " + Echo.inside(workspace.filters().get(i).name()));
    }

    /** The workspace with the current filters. */
    public Workspace workspace() {
        return workspace;
    }

    public List<TrainingExample> examples() {
        return examples;
    }

    public double temperature() {
        return temperature;
    }

    /** The same examples and temperature, starting from {@code ws}'s filters. */
    public Training withWorkspace(Workspace ws) {
        Trainable.require(ws);
        if (!size(ws.image()).equals(size(workspace.image()))) {
            throw new IllegalArgumentException(
                    "the workspace's image is "
                            + size(ws.image())
                            + " but the examples are "
                            + size(workspace.image()));
        }
        return new Training(ws, examples, inputs, temperature);
    }

    /** Forward and backward pass over every example at the current weights. */
    public Evaluation evaluate() {
        return evaluate(true);
    }

    /**
     * The forward pass alone: loss, hits and each example's detection and error of D, as {@link
     * #evaluate} gives them, for images that are judged but not learned from (the held-out ones).
     * The gradients are not computed: they are left at 0, and the outcomes have no error maps.
     */
    public Evaluation score() {
        return evaluate(false);
    }

    private Evaluation evaluate(boolean backward) {
        List<FilterSpec> specs = workspace.filters();
        ConvSettings s = workspace.convolution();
        int n = examples.size();
        int c = workspace.image().channels();
        double[][] grads = new double[specs.size()][];
        double[] biasGrads = new double[specs.size()];
        for (int k = 0; k < grads.length; k++) {
            Filter f = specs.get(k).filter();
            grads[k] = new double[f.channels() * f.height() * f.width()];
        }
        double loss = 0;
        int hits = 0;
        List<Outcome> outcomes = new ArrayList<>(n);
        for (int e = 0; e < n; e++) {
            TrainingExample ex = examples.get(e);
            Detection d = Detection.of(workspace.withImage(ex.image()));
            CombinedMap m = d.combined();
            double[] values = m.toArray();
            int target = (ex.row() - m.top()) * m.width() + ex.col() - m.left();
            double[] errorD = new double[values.length];
            double l = SoftmaxLoss.lossAndError(values, target, temperature, 1.0 / n, errorD);
            loss += l;
            boolean hit = d.argmax().row() == ex.row() && d.argmax().col() == ex.col();
            hits += hit ? 1 : 0;
            double[][] errors =
                    backward
                            ? Backward.errorMaps(m, errorD, workspace.activation())
                            : new double[0][];
            for (int k = 0; k < errors.length; k++) {
                Geometry g = d.responses().get(k).geometry();
                biasGrads[k] += Backward.correlate(inputs.get(e), c, g, errors[k], grads[k]);
            }
            outcomes.add(new Outcome(d, l, hit, errorD, errors));
        }
        List<Filter> gradients = new ArrayList<>();
        for (int k = 0; k < grads.length; k++) {
            Filter f = specs.get(k).filter();
            Filter g = Filter.of(f.height(), f.width(), f.channels(), grads[k], biasGrads[k]);
            // The sum read the kernel turned by 180°; turning the gradient back gives it per
            // stored weight.
            gradients.add(s.flip() ? g.rotated180() : g);
        }
        return new Evaluation(loss / n, gradients, hits, outcomes);
    }

    /**
     * One step of plain gradient descent, {@code w ← w − η · ∂L/∂w}, from the gradient in {@code
     * at} (an evaluation of this training's current weights).
     */
    public Training step(Evaluation at, double learningRate) {
        requireLearningRate(learningRate);
        List<FilterSpec> specs = workspace.filters();
        List<FilterSpec> next = new ArrayList<>(specs.size());
        for (int k = 0; k < specs.size(); k++) {
            FilterSpec spec = specs.get(k);
            Filter f = spec.filter();
            Filter g = at.gradients().get(k);
            double[] w = f.toArray();
            double[] gw = g.toArray();
            for (int i = 0; i < w.length; i++) {
                w[i] -= learningRate * gw[i];
            }
            double b = f.bias() - learningRate * g.bias();
            if (!allFinite(w) || !Double.isFinite(b)) {
                throw new IllegalArgumentException(
                        "the weights of filter "
                                + Echo.inside(spec.name())
                                + " grew past the largest number ConvLab can hold; use a smaller"
                                + " learning rate");
            }
            next.add(spec.withFilter(Filter.of(f.height(), f.width(), f.channels(), w, b)));
        }
        return new Training(workspace.withFilters(next), examples, inputs, temperature);
    }

    /** Refuses a learning rate that is not a number greater than 0. */
    public static void requireLearningRate(double learningRate) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException(
                    "the learning rate must be a number greater than 0, got "
                            + NumberText.ascii(learningRate));
        }
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static String size(Image im) {
        return im.height() + "×" + im.width() + "×" + im.channels();
    }
}
