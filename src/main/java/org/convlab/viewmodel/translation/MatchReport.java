package org.convlab.viewmodel.translation;

import static org.convlab.viewmodel.translation.Phrases.indices;
import static org.convlab.viewmodel.translation.Phrases.num;
import static org.convlab.viewmodel.translation.Phrases.tieColumns;
import static org.convlab.viewmodel.translation.Phrases.values;
import static org.convlab.viewmodel.translation.Phrases.window;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.convlab.conv.Argmax;
import org.convlab.conv.CircularCorrelation;
import org.convlab.conv.Correlation1D;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Padding;

/**
 * "What is a match?": one signal scored in all four matching modes, each argmax, and sentences that
 * say what the numbers show — written from the numbers, so they stay true after an edit.
 *
 * @param outputs each mode's output
 * @param best each mode's argmax
 * @param outputStart the signal position output 0's window starts at
 * @param sentences one sentence per mode, raw first; SSD's speaks of SSD itself (smaller is
 *     closer), while {@code outputs} and {@code best} hold the −SSD the core ranks by
 */
public record MatchReport(
        Map<MatchMode, double[]> outputs,
        Map<MatchMode, Argmax> best,
        int outputStart,
        List<String> sentences) {
    public MatchReport {
        outputs = Map.copyOf(outputs);
        best = Map.copyOf(best);
        sentences = List.copyOf(sentences);
    }

    /**
     * Scores {@code signal} against {@code kernel} with the lesson's padding (or the ring when
     * circular).
     */
    public static MatchReport of(
            double[] signal, double[] kernel, Padding padding, boolean circular) {
        Map<MatchMode, double[]> outs = new EnumMap<>(MatchMode.class);
        Map<MatchMode, Argmax> best = new EnumMap<>(MatchMode.class);
        for (MatchMode m : MatchMode.values()) {
            double[] o =
                    circular
                            ? CircularCorrelation.correlate(signal, kernel, m)
                            : Correlation1D.correlate(signal, kernel, m, padding);
            outs.put(m, o);
            best.put(m, Argmax.of(o, 1, o.length));
        }
        int start =
                circular
                        ? -CircularCorrelation.before(kernel.length)
                        : -Correlation1D.padBefore(signal.length, kernel.length, padding);
        int k = kernel.length;
        List<String> s = new ArrayList<>();

        Argmax ssd = best.get(MatchMode.SSD);
        int closest = ssd.col();
        boolean exactCopy = ssd.max() == 0;
        String closestText =
                "index "
                        + closest
                        + " ("
                        + values(window(signal, start, closest, k, circular))
                        + ")";

        Argmax raw = best.get(MatchMode.RAW);
        List<Integer> rawTies = tieColumns(raw);
        String rawLine = maximum("Raw dot product", raw, rawTies, signal, start, k, circular);
        if (!rawTies.contains(closest)) {
            rawLine +=
                    " The window closest to the kernel, "
                            + closestText
                            + ", scores only "
                            + num(outs.get(MatchMode.RAW)[closest])
                            + ": a dot product grows with the size of the values, so it need not peak on the pattern.";
        } else {
            rawLine += " Here it does peak on the window closest to the kernel.";
        }
        s.add(rawLine);

        Argmax zm = best.get(MatchMode.ZERO_MEAN);
        List<Integer> zmTies = tieColumns(zm);
        String zmLine = maximum("Zero-mean", zm, zmTies, signal, start, k, circular);
        if (zmTies.contains(closest) && zmTies.size() == 1) {
            zmLine +=
                    " Subtracting the kernel's mean ignores a constant offset, and here that is enough to peak on the closest window.";
        } else if (zmTies.contains(closest)) {
            zmLine +=
                    " Subtracting the kernel's mean ignores a constant offset, so windows that differ from the closest one only by an offset tie with it.";
        } else {
            zmLine +=
                    " Subtracting the kernel's mean ignores a constant offset but not scale: this window scores more than the closest one, "
                            + closestText
                            + ", at "
                            + num(outs.get(MatchMode.ZERO_MEAN)[closest])
                            + ".";
        }
        s.add(zmLine);

        Argmax ncc = best.get(MatchMode.NCC);
        List<Integer> nccTies = tieColumns(ncc);
        String nccLine;
        if (nccTies.size() > 1) {
            nccLine =
                    "NCC scores "
                            + indices(nccTies)
                            + " equally ("
                            + num(ncc.max())
                            + "): it ignores offset and scale, so any window a·kernel + b with a > 0 looks the same to it.";
        } else {
            nccLine =
                    "NCC: the maximum is "
                            + num(ncc.max())
                            + " at index "
                            + ncc.col()
                            + " ("
                            + values(window(signal, start, ncc.col(), k, circular))
                            + "); NCC ignores offset and scale.";
        }
        s.add(nccLine);

        List<Integer> ssdTies = tieColumns(ssd);
        String ssdLine;
        if (exactCopy && ssdTies.size() == 1) {
            ssdLine =
                    "Only SSD singles out the exact copy: 0 at index "
                            + closest
                            + ", and more than 0 everywhere else (SSD adds up squared differences: the smaller, the closer).";
        } else if (exactCopy) {
            ssdLine = "SSD: 0 at " + indices(ssdTies) + ": each is an exact copy of the kernel.";
        } else {
            ssdLine =
                    "SSD: the smallest is "
                            + num(0.0 - ssd.max())
                            + " at "
                            + indices(ssdTies)
                            + ". No window is an exact copy of the kernel (that would score 0); SSD picks the closest one.";
        }
        s.add(ssdLine);
        return new MatchReport(outs, best, start, s);
    }

    /** {@code Name: the maximum is m at i (the window's values).} */
    private static String maximum(
            String name,
            Argmax a,
            List<Integer> ties,
            double[] signal,
            int start,
            int k,
            boolean circular) {
        return name
                + ": the maximum is "
                + num(a.max())
                + " at "
                + indices(ties)
                + " ("
                + values(window(signal, start, a.col(), k, circular))
                + ").";
    }
}
