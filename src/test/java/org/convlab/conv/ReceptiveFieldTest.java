package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The receptive-field table against the recurrence worked out by hand. */
class ReceptiveFieldTest {
    @Test
    void convThenPoolThenSecondLayerFollowsTheRecurrence() {
        Workspace ws =
                new Workspace(
                        Image.zeros(12, 12, 1),
                        List.of(FilterSpec.plain("A", Filter.ofRows(new double[3][3]))),
                        ConvSettings.DEFAULT,
                        MatchMode.RAW,
                        Activation.NONE,
                        Map.of(),
                        Pooling.window(Pooling.Kind.MAX, 2),
                        SecondLayer.of(new double[1][3][3], 0));
        List<ReceptiveField.Stage> s = ReceptiveField.of(ws, 0).stages();
        assertThat(s).hasSize(3);
        // r1 = 1 + (3 − 1)·1·1 = 3, j1 = 1; r2 = 3 + (2 − 1)·1·1 = 4, j2 = 2;
        // r3 = 4 + (3 − 1)·1·2 = 8, j3 = 2
        assertThat(s.get(0).field()).isEqualTo("3×3");
        assertThat(s.get(1).field()).isEqualTo("4×4");
        assertThat(s.get(1).jump()).isEqualTo("2");
        assertThat(s.get(2).field()).isEqualTo("8×8");
        assertThat(s.get(2).formula()).isEqualTo("r = 4 + (3 − 1)·1·2 = 8, j = 2·1 = 2");
        assertThat(s.get(2).name()).isEqualTo("Layer 2");
    }

    @Test
    void dilationAndStrideOfLayerOneAndOffsetsAsALayer() {
        FilterSpec a = FilterSpec.plain("A", Filter.ofRows(new double[3][2]));
        Workspace ws =
                Workspace.of(Image.zeros(20, 20, 1), List.of(a, a.withName("B").withOffset(4, 0)))
                        .withConvolution(ConvSettings.DEFAULT.withStride(2).withDilation(2));
        List<ReceptiveField.Stage> s = ReceptiveField.of(ws, 0).stages();
        // rows: r = 1 + (3 − 1)·2·1 = 5; columns: r = 1 + (2 − 1)·2·1 = 3; j = 2
        assertThat(s.get(0).field()).isEqualTo("5×3");
        assertThat(s.get(0).kernel()).isEqualTo("3×2");
        // offsets span 1 row and 5 columns: r = 3 + (5 − 1)·1·2 = 11 columns
        assertThat(s.get(1).name()).isEqualTo("Offsets (as layer 2)");
        assertThat(s.get(1).field()).isEqualTo("5×11");
    }
}
