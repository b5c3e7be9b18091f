package org.convlab.lessons.shift;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.IntFunction;
import org.convlab.conv.Activation;
import org.convlab.conv.CircularCorrelation;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Correlation1D;
import org.convlab.conv.Correlation2D;
import org.convlab.conv.Filter;
import org.convlab.conv.Image;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Padding;
import org.convlab.conv.WorkCost;

/**
 * The invariance meter: the input (a signal, or an image moved to the right) is shifted by k = 0…K
 * cells, and for each {@link MeterStage} F two errors are measured against k: the invariance error
 * max_i |F(S_k x)[i] − F(x)[i]| and the equivariance error max_i |F(S_k x)[i] − F(x)[i − k/s]|,
 * with s the stage's total stride, only where k/s is whole and both cells exist.
 *
 * <p>Circular shifts go with {@link CircularCorrelation}, so no border interferes and every error
 * left is the stage's own; with zero fill the correlation uses {@code same} padding and what leaves
 * the frame is lost, so the border adds errors of its own. The correlation is the raw dot product.
 *
 * @param signal whether the input is a 1D signal (else a 2D image)
 * @param circular circular shifts and correlation (else zero fill and same padding)
 * @param maxShift K
 * @param inputWidth cells along the shifted axis
 * @param stages the three stages' errors, in {@link MeterStage} order
 */
public record InvarianceMeter(
        boolean signal, boolean circular, int maxShift, int inputWidth, List<StageErrors> stages) {
    public InvarianceMeter {
        stages = List.copyOf(stages);
    }

    /** Meters a signal and kernel; refuses (IllegalArgumentException) what it cannot measure. */
    public static InvarianceMeter ofSignal(
            double[] signal, double[] kernel, int maxShift, boolean circular) {
        requireShift(maxShift, signal.length);
        WorkCost.check1d(signal.length, kernel.length, (long) (maxShift + 1) * signal.length);
        IntFunction<double[][]> conv =
                k -> {
                    double[] moved = Correlation1D.shift(signal, k, circular);
                    return new double[][] {
                        circular
                                ? CircularCorrelation.correlate(moved, kernel, MatchMode.RAW)
                                : Correlation1D.correlate(
                                        moved, kernel, MatchMode.RAW, Padding.SAME)
                    };
                };
        return measure(true, circular, maxShift, signal.length, conv);
    }

    /** Meters an image moved k columns to the right, correlated with one filter. */
    public static InvarianceMeter ofImage(
            Image image, Filter filter, int maxShift, boolean circular) {
        requireShift(maxShift, image.width());
        // K + 1 correlations of the (ring-padded) image: refused as one job when over budget
        int h = image.height() + (circular ? filter.height() - 1 : 0);
        int w = image.width() + (circular ? filter.width() - 1 : 0);
        ConvSettings same = ConvSettings.DEFAULT.withPadding(Padding.SAME);
        WorkCost.check(
                h,
                w,
                image.channels(),
                Collections.nCopies(maxShift + 1, filter),
                circular ? ConvSettings.DEFAULT : same,
                i -> "the filter at shift " + i);
        IntFunction<double[][]> conv =
                k ->
                        circular
                                ? CircularCorrelation.correlate(
                                        ImageShift.rotate(image, 0, k), filter, MatchMode.RAW)
                                : Correlation2D.compute(
                                                ImageShift.shift(image, 0, k),
                                                filter,
                                                same,
                                                MatchMode.RAW,
                                                Activation.NONE)
                                        .toRows();
        return measure(false, circular, maxShift, image.width(), conv);
    }

    private static void requireShift(int maxShift, int width) {
        if (maxShift < 0 || maxShift > width - 1) {
            throw new IllegalArgumentException(
                    "the meter shifts by 0 to "
                            + (width - 1)
                            + " cells here (the input is "
                            + width
                            + " cells wide), got "
                            + maxShift);
        }
    }

    private static InvarianceMeter measure(
            boolean signal,
            boolean circular,
            int maxShift,
            int width,
            IntFunction<double[][]> conv) {
        List<double[][]> maps = new ArrayList<>();
        for (int k = 0; k <= maxShift; k++) {
            maps.add(conv.apply(k));
        }
        List<StageErrors> stages = new ArrayList<>();
        for (MeterStage stage : MeterStage.values()) {
            double[][] before = stage.apply(maps.get(0), signal);
            int s = stage.totalStride(maps.get(0)[0].length);
            List<ShiftError> errors = new ArrayList<>();
            for (int k = 0; k <= maxShift; k++) {
                double[][] after = stage.apply(maps.get(k), signal);
                errors.add(
                        new ShiftError(
                                k,
                                invarianceError(after, before),
                                equivarianceError(after, before, k, s)));
            }
            stages.add(new StageErrors(stage, s, before.length, before[0].length, errors));
        }
        return new InvarianceMeter(signal, circular, maxShift, width, stages);
    }

    /** The errors of one stage. */
    public StageErrors of(MeterStage stage) {
        return stages.get(stage.ordinal());
    }

    /** max over every cell of |after − before|; the two maps have one shape. */
    public static double invarianceError(double[][] after, double[][] before) {
        double worst = 0;
        for (int y = 0; y < after.length; y++) {
            for (int x = 0; x < after[y].length; x++) {
                worst = Math.max(worst, Math.abs(after[y][x] - before[y][x]));
            }
        }
        return worst;
    }

    /**
     * max over the cells (y, x) with a counterpart of |after[y][x] − before[y][x − k/s]|; empty
     * when k/s is not whole or no cell has a counterpart (then it is undefined, not 0).
     */
    public static OptionalDouble equivarianceError(
            double[][] after, double[][] before, int k, int stride) {
        if (k % stride != 0) {
            return OptionalDouble.empty();
        }
        int move = k / stride;
        double worst = 0;
        boolean compared = false;
        for (int y = 0; y < after.length; y++) {
            for (int x = 0; x < after[y].length; x++) {
                int from = x - move;
                if (from >= 0 && from < before[y].length) {
                    compared = true;
                    worst = Math.max(worst, Math.abs(after[y][x] - before[y][from]));
                }
            }
        }
        return compared ? OptionalDouble.of(worst) : OptionalDouble.empty();
    }
}
