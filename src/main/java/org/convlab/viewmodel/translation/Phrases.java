package org.convlab.viewmodel.translation;

import java.util.ArrayList;
import java.util.List;
import org.convlab.conv.Argmax;
import org.convlab.conv.Cell;
import org.convlab.conv.NumberText;

/** Small pieces of English the lesson's sentences share, always with exact numbers. */
final class Phrases {
    private Phrases() {}

    static String num(double v) {
        return NumberText.exact(v);
    }

    /** A whole number with the real minus sign. */
    static String num(int v) {
        return NumberText.exact(v);
    }

    /** "0", "0 and 3", "0, 3 and 5". */
    static String indexList(List<Integer> indices) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < indices.size(); i++) {
            if (i > 0) {
                b.append(i == indices.size() - 1 ? " and " : ", ");
            }
            b.append(num(indices.get(i).intValue()));
        }
        return b.toString();
    }

    /** "index 3" or "indices 0 and 3". */
    static String indices(List<Integer> indices) {
        return (indices.size() == 1 ? "index " : "indices ") + indexList(indices);
    }

    /** The columns of every position tying for the maximum of a 1 × m argmax. */
    static List<Integer> tieColumns(Argmax a) {
        List<Integer> r = new ArrayList<>();
        for (Cell t : a.ties()) {
            r.add(t.col());
        }
        return r;
    }

    /** "6, 7, 8" for a list of values. */
    static String values(double[] v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(num(v[i]));
        }
        return b.toString();
    }

    /**
     * The values output i reads: signal cells {@code start + i … start + i + K − 1}, zero outside
     * (or wrapped around the ring when circular).
     */
    static double[] window(double[] signal, int start, int i, int kernelLength, boolean circular) {
        double[] w = new double[kernelLength];
        for (int j = 0; j < kernelLength; j++) {
            int s = start + i + j;
            if (circular) {
                w[j] = signal[Math.floorMod(s, signal.length)];
            } else {
                w[j] = s >= 0 && s < signal.length ? signal[s] : 0;
            }
        }
        return w;
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
