package org.convlab.lessons.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.convlab.conv.Activation;
import org.convlab.conv.Detection;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.Workspace;

/** The backward pass agrees with central finite differences of the batch loss. */
class GradientProperties {
    private static final double H = 1e-6;

    @Property(tries = 150)
    void gradientMatchesFiniteDifferences(@ForAll long seed) {
        RandomProblems.Problem p = RandomProblems.of(seed);
        Assume.that(awayFromReluKinks(p));
        Training t = Training.of(p.workspace(), p.examples(), p.temperature());
        Evaluation at = t.evaluate();
        List<FilterSpec> specs = p.workspace().filters();
        for (int k = 0; k < specs.size(); k++) {
            Filter f = specs.get(k).filter();
            double[] w = f.toArray();
            double[] g = at.gradients().get(k).toArray();
            for (int i = 0; i <= w.length; i++) {
                double plus = lossWith(t, k, i, H);
                double minus = lossWith(t, k, i, -H);
                double numeric = (plus - minus) / (2 * H);
                double analytic = i < w.length ? g[i] : at.gradients().get(k).bias();
                assertThat(analytic)
                        .as("filter %d, %s", k, i < w.length ? "weight " + i : "bias")
                        .isCloseTo(
                                numeric,
                                org.assertj.core.data.Offset.offset(
                                        1e-5 * Math.max(1, Math.abs(numeric))));
            }
        }
    }

    /** The batch loss with weight i of filter k (i = weight count: the bias) moved by delta. */
    private static double lossWith(Training t, int k, int i, double delta) {
        Workspace ws = t.workspace();
        FilterSpec spec = ws.filters().get(k);
        Filter f = spec.filter();
        double[] w = f.toArray();
        double b = f.bias();
        if (i < w.length) {
            w[i] += delta;
        } else {
            b += delta;
        }
        Filter moved = Filter.of(f.height(), f.width(), f.channels(), w, b);
        return t.withWorkspace(ws.withFilter(k, spec.withFilter(moved))).evaluate().loss();
    }

    /** No pre-activation within 1e−3 of 0, where ReLU's kink would spoil the difference. */
    private static boolean awayFromReluKinks(RandomProblems.Problem p) {
        if (p.workspace().activation() != Activation.RELU) {
            return true;
        }
        for (TrainingExample e : p.examples()) {
            Detection d =
                    Detection.of(
                            p.workspace().withImage(e.image()).withActivation(Activation.NONE));
            for (ResponseMap m : d.responses()) {
                for (double v : m.toArray()) {
                    if (Math.abs(v) < 1e-3) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
