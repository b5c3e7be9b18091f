package org.convlab.conv;

import java.util.List;
import org.convlab.conv.fast.Kernel;

/**
 * Finite inputs can still give a result too large for a double: 1e308 × 10 is infinite. Such a map
 * cannot be shown, compared or written to a file, so it is refused where it happens, in the
 * lesson's words: which filter, which cell, which product (or which sum) went past the largest
 * number, about 1.8 × 10^308.
 */
public final class Overflow {
    private static final String LARGEST = "the largest number ConvLab can hold (about 1.8e308)";

    private Overflow() {}

    /** Refuses a detection with a value that is not finite, response maps first. */
    static void check(Workspace ws, List<ResponseMap> maps, CombinedMap combined) {
        int[][] all = new int[maps.size()][];
        for (int k = 0; k < maps.size(); k++) {
            all[k] = new int[] {0, maps.get(k).height(), 0, maps.get(k).width()};
        }
        check(ws, maps, all, combined);
    }

    /** Refuses a response map with a value that is not finite. */
    static void checkMaps(Workspace ws, List<ResponseMap> maps) {
        int[][] all = new int[maps.size()][];
        for (int k = 0; k < maps.size(); k++) {
            all[k] = new int[] {0, maps.get(k).height(), 0, maps.get(k).width()};
        }
        check(ws, maps, all, null);
    }

    /** Refuses a pooled map with a value that is not finite (an average whose sum overflows). */
    static void checkPooled(Workspace ws, List<ResponseMap> pooled) {
        for (int k = 0; k < pooled.size(); k++) {
            ResponseMap m = pooled.get(k);
            for (int y = 0; y < m.height(); y++) {
                for (int x = 0; x < m.width(); x++) {
                    if (!Double.isFinite(m.get(y, x))) {
                        throw new IllegalArgumentException(
                                "filter "
                                        + Echo.inside(ws.filters().get(k).name())
                                        + ": its pooled map P"
                                        + (k + 1)
                                        + "["
                                        + y
                                        + "]["
                                        + x
                                        + "] overflows: the sum of its window is larger than "
                                        + LARGEST);
                    }
                }
            }
        }
    }

    /**
     * The same, looking in the maps only at rows [r0, r1) and columns [c0, c1) given per map as
     * {@code {r0, r1, c0, c1}} (the cells an update recomputed; the others were checked before).
     */
    static void check(Workspace ws, List<ResponseMap> maps, int[][] rects, CombinedMap combined) {
        for (int k = 0; k < maps.size(); k++) {
            ResponseMap m = maps.get(k);
            int[] r = rects[k];
            for (int y = r[0]; y < r[1]; y++) {
                for (int x = r[2]; x < r[3]; x++) {
                    if (!Double.isFinite(m.get(y, x))) {
                        throw new IllegalArgumentException(inMap(ws, k, m.geometry(), y, x));
                    }
                }
            }
        }
        for (int y = 0; combined != null && y < combined.height(); y++) {
            for (int x = 0; x < combined.width(); x++) {
                if (!Double.isFinite(combined.value(y, x))) {
                    throw new IllegalArgumentException(inCombination(ws, combined, y, x));
                }
            }
        }
    }

    /**
     * Refuses a 1D output with a value that is not finite, naming the output, the product or the
     * sum.
     */
    public static void check1d(
            double[] signal, double[] kernel, int padBefore, double[] out, MatchMode mode) {
        for (int i = 0; i < out.length; i++) {
            if (Double.isFinite(out[i])) {
                continue;
            }
            boolean centred = mode == MatchMode.ZERO_MEAN;
            double[] weights = centred ? Kernel.centred(kernel) : kernel;
            double mean = centred ? Filter.of(1, kernel.length, 1, kernel, 0).mean() : 0;
            for (int j = 0; j < kernel.length; j++) {
                int s = i + j - padBefore;
                double v = s >= 0 && s < signal.length ? signal[s] : 0;
                if (!Double.isFinite(term(v, weights[j], mode))) {
                    String weight =
                            centred
                                    ? centredWeight(
                                            "kernel[" + j + "]", weights[j], kernel[j], mean)
                                    : operand("kernel[" + j + "]", kernel[j]);
                    throw new IllegalArgumentException(
                            "output["
                                    + i
                                    + "] overflows: "
                                    + product(operand("signal[" + s + "]", v), weight, mode)
                                    + " is larger than "
                                    + LARGEST);
                }
            }
            throw new IllegalArgumentException(
                    "output["
                            + i
                            + "] overflows: the sum of its "
                            + terms(kernel.length)
                            + (mode == MatchMode.RAW ? "" : " in mode " + mode.id())
                            + " is larger than "
                            + LARGEST);
        }
    }

    private static String inMap(Workspace ws, int k, Geometry g, int y, int x) {
        FilterSpec spec = ws.filters().get(k);
        Filter f = ws.convolution().flip() ? spec.filter().rotated180() : spec.filter();
        Image in = ws.inputOf(k);
        int first = ws.firstChannel(k);
        boolean many = ws.image().channels() > 1;
        String where =
                "filter "
                        + Echo.inside(spec.name())
                        + ": its response R"
                        + (k + 1)
                        + "["
                        + y
                        + "]["
                        + x
                        + "] overflows: ";
        // Zero-mean multiplies by the centred weights, computed as the engine computes them.
        boolean centred = ws.matching() == MatchMode.ZERO_MEAN;
        double[] weights = centred ? Kernel.centred(f.raw()) : f.raw();
        for (int c = 0; c < in.channels(); c++) {
            for (int i = 0; i < f.height(); i++) {
                for (int j = 0; j < f.width(); j++) {
                    int r = g.inputRow(y, i);
                    int col = g.inputCol(x, j);
                    double v = in.getOrZero(c, r, col);
                    double w = weights[(c * f.height() + i) * f.width() + j];
                    if (!Double.isFinite(term(v, w, ws.matching()))) {
                        String pixel =
                                "pixel ("
                                        + r
                                        + ", "
                                        + col
                                        + (many ? ", channel " + (first + c + 1) : "")
                                        + ")";
                        String place =
                                "("
                                        + i
                                        + ", "
                                        + j
                                        + (many ? ", channel " + (first + c + 1) : "")
                                        + ")";
                        String weight =
                                centred
                                        ? centredWeight(
                                                "weight " + place, w, f.get(c, i, j), f.mean())
                                        : operand("weight " + place, w);
                        return where
                                + product(operand(pixel, v), weight, ws.matching())
                                + " is larger than "
                                + LARGEST;
                    }
                }
            }
        }
        return where
                + "the sum of its "
                + terms(f.height() * f.width() * in.channels())
                + (ws.matching() == MatchMode.RAW
                        ? " and the bias"
                        : " in mode " + ws.matching().id())
                + " is larger than "
                + LARGEST;
    }

    private static String inCombination(Workspace ws, CombinedMap combined, int y, int x) {
        String where =
                "the detector D["
                        + (y + combined.top())
                        + "]["
                        + (x + combined.left())
                        + "] overflows: ";
        List<DetectorTerm> terms = combined.terms();
        if (combined.isSecondLayer()) {
            return inSecondLayer(combined, y, x);
        }
        for (int k = 0; k < terms.size(); k++) {
            DetectorTerm t = terms.get(k);
            double r = t.map().get(y + combined.top() + t.dy(), x + combined.left() + t.dx());
            if (!Double.isFinite(t.gain() * r)) {
                return where
                        + "gain g"
                        + (k + 1)
                        + " = "
                        + NumberText.ascii(t.gain())
                        + " times R"
                        + (k + 1)
                        + " = "
                        + NumberText.ascii(r)
                        + " of filter "
                        + Echo.inside(ws.filters().get(k).name())
                        + " is larger than "
                        + LARGEST;
            }
        }
        return where + "the sum of its " + terms(terms.size()) + " is larger than " + LARGEST;
    }

    private static String inSecondLayer(CombinedMap layer, int y, int x) {
        String where = "the second layer's D[" + y + "][" + x + "] overflows: ";
        for (DetectorTerm t : layer.terms()) {
            double v = t.map().get(y + t.dy(), x + t.dx());
            if (!Double.isFinite(t.gain() * v)) {
                return where
                        + "weight ("
                        + t.dy()
                        + ", "
                        + t.dx()
                        + ") = "
                        + NumberText.ascii(t.gain())
                        + " times the map value "
                        + NumberText.ascii(v)
                        + " is larger than "
                        + LARGEST;
            }
        }
        return where
                + "the sum of its "
                + terms(layer.terms().size())
                + " and the bias is larger than "
                + LARGEST;
    }

    /**
     * "centred weight (0, 1) = 2 (1 minus the filter's mean -1)": the weight zero-mean multiplies
     * by.
     */
    private static String centredWeight(String name, double centred, double raw, double mean) {
        return "centred "
                + operand(name, centred)
                + " ("
                + NumberText.ascii(raw)
                + " minus the filter's mean "
                + NumberText.ascii(mean)
                + ")";
    }

    private static String operand(String name, double v) {
        return name + " = " + NumberText.ascii(v);
    }

    private static String terms(int n) {
        return n == 1 ? "1 term" : n + " terms";
    }

    /** The term a mode adds for one tap: the product, or SSD's squared difference, or NCC's x². */
    private static double term(double v, double w, MatchMode mode) {
        return switch (mode) {
            case SSD -> (v - w) * (v - w);
            case NCC -> v * v + w * w;
            default -> v * w;
        };
    }

    private static String product(String x, String y, MatchMode mode) {
        return switch (mode) {
            case SSD -> "the squared difference of " + x + " and " + y;
            case NCC -> "the sum of the squares of " + x + " and " + y;
            default -> x + " times " + y;
        };
    }
}
