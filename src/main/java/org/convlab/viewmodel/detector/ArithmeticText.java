package org.convlab.viewmodel.detector;

import java.util.ArrayList;
import java.util.List;
import org.convlab.conv.Activation;
import org.convlab.conv.MatchMode;
import org.convlab.conv.NumberText;
import org.convlab.lessons.detector.CellArithmetic;
import org.convlab.lessons.detector.CellArithmetic.Term;

/**
 * Writes out the arithmetic behind one response cell the way a teacher would on the board: {@code
 * A[3, 7] = 1·1 + 0·1 + 1·1 + 1·1 + 1·1 = 4}. Raw and zero-mean list the products of the taps whose
 * weight is not 0 (the others add nothing, which is said); NCC and SSD show their own formulas.
 * Long sums are cut after {@link #MAX_TERMS} terms, the total staying exact.
 */
public final class ArithmeticText {
    /** Products written out before the rest is summarised. */
    public static final int MAX_TERMS = 30;

    private ArithmeticText() {}

    /** The explanation of filter {@code name}'s cell (y, x) as one line. */
    public static String explain(String name, int y, int x, CellArithmetic a, Activation act) {
        String head = name + "[" + y + ", " + x + "] = ";
        String body =
                switch (a.mode()) {
                    case RAW -> dot(a, false);
                    case ZERO_MEAN -> dot(a, true);
                    case NCC -> ncc(a);
                    case SSD -> ssd(a);
                };
        String relu =
                act == Activation.RELU
                        ? "; ReLU("
                                + NumberText.exact(a.result())
                                + ") = "
                                + NumberText.exact(a.activated())
                        : "";
        return head + body + relu;
    }

    private static String dot(CellArithmetic a, boolean centred) {
        List<String> parts = new ArrayList<>();
        int zeroWeights = 0;
        int shown = 0;
        int hidden = 0;
        double hiddenSum = 0;
        for (Term t : a.terms()) {
            double w = centred ? t.weight() - a.kernelMean() : t.weight();
            if (w == 0) {
                zeroWeights++;
                continue;
            }
            if (shown < MAX_TERMS) {
                parts.add(NumberText.exact(t.input()) + "·" + paren(w));
                shown++;
            } else {
                hidden++;
                hiddenSum += t.input() * w;
            }
        }
        StringBuilder b = new StringBuilder();
        if (centred) {
            b.append("Σ x·(w − w̄) + b with w̄ = ")
                    .append(NumberText.exact(a.kernelMean()))
                    .append(": ");
        }
        b.append(parts.isEmpty() ? "0" : String.join(" + ", parts));
        if (hidden > 0) {
            b.append(" + (")
                    .append(hidden)
                    .append(" more products, together ")
                    .append(NumberText.exact(hiddenSum))
                    .append(")");
        }
        if (a.bias() != 0) {
            b.append(" + b (").append(NumberText.exact(a.bias())).append(")");
        }
        b.append(" = ").append(NumberText.exact(a.result()));
        if (zeroWeights > 0) {
            b.append("   (")
                    .append(zeroWeights)
                    .append(
                            zeroWeights == 1
                                    ? " zero weight left out)"
                                    : " zero weights left out)");
        }
        return b.toString();
    }

    private static String ncc(CellArithmetic a) {
        int n = a.terms().size();
        double num = 0;
        double wss = 0;
        double sx = 0;
        double sxx = 0;
        for (Term t : a.terms()) {
            double wc = t.weight() - a.kernelMean();
            num += wc * t.input();
            wss += wc * wc;
            sx += t.input();
            sxx += t.input() * t.input();
        }
        double xss = sxx - sx * sx / n;
        String formula = "Σ(w − w̄)(x − x̄) / √(Σ(w − w̄)² · Σ(x − x̄)²) = ";
        if (wss == 0) {
            return formula
                    + "undefined: every weight is equal, so NCC is taken as "
                    + NumberText.exact(a.result());
        }
        if (xss <= 1e-12 * Math.max(1, sxx)) {
            return formula
                    + "undefined: the window is flat (all "
                    + NumberText.exact(sx / n)
                    + "), so NCC is taken as "
                    + NumberText.exact(a.result());
        }
        return formula
                + approx(num)
                + " / √("
                + approx(wss)
                + " · "
                + approx(xss)
                + ") = "
                + approx(a.result());
    }

    private static String ssd(CellArithmetic a) {
        List<String> parts = new ArrayList<>();
        int equal = 0;
        int hidden = 0;
        for (Term t : a.terms()) {
            if (t.input() == t.weight()) {
                equal++;
            } else if (parts.size() < MAX_TERMS) {
                parts.add("(" + NumberText.exact(t.input()) + " − " + paren(t.weight()) + ")²");
            } else {
                hidden++;
            }
        }
        StringBuilder b = new StringBuilder("−Σ(x − w)² = −[");
        b.append(parts.isEmpty() ? "0" : String.join(" + ", parts));
        if (hidden > 0) {
            b.append(" + ").append(hidden).append(" more");
        }
        b.append("] = ").append(NumberText.exact(a.result()));
        if (equal > 0) {
            b.append("   (")
                    .append(equal)
                    .append(equal == 1 ? " tap matches" : " taps match")
                    .append(" exactly and add 0)");
        }
        return b.toString();
    }

    /** Writes a factor, in parentheses when negative: {@code (−1)}. */
    static String paren(double v) {
        String s = NumberText.exact(v);
        return v < 0 ? "(" + s + ")" : s;
    }

    /** The exact value when short, else four decimals marked as rounded. */
    static String approx(double v) {
        return NumberText.approx(v);
    }

    /** The mode's formula in words, for the panel's heading. */
    public static String formula(MatchMode mode) {
        return switch (mode) {
            case RAW -> "raw: Σ x·w + b";
            case ZERO_MEAN -> "zero-mean: Σ x·(w − w̄) + b";
            case NCC -> "NCC: Σ(w − w̄)(x − x̄) / √(Σ(w − w̄)² · Σ(x − x̄)²), between −1 and 1";
            case SSD -> "SSD: −Σ(x − w)², 0 for an exact copy";
        };
    }
}
