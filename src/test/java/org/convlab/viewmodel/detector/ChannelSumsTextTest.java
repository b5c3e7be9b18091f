package org.convlab.viewmodel.detector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.convlab.conv.Activation;
import org.convlab.conv.ChannelSums;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.Workspace;
import org.junit.jupiter.api.Test;

class ChannelSumsTextTest {
    @Test
    void aColourCellIsWrittenChannelByChannel() {
        // 1×1 image and kernel, so each channel's sum is one product.
        Image in = Image.of(1, 1, 3, new double[] {2, 1, 5});
        Filter f = Filter.of(1, 1, 3, new double[] {2, -1, 0}, 1);
        Workspace ws = Workspace.of(in, List.of(FilterSpec.plain("A", f)));
        ChannelSums.Cell cell = ChannelSums.cell(ws, 0, 0, 0);
        assertThat(ChannelSumsText.explain("A", 0, 0, cell, 3, Activation.NONE))
                .isEqualTo("A[0, 0] = Σ x·w per channel: R 4 + G (−1) + B 0 = 3, + b (1) = 4");
        Filter negative = Filter.of(1, 1, 3, new double[] {-2, 0, 0}, 0);
        ChannelSums.Cell low =
                ChannelSums.cell(
                        Workspace.of(in, List.of(FilterSpec.plain("B", negative)))
                                .withActivation(Activation.RELU),
                        0,
                        0,
                        0);
        assertThat(ChannelSumsText.explain("B", 0, 0, low, 3, Activation.RELU))
                .endsWith("= −4; ReLU(−4) = 0");
    }
}
