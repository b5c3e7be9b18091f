package org.convlab.lessons.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.Workspace;
import org.convlab.lessons.detector.PatternPreset;
import org.junit.jupiter.api.Test;

/** Momentum and Adam against hand-computed updates, and in a run of the lesson. */
class OptimizerStateTest {
    private static final List<FilterSpec> ONE =
            List.of(FilterSpec.plain("A", Filter.of(1, 1, 1, new double[] {1}, 0)));
    private static final List<Filter> GRADIENT =
            List.of(Filter.of(1, 1, 1, new double[] {0.5}, 0.25));

    @Test
    void momentumAddsNineTenthsOfTheLastChange() {
        OptimizerState.Update first =
                OptimizerState.start(Optimizer.MOMENTUM).apply(ONE, GRADIENT, 0.1);
        assertThat(weight(first)).isCloseTo(0.95, within(1e-15));
        assertThat(bias(first)).isCloseTo(-0.025, within(1e-15));
        // v = 0.9 · 0.5 + 0.5 = 0.95 and 0.9 · 0.25 + 0.25 = 0.475.
        OptimizerState.Update second = first.state().apply(first.filters(), GRADIENT, 0.1);
        assertThat(weight(second)).isCloseTo(0.855, within(1e-15));
        assertThat(bias(second)).isCloseTo(-0.0725, within(1e-15));
    }

    @Test
    void adamsFirstStepMovesEachNumberByTheLearningRate() {
        // m̂ = g and ŝ = g² after one step, so each number moves by η · g / (|g| + 10⁻⁸), about η.
        OptimizerState.Update first =
                OptimizerState.start(Optimizer.ADAM).apply(ONE, GRADIENT, 0.1);
        assertThat(weight(first)).isCloseTo(1 - 0.1 * 0.5 / (0.5 + 1e-8), within(1e-15));
        assertThat(bias(first)).isCloseTo(-0.1 * 0.25 / (0.25 + 1e-8), within(1e-15));
    }

    @Test
    void plainIsTheCommandLinesRule() {
        OptimizerState.Update u = OptimizerState.start(Optimizer.PLAIN).apply(ONE, GRADIENT, 0.1);
        assertThat(weight(u)).isEqualTo(1 - 0.1 * 0.5);
        assertThat(bias(u)).isEqualTo(-0.1 * 0.25);
    }

    @Test
    void aSessionWithAdamIsReproducibleAndDiffersFromPlainDescent() {
        PatternPreset task = PatternPreset.cross();
        Workspace ws =
                Workspace.of(
                        Image.zeros(32, 32, 1), StartingWeights.RANDOM.apply(task.filters(), 3));
        LearningSession plain = new LearningSession(ws, task.pattern(), 3);
        LearningSession adam = plain.withOptimizer(Optimizer.ADAM);
        LearningSession a = adam.step(0.05, 1, 8).next().step(0.05, 1, 8).next();
        LearningSession b = adam.step(0.05, 1, 8).next().step(0.05, 1, 8).next();
        LearningSession p = plain.step(0.05, 1, 8).next().step(0.05, 1, 8).next();
        assertThat(a.workspace().filters()).isEqualTo(b.workspace().filters());
        assertThat(a.workspace().filters()).isNotEqualTo(p.workspace().filters());
        assertThat(a.optimizer()).isEqualTo(Optimizer.ADAM);
        assertThat(a.heldOutEvaluation(1).loss()).isLessThan(plain.heldOutEvaluation(1).loss());
    }

    private static double weight(OptimizerState.Update u) {
        return u.filters().get(0).filter().toArray()[0];
    }

    private static double bias(OptimizerState.Update u) {
        return u.filters().get(0).filter().bias();
    }
}
