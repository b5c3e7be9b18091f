package org.convlab.conv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convlab.conv.fast.Kernel;

/**
 * A multi-channel filter's response split by channel: in the raw and zero-mean modes the response
 * is a sum over the channels the filter reads, so it is the sum of one map per channel (Σ_i Σ_j x_c
 * · w_c, with the weights centred over the whole filter in zero-mean) plus the bias, before the
 * activation. This is what shows that a 5×5×3 filter is three 5×5 slices whose maps add up.
 */
public final class ChannelSums {
    private ChannelSums() {}

    /** Whether the response is a sum of per-channel parts plus the bias (raw and zero-mean). */
    public static boolean splits(MatchMode mode) {
        return mode == MatchMode.RAW || mode == MatchMode.ZERO_MEAN;
    }

    /**
     * Filter n's slices as a depthwise layer on the channels it reads: slice c (weights centred as
     * the mode uses them, no bias) correlates channel c alone, so response map c of this layer is
     * partial map c, and its combined map (gains 1, no offsets) is their sum. Being a workspace, it
     * is kept up to date after a brush dab by a {@link DetectionEngine} like any other.
     *
     * @throws IllegalArgumentException in the NCC and SSD modes, which do not split by channel
     */
    public static Workspace layer(Workspace ws, int n) {
        if (!splits(ws.matching())) {
            throw new IllegalArgumentException(
                    "the " + ws.matching().id() + " score does not split into per-channel sums");
        }
        Filter f = ws.filters().get(n).filter();
        double[] w = ws.matching() == MatchMode.ZERO_MEAN ? Kernel.centred(f.raw()) : f.raw();
        int slice = f.height() * f.width();
        List<FilterSpec> slices = new ArrayList<>();
        for (int c = 0; c < f.channels(); c++) {
            double[] weights = new double[slice];
            System.arraycopy(w, c * slice, weights, 0, slice);
            slices.add(
                    FilterSpec.plain(
                            Integer.toString(ws.firstChannel(n) + c + 1),
                            Filter.of(f.height(), f.width(), 1, weights, 0)));
        }
        return new Workspace(
                ws.inputOf(n),
                slices,
                ws.convolution().withGroups(f.channels()),
                MatchMode.RAW,
                Activation.NONE,
                Map.of());
    }

    /** Filter n's partial maps, one per channel it reads. */
    public static List<ResponseMap> maps(Workspace ws, int n) {
        return Detection.of(layer(ws, n)).responses();
    }

    /**
     * One response cell split by channel.
     *
     * @param firstChannel the image channel {@code sums[0]} belongs to
     * @param sums Σ x_c · w_c for each channel the filter reads, in order
     * @param total the sum of {@code sums}
     * @param bias the filter's bias
     * @param response total + bias, before the activation
     * @param activated the response after the activation: the value on the map
     */
    public record Cell(
            int firstChannel,
            List<Double> sums,
            double total,
            double bias,
            double response,
            double activated) {
        public Cell {
            sums = List.copyOf(sums);
        }
    }

    /** Filter n's output cell (y, x), channel by channel, summed in channel, row, column order. */
    public static Cell cell(Workspace ws, int n, int y, int x) {
        Workspace parts = layer(ws, n);
        Image in = parts.image();
        Filter f = ws.filters().get(n).filter();
        Geometry g = Geometry.of(in.height(), in.width(), f.height(), f.width(), ws.convolution());
        if (y < 0 || y >= g.outHeight() || x < 0 || x >= g.outWidth()) {
            throw new IndexOutOfBoundsException("no response cell at (" + y + ", " + x + ")");
        }
        List<Double> sums = new ArrayList<>();
        double total = 0;
        for (int c = 0; c < parts.filters().size(); c++) {
            Filter slice = parts.filters().get(c).filter();
            Filter k = ws.convolution().flip() ? slice.rotated180() : slice;
            double sum = 0;
            for (int i = 0; i < k.height(); i++) {
                for (int j = 0; j < k.width(); j++) {
                    sum += in.getOrZero(c, g.inputRow(y, i), g.inputCol(x, j)) * k.get(0, i, j);
                }
            }
            sums.add(sum);
            total += sum;
        }
        double response = total + f.bias();
        return new Cell(
                ws.firstChannel(n),
                sums,
                total,
                f.bias(),
                response,
                ws.activation().apply(response));
    }
}
