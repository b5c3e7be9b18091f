package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.convlab.lessons.detector.CellArithmetic;
import org.junit.jupiter.api.Test;

/** The small value types: names as written in files, windows, workspaces, cell arithmetic. */
class CoreValuesTest {
    @Test
    void matchModesAndActivationsReadBackTheirIds() {
        for (MatchMode m : MatchMode.values()) {
            assertThat(MatchMode.parse(m.id())).isEqualTo(m);
        }
        assertThat(MatchMode.parse(" Zero-Mean ")).isEqualTo(MatchMode.ZERO_MEAN);
        assertThat(List.of(MatchMode.values()).stream().map(MatchMode::id))
                .containsExactly("raw", "zero-mean", "ncc", "ssd");
        assertThatThrownBy(() -> MatchMode.parse("zero_mean"))
                .hasMessageContaining("raw, zero-mean, ncc or ssd")
                .hasMessageContaining("\"zero_mean\"");
        assertThat(Activation.parse("relu")).isEqualTo(Activation.RELU);
        assertThat(Activation.parse("none")).isEqualTo(Activation.NONE);
        assertThatThrownBy(() -> Activation.parse("sigmoid")).hasMessageContaining("none or relu");
    }

    @Test
    void onlyRawAndZeroMeanUseTheBias() {
        assertThat(MatchMode.RAW.usesBias()).isTrue();
        assertThat(MatchMode.ZERO_MEAN.usesBias()).isTrue();
        assertThat(MatchMode.NCC.usesBias()).isFalse();
        assertThat(MatchMode.SSD.usesBias()).isFalse();
    }

    @Test
    void reluKeepsPositivesAndZeroesTheRest() {
        assertThat(Activation.RELU.apply(2.5)).isEqualTo(2.5);
        assertThat(Activation.RELU.apply(-2.5)).isEqualTo(0.0);
        assertThat(Double.doubleToRawLongBits(Activation.RELU.apply(-0.0))).as("+0").isZero();
        assertThat(Activation.NONE.apply(-2.5)).isEqualTo(-2.5);
    }

    @Test
    void windowUnionContainsAndOverlaps() {
        Window a = new Window(-1, -1, 3, 3);
        Window b = new Window(1, 2, 2, 2);
        assertThat(a.union(b)).isEqualTo(new Window(-1, -1, 4, 5));
        assertThat(a.contains(-1, -1)).isTrue();
        assertThat(a.contains(2, 0)).isFalse();
        assertThat(a.overlaps(b)).isFalse();
        assertThat(a.overlaps(new Window(1, 1, 1, 1))).isTrue();
    }

    @Test
    void workspaceRefusesAFilterWithOtherChannels() {
        Image rgb = Image.zeros(3, 3, 3);
        Filter grey = Filter.ofRows(new double[][] {{1}});
        assertThatThrownBy(() -> Workspace.of(rgb, List.of(FilterSpec.plain("edge", grey))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("filter edge has 1 channel(s) but the image has 3");
    }

    @Test
    void workspaceIsAnImmutableValue() {
        Image in = Image.zeros(2, 2, 1);
        FilterSpec a = FilterSpec.plain("A", Filter.ofRows(new double[][] {{1}}));
        java.util.ArrayList<FilterSpec> bank = new java.util.ArrayList<>(List.of(a));
        Workspace ws =
                new Workspace(
                        in,
                        bank,
                        ConvSettings.DEFAULT,
                        MatchMode.NCC,
                        Activation.RELU,
                        Map.of("zoom", 2));
        bank.add(a);
        assertThat(ws.filters()).hasSize(1);
        Workspace b = ws.withFilter(0, a.withGain(3).withOffset(1, -1).withName("B"));
        assertThat(ws.filters().get(0)).isEqualTo(a);
        assertThat(b.filters().get(0)).isEqualTo(new FilterSpec("B", a.filter(), 3, 1, -1));
        assertThat(b.matching()).isEqualTo(MatchMode.NCC);
        assertThat(b.extras()).containsEntry("zoom", 2);
        assertThat(
                        new Workspace(
                                        in,
                                        List.of(),
                                        ConvSettings.DEFAULT,
                                        MatchMode.RAW,
                                        Activation.NONE,
                                        null)
                                .extras())
                .isEmpty();
    }

    @Test
    void cellArithmeticInZeroMeanModeReportsTheMeanAndBias() {
        // 1 2 / 3 4 on window 7 9 / 11 13 with bias 1: mean 2.5, result 10 + 1 = 11
        Image in = Image.ofRows(new double[][] {{7, 9}, {11, 13}});
        Filter k = Filter.ofRows(new double[][] {{1, 2}, {3, 4}}, 1);
        CellArithmetic zm =
                CellArithmetic.explain(
                        in, k, ConvSettings.DEFAULT, MatchMode.ZERO_MEAN, Activation.NONE, 0, 0);
        assertThat(zm.kernelMean()).isEqualTo(2.5);
        assertThat(zm.bias()).isEqualTo(1);
        assertThat(zm.result()).isEqualTo(11);
        double sum = zm.bias();
        for (CellArithmetic.Term t : zm.terms()) {
            sum += t.input() * (t.weight() - zm.kernelMean());
        }
        assertThat(sum).isEqualTo(zm.result());
        CellArithmetic ncc =
                CellArithmetic.explain(
                        in, k, ConvSettings.DEFAULT, MatchMode.NCC, Activation.NONE, 0, 0);
        assertThat(ncc.bias()).isZero();
        assertThat(ncc.result()).isEqualTo(1.0);
        CellArithmetic ssd =
                CellArithmetic.explain(
                        in, k, ConvSettings.DEFAULT, MatchMode.SSD, Activation.RELU, 0, 0);
        assertThat(ssd.kernelMean()).isZero();
        assertThat(ssd.result()).isEqualTo(-230);
        assertThat(ssd.activated()).isZero();
    }

    @Test
    void cellArithmeticListsPaddingTapsAndTheFlippedWeights() {
        Image in = Image.ofRows(new double[][] {{1, 2}, {3, 4}});
        Filter k = Filter.ofRows(new double[][] {{1, 2}, {3, 4}});
        ConvSettings s = ConvSettings.DEFAULT.withPadding(Padding.FULL).withFlip(true);
        CellArithmetic cell =
                CellArithmetic.explain(in, k, s, MatchMode.RAW, Activation.NONE, 0, 0);
        // (0,0) reads rows −1…0, cols −1…0; weights used 4 3 / 2 1: only input (0,0)=1 under weight
        // 1
        assertThat(cell.terms())
                .extracting(CellArithmetic.Term::inPadding)
                .containsExactly(true, true, true, false);
        assertThat(cell.terms())
                .extracting(CellArithmetic.Term::weight)
                .containsExactly(4.0, 3.0, 2.0, 1.0);
        assertThat(cell.result()).isEqualTo(1);
        assertThatThrownBy(
                        () ->
                                CellArithmetic.explain(
                                        in, k, s, MatchMode.RAW, Activation.NONE, 3, 0))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
