package org.convlab.viewmodel.detector;

import org.convlab.conv.Detection;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.NumberText;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.Workspace;
import org.convlab.lessons.params.ParameterTally;

/**
 * The layer as three labelled blocks, input H×W×C, N filters KH×KW×(C/g), output H′×W′×N, and its
 * weight count from the parameters lesson's tally, written as the product it is: {@code 225 = 3 · 5
 * · 5 · 3}.
 *
 * @param input the input block's label
 * @param filters the filter bank's label
 * @param output the output block's label
 * @param tally the weights as a product, or a sum over filters of mixed sizes
 * @param homework whether this is the homework's 225 = 3 · 5 · 5 · 3, drawn highlighted
 * @param depth how many channels each filter spans (C/g)
 */
public record LayerBlocks(
        String input, String filters, String output, String tally, boolean homework, int depth) {

    static LayerBlocks of(Workspace ws, Detection d) {
        int h = ws.image().height();
        int w = ws.image().width();
        int c = ws.image().channels();
        int n = ws.filters().size();
        int g = ws.convolution().groups();
        Filter first = ws.filters().get(0).filter();
        boolean sameSize = true;
        long weights = 0;
        for (FilterSpec f : ws.filters()) {
            sameSize &=
                    f.filter().height() == first.height() && f.filter().width() == first.width();
            weights += (long) f.filter().height() * f.filter().width() * f.filter().channels();
        }
        int depth = c / g;
        String kernel = first.height() + "×" + first.width() + "×" + depth;
        String grouping =
                g == 1 ? "" : g == c ? " (depthwise)" : " (" + g + " groups of " + n / g + ")";
        ResponseMap m = d.responses().get(0);
        String tally;
        boolean homework = false;
        if (sameSize) {
            ParameterTally t =
                    ParameterTally.of(
                            h, w, c, n, first.height(), first.width(), ws.convolution(), true);
            tally =
                    "weights N · KH · KW · "
                            + (g == 1 ? "C" : "C/g")
                            + ": "
                            + NumberText.grouped(t.convWeights())
                            + " = "
                            + n
                            + " · "
                            + first.height()
                            + " · "
                            + first.width()
                            + " · "
                            + depth;
            homework = n == 3 && first.height() == 5 && first.width() == 5 && depth == 3;
        } else {
            tally = "weights: " + weights + " over filters of different sizes";
        }
        return new LayerBlocks(
                "input " + h + "×" + w + "×" + c,
                n
                        + (n == 1 ? " filter " : " filters ")
                        + (sameSize ? kernel : "of mixed sizes")
                        + grouping,
                "output " + m.height() + "×" + m.width() + "×" + n,
                tally,
                homework,
                depth);
    }
}
