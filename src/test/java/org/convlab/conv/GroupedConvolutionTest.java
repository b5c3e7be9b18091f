package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Grouped and depthwise layers: what filter n reads, and the refusals. */
class GroupedConvolutionTest {
    static Image randomImage(Random r, int h, int w, int c, boolean whole) {
        double[] d = new double[h * w * c];
        for (int i = 0; i < d.length; i++) {
            d[i] = whole ? r.nextInt(5) - 2 : r.nextGaussian();
        }
        return Image.of(h, w, c, d);
    }

    static Filter randomFilter(Random r, int kh, int kw, int c, boolean whole) {
        double[] d = new double[kh * kw * c];
        for (int i = 0; i < d.length; i++) {
            d[i] = whole ? r.nextInt(5) - 2 : r.nextGaussian();
        }
        return Filter.of(kh, kw, c, d, whole ? r.nextInt(3) - 1 : r.nextGaussian());
    }

    static Workspace layer(Random r, Image in, int filters, int groups, int k, boolean whole) {
        List<FilterSpec> specs = new ArrayList<>();
        for (int n = 0; n < filters; n++) {
            specs.add(
                    FilterSpec.plain(
                            "F" + n, randomFilter(r, k, k, in.channels() / groups, whole)));
        }
        return Workspace.of(
                in, specs, ConvSettings.DEFAULT.withPadding(Padding.SAME).withGroups(groups));
    }

    @Test
    void oneGroupIsTheStandardLayer() {
        Random r = new Random(5);
        Image in = randomImage(r, 9, 11, 3, false);
        Workspace standard = layer(r, in, 3, 1, 3, false);
        Workspace explicit =
                standard.withConvolution(
                        new ConvSettings(Padding.SAME, 1, 1, false, 1).withStride(1));
        assertThat(standard.convolution()).isEqualTo(explicit.convolution());
        Detection a = Detection.of(standard);
        Detection b = Detection.of(explicit);
        for (int n = 0; n < 3; n++) {
            assertThat(b.responses().get(n).toArray()).isEqualTo(a.responses().get(n).toArray());
            assertThat(standard.inputOf(n)).isSameAs(in);
            assertThat(standard.firstChannel(n)).isZero();
        }
    }

    @Test
    void depthwiseIsOneOneChannelConvolutionPerChannel() {
        Random r = new Random(11);
        for (boolean whole : new boolean[] {true, false}) {
            Image in = randomImage(r, 12, 10, 3, whole);
            Workspace ws = layer(r, in, 3, 3, 3, whole);
            Detection d = Detection.of(ws);
            for (int c = 0; c < 3; c++) {
                double[] plane = new double[12 * 10];
                for (int y = 0; y < 12; y++) {
                    for (int x = 0; x < 10; x++) {
                        plane[y * 10 + x] = in.get(c, y, x);
                    }
                }
                ResponseMap alone =
                        Correlation2D.compute(
                                Image.of(12, 10, 1, plane),
                                ws.filters().get(c).filter(),
                                ws.convolution().withGroups(1),
                                MatchMode.RAW,
                                Activation.NONE);
                assertThat(d.responses().get(c).toArray()).isEqualTo(alone.toArray());
            }
        }
    }

    @Test
    void filtersTakeTheGroupsInOrder() {
        Random r = new Random(2);
        Image in = randomImage(r, 6, 6, 4, true);
        Workspace ws = layer(r, in, 4, 2, 2, true);
        assertThat(List.of(ws.firstChannel(0), ws.firstChannel(1), ws.firstChannel(2)))
                .containsExactly(0, 0, 2);
        assertThat(ws.inputOf(3).toArray()).isEqualTo(in.channelRange(2, 2).toArray());
        assertThat(ws.inputOf(3).channels()).isEqualTo(2);
    }

    @Test
    void anIncrementalUpdateOfAGroupedLayerEqualsAFullRun() {
        Random r = new Random(8);
        Image in = randomImage(r, 20, 20, 3, true);
        Workspace ws = layer(r, in, 3, 3, 3, true);
        DetectionEngine engine = new DetectionEngine();
        engine.reset(ws);
        double[] data = in.toArray();
        Window dab = new Window(4, 5, 2, 3);
        for (int y = 4; y < 6; y++) {
            for (int x = 5; x < 8; x++) {
                data[(1 * 20 + y) * 20 + x] = 7;
            }
        }
        Workspace painted = ws.withImage(in.withCells(1, dab, data));
        Detection updated = engine.update(painted, dab);
        Detection full = Detection.of(painted);
        for (int n = 0; n < 3; n++) {
            assertThat(updated.responses().get(n).toArray())
                    .isEqualTo(full.responses().get(n).toArray());
        }
        assertThat(updated.responses().get(0).toArray())
                .as("painting G leaves the red filter's map alone")
                .isEqualTo(Detection.of(ws).responses().get(0).toArray());
    }

    @Test
    void groupsThatDoNotFitAreRefusedInOneLine() {
        Random r = new Random(1);
        Image in = randomImage(r, 5, 5, 3, true);
        Workspace ws = layer(r, in, 2, 1, 3, true);
        assertThatThrownBy(() -> ws.withConvolution(ws.convolution().withGroups(2)))
                .hasMessage(
                        "2 groups do not divide the 3 input channel(s); the groups must divide"
                                + " the channels");
        Workspace four = layer(r, randomImage(r, 5, 5, 4, true), 3, 1, 3, true);
        assertThatThrownBy(() -> four.withConvolution(four.convolution().withGroups(2)))
                .hasMessage(
                        "3 filter(s) do not split into 2 groups; the number of filters must be a"
                                + " multiple of the groups");
        Workspace two = layer(r, randomImage(r, 5, 5, 4, true), 2, 1, 3, true);
        assertThatThrownBy(() -> two.withConvolution(two.convolution().withGroups(2)))
                .hasMessage(
                        "filter F0 has 4 channel(s) but with 2 groups each filter reads 2 of the"
                                + " image's 4");
        assertThatThrownBy(() -> ConvSettings.DEFAULT.withGroups(0))
                .hasMessage("groups must be at least 1, got 0");
    }
}
