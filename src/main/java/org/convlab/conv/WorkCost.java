package org.convlab.conv;

import java.math.BigInteger;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * What a computation will cost, checked before anything is allocated. The size limits of a file
 * bound one number at a time; the work multiplies them (a 3×3 image, a 64×64 kernel, full padding
 * and dilation 64 make a 4,035 × 4,035 map whose row buffers take gigabytes), so every computation
 * is refused here, with the product named, when one of these exceeds its budget:
 *
 * <ul>
 *   <li>values in the image, {@value #MAX_IMAGE_VALUES};
 *   <li>cells of all maps together, which is also what {@code detect --json} prints, {@value
 *       #MAX_MAP_CELLS};
 *   <li>multiply-adds, taps × cells summed over the filters, {@value #MAX_MULTIPLY_ADDS};
 *   <li>bytes of one map's shifted-row buffers (the engine's {@code ShiftedRows}), {@value
 *       #MAX_ROW_BUFFER_BYTES};
 *   <li>a 1D output, {@value #MAX_1D_OUTPUT} values;
 *   <li>a training run, {@value #MAX_TRAINING_MULTIPLY_ADDS} multiply-adds.
 * </ul>
 *
 * The budgets are chosen so that the largest accepted workspace runs {@code detect --json} in a few
 * seconds with a 512 MB heap (docs/workspace-format.md, Limits). The reader, the GUI and the
 * command line all ask this class, so they refuse the same inputs with the same sentence.
 */
public final class WorkCost {
    /** Values in an image, H × W × C (1448 × 1448 grey, 836 × 836 × 3, 724 × 724 × 4). */
    public static final long MAX_IMAGE_VALUES = 1L << 21;

    /** Cells of all response maps of one computation together (1024 × 1024 for one filter). */
    public static final long MAX_MAP_CELLS = 1L << 20;

    /** Multiply-adds of one computation: Σ over filters of cells × C × KH × KW. */
    public static final long MAX_MULTIPLY_ADDS = 1L << 29;

    /** Bytes of shifted-row buffers of one map, and of all threads computing it together. */
    public static final long MAX_ROW_BUFFER_BYTES = 64_000_000L;

    /** Values of a 1D output (the translation lesson, {@code conv1d}). */
    public static final long MAX_1D_OUTPUT = 100_000;

    /**
     * Multiply-adds of one training run: steps × examples × (forward and backward pass); about half
     * a minute on one core.
     */
    public static final long MAX_TRAINING_MULTIPLY_ADDS = 1L << 35;

    private WorkCost() {}

    /** Refuses an image with more than {@link #MAX_IMAGE_VALUES} values. */
    public static void checkImage(int height, int width, int channels) {
        long values = (long) height * width * channels;
        atMost(
                values,
                MAX_IMAGE_VALUES,
                () ->
                        "the image is "
                                + n(height)
                                + " × "
                                + n(width)
                                + " × "
                                + channels
                                + " = "
                                + n(values)
                                + " values",
                " values");
    }

    /**
     * Refuses correlating an image of the given size with {@code kernels} (already oriented, as the
     * sum reads them) when any budget is exceeded. {@code name} says how a message names filter i
     * ("filters[0]" in a file, "filter A" on screen). A kernel that does not fit is refused by
     * {@link Geometry#of} as usual.
     */
    public static void check(
            int height,
            int width,
            int channels,
            List<Filter> kernels,
            ConvSettings s,
            IntFunction<String> name) {
        checkImage(height, width, channels);
        long cells = 0;
        long multiplyAdds = 0;
        for (int i = 0; i < kernels.size(); i++) {
            Filter k = kernels.get(i);
            Geometry g;
            try {
                g = Geometry.of(height, width, k.height(), k.width(), s);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name.apply(i) + ": " + e.getMessage(), e);
            }
            long mapCells = (long) g.outHeight() * g.outWidth();
            // A grouped layer's filter reads only its group's channels: its own depth counts.
            long bytes = rowBufferBytes(g, k.channels());
            String map =
                    "makes "
                            + name.apply(i)
                            + "'s map "
                            + n(g.outHeight())
                            + " × "
                            + n(g.outWidth());
            if (bytes > MAX_ROW_BUFFER_BYTES) {
                throw new IllegalArgumentException(
                        cause(g, s)
                                + " "
                                + map
                                + " and its row buffers "
                                + bytes(bytes)
                                + "; the limit is "
                                + bytes(MAX_ROW_BUFFER_BYTES));
            }
            atMost(
                    mapCells,
                    MAX_MAP_CELLS,
                    () -> cause(g, s) + " " + map + " = " + n(mapCells) + " cells",
                    " cells");
            cells += mapCells;
            multiplyAdds =
                    Math.addExact(multiplyAdds, mapCells * k.channels() * k.height() * k.width());
        }
        long allCells = cells;
        atMost(
                allCells,
                MAX_MAP_CELLS,
                () -> "the " + kernels.size() + " maps hold " + n(allCells) + " cells together",
                " (use fewer filters, a smaller image or a larger stride)");
        long allMultiplyAdds = multiplyAdds;
        atMost(
                allMultiplyAdds,
                MAX_MULTIPLY_ADDS,
                () ->
                        "the maps take "
                                + n(allMultiplyAdds)
                                + " multiply-adds (cells × kernel taps"
                                + (kernels.size() > 1 ? ", over all filters" : "")
                                + ")",
                " (use smaller kernels, fewer filters or a larger stride)");
    }

    /**
     * Refuses a stage after the filter bank (pooling, the second layer) whose work, {@code cells}
     * output cells each reading {@code reads} values, is over the multiply-add budget. {@code what}
     * names the stage ("the pooling", "the second layer").
     */
    public static void checkStage(String what, long cells, long reads) {
        long work = cells > 0 && reads > Long.MAX_VALUE / cells ? Long.MAX_VALUE : cells * reads;
        atMost(
                work,
                MAX_MULTIPLY_ADDS,
                () ->
                        what
                                + " reads "
                                + n(work)
                                + " values ("
                                + n(cells)
                                + " cells × "
                                + n(reads)
                                + " each)",
                " (use a smaller window or kernel, or a larger stride)");
    }

    /** Refuses a 1D correlation whose output or work is over budget. */
    public static void check1d(int signal, int kernel, long output) {
        atMost(
                output,
                MAX_1D_OUTPUT,
                () -> "the padding makes the output " + n(output) + " values long",
                " values");
        long multiplyAdds = output * kernel;
        atMost(
                multiplyAdds,
                MAX_MULTIPLY_ADDS,
                () ->
                        "a kernel of "
                                + n(kernel)
                                + " values over "
                                + n(output)
                                + " outputs takes "
                                + n(multiplyAdds)
                                + " multiply-adds",
                "");
    }

    /**
     * Refuses a training run of {@code passes} forward-and-backward passes over {@code examples}
     * images (each checked like one detection first) when their multiply-adds together exceed
     * {@link #MAX_TRAINING_MULTIPLY_ADDS}. A backward pass costs about what the forward pass does.
     */
    public static void checkTraining(
            long passes,
            int examples,
            int height,
            int width,
            int channels,
            List<Filter> kernels,
            ConvSettings s,
            IntFunction<String> name) {
        check(height, width, channels, kernels, s, name);
        long perPass = 0;
        for (Filter k : kernels) {
            Geometry g = Geometry.of(height, width, k.height(), k.width(), s);
            perPass += (long) g.outHeight() * g.outWidth() * channels * k.height() * k.width();
        }
        BigInteger total =
                BigInteger.valueOf(passes)
                        .multiply(BigInteger.valueOf(examples))
                        .multiply(BigInteger.valueOf(2 * perPass));
        if (total.compareTo(BigInteger.valueOf(MAX_TRAINING_MULTIPLY_ADDS)) > 0) {
            throw new IllegalArgumentException(
                    "training takes "
                            + n(passes)
                            + " passes × "
                            + n(examples)
                            + " examples × "
                            + n(2 * perPass)
                            + " multiply-adds (forward and backward) = "
                            + NumberText.grouped(total)
                            + "; the limit is "
                            + n(MAX_TRAINING_MULTIPLY_ADDS)
                            + " (use fewer steps, fewer examples or smaller images)");
        }
    }

    /**
     * An upper bound on the bytes of one ring of {@code ShiftedRows} for this geometry, in either
     * layout: per channel, a power of two at least the rows one window spans, each holding the
     * larger of KW shifted copies and one padded row, plus NCC's two window sums, in doubles.
     */
    public static long rowBufferBytes(Geometry g, int channels) {
        long span = (long) (g.kernelHeight() - 1) * g.dilation() + 1;
        long ring = span == 1 ? 1 : Long.highestOneBit(span - 1) << 1;
        long ow = g.outWidth();
        long padded = ow + (long) (g.kernelWidth() - 1) * g.dilation();
        long perRow = Math.max(g.kernelWidth() * ow, padded) + 2 * ow;
        return channels * ring * perRow * Double.BYTES;
    }

    /**
     * Refuses {@code value} over {@code limit} with "{@code what}; the limit is {@code limit}{@code
     * after}". The message is only written when it is needed.
     */
    private static void atMost(long value, long limit, Supplier<String> what, String after) {
        if (value > limit) {
            throw new IllegalArgumentException(what.get() + "; the limit is " + n(limit) + after);
        }
    }

    /** What makes the map large, in the settings' own words: "padding full with dilation 64". */
    private static String cause(Geometry g, ConvSettings s) {
        StringBuilder b = new StringBuilder();
        if (s.padding().kind() != Padding.Kind.VALID) {
            b.append("padding ").append(s.padding());
        }
        if (s.dilation() > 1) {
            b.append(b.length() == 0 ? "dilation " : " with dilation ").append(s.dilation());
        }
        if (b.length() == 0) {
            b.append("a ")
                    .append(n(g.inHeight()))
                    .append(" × ")
                    .append(n(g.inWidth()))
                    .append(" image with a ")
                    .append(g.kernelHeight())
                    .append(" × ")
                    .append(g.kernelWidth())
                    .append(" kernel");
        }
        return b.toString();
    }

    private static String n(long v) {
        return NumberText.grouped(v);
    }

    private static String bytes(long v) {
        return NumberText.bytes(BigInteger.valueOf(v));
    }
}
