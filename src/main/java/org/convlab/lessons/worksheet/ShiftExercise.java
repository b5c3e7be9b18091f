package org.convlab.lessons.worksheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.convlab.conv.MatchMode;
import org.convlab.conv.NumberText;
import org.convlab.conv.Padding;
import org.convlab.lessons.shift.EquivarianceCheck;

/**
 * Lesson 3: correlate a short signal, shift it, correlate again and say what happened to the
 * output. The answers come from {@link EquivarianceCheck}, the translation lesson's experiment
 * (zero-fill shift, valid padding, raw matching).
 */
public record ShiftExercise(int number, double[] signal, double[] kernel, int shift)
        implements Exercise {
    public static final int SIGNAL_LENGTH = 8;

    public ShiftExercise {
        signal = signal.clone();
        kernel = kernel.clone();
    }

    /**
     * Draws a signal whose non-zero part the shift keeps inside, so the output moves unchanged, and
     * whose output has one largest cell, so "where did the peak go" has one answer.
     */
    static ShiftExercise draw(int number, Random random) {
        while (true) {
            int k = (random.nextInt(2) + 1) * (random.nextBoolean() ? 1 : -1);
            double[] s = new double[SIGNAL_LENGTH];
            int from = Math.max(0, -k) + random.nextInt(2);
            int to = SIGNAL_LENGTH - Math.max(0, k) - random.nextInt(2);
            for (int i = from; i < to; i++) {
                s[i] = random.nextInt(4);
            }
            double[] w = new double[3];
            for (int i = 0; i < w.length; i++) {
                w[i] = random.nextInt(4) - 1;
            }
            if (w[0] == 0 && w[1] == 0 && w[2] == 0) {
                continue;
            }
            ShiftExercise e = new ShiftExercise(number, s, w, k);
            EquivarianceCheck c = e.check();
            // the cells at the edge that have no counterpart must not take the peak either
            if (c.argmaxBefore().tieCount() == 1
                    && c.argmaxBefore().max() > 0
                    && c.bestMovedByShift()) {
                return e;
            }
        }
    }

    /** The translation lesson's experiment on this signal. */
    public EquivarianceCheck check() {
        return EquivarianceCheck.of(signal, kernel, MatchMode.RAW, Padding.VALID, shift, false);
    }

    @Override
    public double[] signal() {
        return signal.clone();
    }

    @Override
    public double[] kernel() {
        return kernel.clone();
    }

    @Override
    public WorksheetChoice lesson() {
        return WorksheetChoice.SHIFT;
    }

    @Override
    public String title() {
        return "Shift the signal";
    }

    private String direction() {
        return shift > 0 ? "right" : "left";
    }

    @Override
    public List<Block> question() {
        int out = signal.length - kernel.length + 1;
        return List.of(
                new Block.Text(
                        "Correlate the signal x with the kernel k (valid padding): y[i] = Σ x[i + j]"
                                + " · k[j], summed over j = 0, 1, 2. Then shift x by "
                                + Math.abs(shift)
                                + " to the "
                                + direction()
                                + " (zeros come in) and correlate again."),
                GridExercise.numbers("Signal x", signal, 1, signal.length),
                GridExercise.numbers("Kernel k", kernel, 1, kernel.length),
                Block.Grid.blank("Output y = x ⋆ k", 1, out),
                Block.Grid.blank(
                        "x shifted " + Math.abs(shift) + " to the " + direction() + " → x′",
                        1,
                        signal.length),
                Block.Grid.blank("Output y′ = x′ ⋆ k", 1, out),
                new Block.Answer("Where is y largest, and where is y′ largest?"),
                new Block.Answer("What happened to the output when the signal moved?"));
    }

    @Override
    public List<String> answers() {
        EquivarianceCheck c = check();
        List<String> lines = new ArrayList<>();
        lines.add("y = " + row(c.before()));
        lines.add("x′ = " + row(c.shifted()));
        lines.add("y′ = " + row(c.after()));
        lines.add(
                "Largest: y["
                        + c.argmaxBefore().col()
                        + "] = "
                        + NumberText.exact(c.argmaxBefore().max())
                        + " → y′["
                        + c.argmaxAfter().col()
                        + "] = "
                        + NumberText.exact(c.argmaxAfter().max()));
        if (c.outputMovedWithSignal()) {
            lines.add(
                    "The output moved "
                            + Math.abs(shift)
                            + " to the "
                            + direction()
                            + " with the signal, its values unchanged: y′[i] = y[i "
                            + (shift > 0 ? "− " : "+ ")
                            + Math.abs(shift)
                            + "] (correlation is translation-equivariant).");
        } else {
            lines.add(
                    "Moved by the shift except at y′ "
                            + c.changed()
                            + ", where signal values were pushed past the edge.");
        }
        return lines;
    }

    private static String row(double[] values) {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            b.append(b.length() == 0 ? "" : "  ").append(NumberText.exact(v));
        }
        return b.toString();
    }
}
