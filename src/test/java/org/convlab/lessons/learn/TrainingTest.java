package org.convlab.lessons.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.convlab.conv.Activation;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Pooling;
import org.convlab.conv.Workspace;
import org.convlab.lessons.detector.PatternPreset;
import org.junit.jupiter.api.Test;

class TrainingTest {
    private static final double[][] ROW = {{1, 0, 2}};

    @Test
    void oneStepByHand() {
        // D = w·[1, 0, 2], target column 0, T = 1: p = softmax(D), ∂L/∂w = Σ (p − onehot)·input.
        Workspace ws = Workspace.of(Image.ofRows(ROW), List.of(plain(1, 0)));
        Training t = Training.of(ws, List.of(new TrainingExample(Image.ofRows(ROW), 0, 0)), 1);
        TrainingRun run = TrainingRun.of(t, 1, 0.5);
        assertThat(run.initial().loss()).isCloseTo(1.4076059644443801, within(1e-12));
        assertThat(run.initial().gradients().get(0).get(0, 0, 0))
                .isCloseTo(0.5752103826044415, within(1e-12));
        // Softmax ignores a constant added everywhere, so without ReLU the bias never learns.
        assertThat(run.initial().gradients().get(0).bias()).isCloseTo(0, within(1e-15));
        assertThat(run.result().workspace().filters().get(0).filter().get(0, 0, 0))
                .isCloseTo(0.7123948086977793, within(1e-12));
        assertThat(run.losses()).containsExactly(run.initial().loss());
        assertThat(run.last().loss()).isLessThan(run.initial().loss());
    }

    @Test
    void oneStepByHandThroughReluGainAndTemperature() {
        // R = relu(w·x − 0.5) = [0.5, 0, 1.5]; D = 2·R = [1, 0, 3]; T = 2. The middle cell is
        // off, so its error does not reach the weight or the bias.
        FilterSpec spec = new FilterSpec("A", Filter.ofRows(new double[][] {{1}}, -0.5), 2, 0, 0);
        Workspace ws =
                Workspace.of(Image.ofRows(ROW), List.of(spec)).withActivation(Activation.RELU);
        Training t = Training.of(ws, List.of(new TrainingExample(Image.ofRows(ROW), 0, 0)), 2);
        TrainingRun run = TrainingRun.of(t, 1, 0.5);
        Filter g = run.initial().gradients().get(0);
        assertThat(run.initial().loss()).isCloseTo(1.464368784107945, within(1e-12));
        assertThat(g.get(0, 0, 0)).isCloseTo(0.488287336045674, within(1e-12));
        assertThat(g.bias()).isCloseTo(-0.14024438316608845, within(1e-12));
        Filter after = run.result().workspace().filters().get(0).filter();
        assertThat(after.get(0, 0, 0)).isCloseTo(0.755856331977163, within(1e-12));
        assertThat(after.bias()).isCloseTo(-0.4298778084169558, within(1e-12));
        assertThat(run.initial().outcomes().get(0).errorMaps()[0][1]).isZero();
    }

    @Test
    void lossFallsOnTheHomeworkTask() {
        TrainingRun run = homeworkRun(7, 60);
        assertThat(run.last().loss()).isLessThan(run.initial().loss() * 0.7);
        assertThat(run.last().hits()).isGreaterThan(run.initial().hits());
        for (int k = 1; k < run.losses().size(); k++) {
            assertThat(run.losses().get(k)).isLessThanOrEqualTo(run.losses().get(k - 1) + 1e-9);
        }
    }

    @Test
    void aSeedReproducesARunExactly() {
        TrainingRun a = homeworkRun(11, 5);
        TrainingRun b = homeworkRun(11, 5);
        TrainingRun c = homeworkRun(12, 5);
        assertThat(a.result().workspace().filters()).isEqualTo(b.result().workspace().filters());
        assertThat(a.losses()).isEqualTo(b.losses());
        assertThat(a.result().workspace().filters()).isNotEqualTo(c.result().workspace().filters());
    }

    @Test
    void zeroStepsReportTheStart() {
        TrainingRun run = homeworkRun(3, 0);
        assertThat(run.losses()).isEmpty();
        assertThat(run.last().loss()).isEqualTo(run.initial().loss());
    }

    @Test
    void flipGivesGradientsInTheStoredOrientation() {
        // A 1×2 kernel on [1, 0, 2] turned for true convolution: the same problem with the
        // kernel stored turned and no flip must give the turned gradient.
        Filter k = Filter.ofRows(new double[][] {{0.3, -0.2}});
        Image in = Image.ofRows(ROW);
        List<TrainingExample> ex = List.of(new TrainingExample(in, 0, 1));
        Workspace flipped =
                Workspace.of(in, List.of(FilterSpec.plain("A", k)))
                        .withConvolution(ConvSettings.DEFAULT.withFlip(true));
        Workspace turned = Workspace.of(in, List.of(FilterSpec.plain("A", k.rotated180())));
        Filter g1 = Training.of(flipped, ex, 1).evaluate().gradients().get(0);
        Filter g2 = Training.of(turned, ex, 1).evaluate().gradients().get(0);
        assertThat(g1.get(0, 0, 0)).isEqualTo(g2.get(0, 0, 1));
        assertThat(g1.get(0, 0, 1)).isEqualTo(g2.get(0, 0, 0));
    }

    @Test
    void refusesWhatItCannotTrain() {
        Workspace ws = Workspace.of(Image.ofRows(ROW), List.of(plain(1, 0)));
        List<TrainingExample> one = List.of(new TrainingExample(Image.ofRows(ROW), 0, 0));
        assertThatThrownBy(() -> Training.of(ws.withMatching(MatchMode.NCC), one, 1))
                .hasMessage(
                        "training learns raw matching only, but the workspace's matching is ncc;"
                                + " set matching to raw");
        assertThatThrownBy(() -> Training.of(ws, List.of(), 1))
                .hasMessage("there are no examples to learn from");
        assertThatThrownBy(
                        () ->
                                Training.of(
                                        ws.withPooling(Pooling.global(Pooling.Kind.GLOBAL_MAX)),
                                        one,
                                        1))
                .hasMessage(
                        "training does not learn through pooling yet; remove the workspace's"
                                + " pooling (global max)");
        Workspace rgb =
                Workspace.of(
                        Image.zeros(1, 3, 3),
                        List.of(
                                FilterSpec.plain("R", Filter.of(1, 1, 1, new double[] {1}, 0)),
                                FilterSpec.plain("G", Filter.of(1, 1, 1, new double[] {1}, 0)),
                                FilterSpec.plain("B", Filter.of(1, 1, 1, new double[] {1}, 0))),
                        ConvSettings.DEFAULT.withGroups(3));
        assertThatThrownBy(
                        () ->
                                Training.of(
                                        rgb,
                                        List.of(new TrainingExample(Image.zeros(1, 3, 3), 0, 0)),
                                        1))
                .hasMessage(
                        "training learns standard layers only, but the workspace's filters are in"
                                + " 3 groups; set convolution.groups to 1");

        assertThatThrownBy(() -> Training.of(ws, one, 0))
                .hasMessage("the temperature must be a number greater than 0, got 0");
        assertThatThrownBy(
                        () ->
                                Training.of(
                                        ws,
                                        List.of(new TrainingExample(Image.ofRows(ROW), 0, 3)),
                                        1))
                .hasMessage(
                        "example 0: the target (row 0, col 3) is outside the combined map D,"
                                + " which covers rows 0..0 and columns 0..2");
        assertThatThrownBy(
                        () ->
                                Training.of(
                                        ws,
                                        List.of(new TrainingExample(Image.zeros(2, 3, 1), 0, 0)),
                                        1))
                .hasMessage("example 0: the image is 2×3×1 but the workspace's image is 1×3×1");
        Training t = Training.of(ws, one, 1);
        assertThatThrownBy(() -> TrainingRun.of(t, 1, 0))
                .hasMessage("the learning rate must be a number greater than 0, got 0");
        assertThatThrownBy(() -> TrainingRun.of(t, -1, 0.1))
                .hasMessage("the number of steps must not be negative, got -1");
        assertThatThrownBy(() -> TrainingRun.of(t, 1_000_001, 0.1))
                .hasMessage("the number of steps is 1,000,001; at most 1,000,000 are allowed");
        Workspace large = homework(1, 64);
        Training big =
                Training.of(
                        large,
                        PlantedExamples.generate(
                                large, PatternPreset.cross().pattern(), 16, 12, 5, 1),
                        1);
        assertThatThrownBy(() -> TrainingRun.of(big, 1_000_000, 0.1))
                .hasMessage(
                        "training takes 1,000,001 passes × 16 examples × 360,000 multiply-adds"
                                + " (forward and backward) = 5,760,005,760,000; the limit is"
                                + " 34,359,738,368 (use fewer steps, fewer examples or smaller"
                                + " images)");
    }

    /** The homework's X task: 64×64 streak images, two 5×5 filters from seeded random weights. */
    static TrainingRun homeworkRun(long seed, int steps) {
        PatternPreset x = PatternPreset.cross();
        Workspace ws = homework(seed, 32);
        List<TrainingExample> ex = PlantedExamples.generate(ws, x.pattern(), 16, 12, 5, seed);
        return TrainingRun.of(Training.of(ws, ex, 1), steps, 0.05);
    }

    static Workspace homework(long seed, int size) {
        return new Workspace(
                Image.zeros(size, size, 1),
                StartingWeights.RANDOM.apply(PatternPreset.cross().filters(), seed),
                ConvSettings.DEFAULT,
                MatchMode.RAW,
                Activation.NONE,
                Map.of());
    }

    private static FilterSpec plain(double w, double bias) {
        return FilterSpec.plain("A", Filter.ofRows(new double[][] {{w}}, bias));
    }
}
