package org.convlab.viewmodel.translation;

import static org.convlab.viewmodel.translation.Phrases.num;
import static org.convlab.viewmodel.translation.Phrases.values;

import java.util.Arrays;
import java.util.List;
import org.convlab.conv.Argmax;
import org.convlab.conv.Correlation1D;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Padding;

/** The lesson in a few precise sentences; the homework line is computed, not typed in. */
final class PlainWords {
    private PlainWords() {}

    static List<String> sentences() {
        double[] signal = Preset.HOMEWORK.signal();
        double[] kernel = Preset.HOMEWORK.kernel();
        double[] out = Correlation1D.correlate(signal, kernel, MatchMode.RAW, Padding.VALID);
        Argmax a = Argmax.of(out, 1, out.length);
        int pattern = 3;
        return List.of(
                "Equivariant: transform the input and the output transforms the same way. For a shift S by k places, conv(S x) = S conv(x).",
                "Invariant: transform the input and the output does not change at all, f(S x) = f(x).",
                "Convolution is translation-equivariant, not invariant: its output moves with its input. Calling it invariant, as the homework does, is wrong.",
                "Pooling and argmax turn one into the other: the maximum value (global max pooling) is invariant, it stays the same wherever the pattern is; "
                        + "the argmax position is equivariant, it moves with the pattern.",
                "Borders break it: zero padding and a zero-fill shift lose values at one edge and bring in zeros at the other, so outputs near the edge change. "
                        + "A ring (circular shift with circular correlation) has no border, and there equivariance is exact.",
                "Stride breaks it: with stride s the output exists only every s places, so only shifts by multiples of s move the output; a shift by 1 changes which windows are sampled.",
                "The homework's own example: "
                        + values(signal)
                        + " correlated with "
                        + values(kernel)
                        + " gives "
                        + values(out)
                        + ". The highest value, "
                        + num(a.max())
                        + ", is at index "
                        + a.col()
                        + " on "
                        + values(Arrays.copyOfRange(signal, a.col(), a.col() + 3))
                        + ", not at index "
                        + pattern
                        + " where the pattern "
                        + values(kernel)
                        + " is ("
                        + num(out[pattern])
                        + ").");
    }
}
