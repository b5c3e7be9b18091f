package org.convlab.viewmodel.detector;

import java.util.ArrayList;
import java.util.List;
import org.convlab.conv.Activation;
import org.convlab.conv.ChannelSums;
import org.convlab.conv.NumberText;

/**
 * Writes out one response cell channel by channel, as the cell arithmetic does tap by tap: {@code
 * A[3, 7] = Σ x·w per channel: R 4 + G (−1) + B 0 = 3, + b (1) = 4}.
 */
public final class ChannelSumsText {
    private ChannelSumsText() {}

    /**
     * The line for filter {@code name}'s cell (y, x) of an image with {@code channels} channels.
     */
    public static String explain(
            String name, int y, int x, ChannelSums.Cell cell, int channels, Activation act) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < cell.sums().size(); c++) {
            parts.add(
                    ChannelNames.of(cell.firstChannel() + c, channels)
                            + " "
                            + ArithmeticText.paren(cell.sums().get(c)));
        }
        StringBuilder b =
                new StringBuilder(name)
                        .append("[")
                        .append(y)
                        .append(", ")
                        .append(x)
                        .append("] = Σ x·w per channel: ")
                        .append(String.join(" + ", parts))
                        .append(" = ")
                        .append(NumberText.exact(cell.total()))
                        .append(", + b (")
                        .append(NumberText.exact(cell.bias()))
                        .append(") = ")
                        .append(NumberText.exact(cell.response()));
        if (act == Activation.RELU) {
            b.append("; ReLU(")
                    .append(NumberText.exact(cell.response()))
                    .append(") = ")
                    .append(NumberText.exact(cell.activated()));
        }
        return b.toString();
    }
}
