package org.convlab.viewmodel.detector;

import static org.assertj.core.api.Assertions.assertThat;

import org.convlab.conv.Detection;
import org.convlab.conv.Padding;
import org.junit.jupiter.api.Test;

/**
 * An edit on screen that asks for more work than the cost model allows (WorkCost) is kept as the
 * user's setting, but the maps are not recomputed: the problem line gives the budget's own sentence
 * and the last maps that could be computed stay on screen, the same objects.
 */
class OverBudgetEditTest {
    private final DetectorViewModel vm = new DetectorViewModel();

    @Test
    void dilationPastTheBudgetIsExplainedAndTheLastMapsStay() {
        assertThat(vm.painting().resize(512, 512)).isTrue();
        assertThat(vm.layerSettings().setPadding(Padding.FULL)).isTrue();
        assertThat(vm.getProblem()).isEmpty();
        Detection before = vm.getDetection();
        assertThat(before.responses().get(0).height()).isEqualTo(516);

        assertThat(vm.layerSettings().setDilation(64)).isTrue();
        assertThat(vm.getProblem())
                .isEqualTo(
                        "The 2 maps hold 1,179,648 cells together; the limit is 1,048,576 (use fewer"
                                + " filters, a smaller image or a larger stride). The maps below are the last ones that could be computed.");
        assertThat(vm.getDetection()).isSameAs(before);
        assertThat(vm.captions().mapLabelsProperty())
                .containsExactly("Response A  516×516", "Response B  516×516");
        assertThat(vm.getWorkspace().convolution().dilation()).isEqualTo(64);

        // Back within the budget: the problem goes and the maps are computed again.
        // Full padding of a 5×5 kernel at dilation 2 (it spans 9) adds 8 zeros on each side.
        assertThat(vm.layerSettings().setDilation(2)).isTrue();
        assertThat(vm.getProblem()).isEmpty();
        assertThat(vm.getDetection()).isNotSameAs(before);
        assertThat(vm.getDetection().responses().get(0).height()).isEqualTo(512 + 2 * 8 - 9 + 1);
    }

    @Test
    void paddingPastTheRowBufferBudgetIsExplainedAndTheLastMapsStay() {
        assertThat(vm.painting().resize(512, 512)).isTrue();
        Detection before = vm.getDetection();
        assertThat(vm.layerSettings().setPaddingText("1024")).isTrue();
        assertThat(vm.getProblem())
                .isEqualTo(
                        "Padding 1024 makes filter A's map 2,556 × 2,556 = 6,533,136 cells; the limit is"
                                + " 1,048,576 cells. The maps below are the last ones that could be computed.");
        assertThat(vm.getDetection()).isSameAs(before);
        assertThat(vm.getWorkspace().convolution().padding().amount()).isEqualTo(1024);
    }
}
