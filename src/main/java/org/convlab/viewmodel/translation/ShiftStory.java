package org.convlab.viewmodel.translation;

import static org.convlab.viewmodel.translation.Phrases.indices;
import static org.convlab.viewmodel.translation.Phrases.num;
import static org.convlab.viewmodel.translation.Phrases.plural;
import static org.convlab.viewmodel.translation.Phrases.tieColumns;

import java.util.ArrayList;
import java.util.List;
import org.convlab.lessons.shift.EquivarianceCheck;

/**
 * What a translation did to the output, in sentences built from an {@link EquivarianceCheck}: a
 * verdict (value invariant? position equivariant?) and, where the border interfered, why.
 *
 * @param verdict the headline
 * @param border why the border broke exact equivariance, or "" when it did not
 */
record ShiftStory(String verdict, String border) {
    static ShiftStory of(EquivarianceCheck c, double[] signal) {
        return of(c, signal, false);
    }

    /**
     * With {@code ssd}, the outputs are −SSD (the core ranks by it) and the story speaks of SSD
     * itself, as the plots show it: values without the minus, the best one the minimum.
     */
    static ShiftStory of(EquivarianceCheck c, double[] signal, boolean ssd) {
        int k = c.shift();
        int n = signal.length;
        int m = c.before().length;
        List<Integer> tiesBefore = tieColumns(c.argmaxBefore());
        List<Integer> tiesAfter = tieColumns(c.argmaxAfter());
        String best =
                "The best match is "
                        + score(c.argmaxBefore().max(), ssd)
                        + " at "
                        + indices(tiesBefore)
                        + ".";
        if (k == 0) {
            return new ShiftStory(
                    "No shift yet: "
                            + best
                            + " Move the slider (or press ← / →) to translate the signal.",
                    "");
        }
        String dir = k > 0 ? "right by " + num(k) : "left by " + (-k);
        String moved;
        if (tiesBefore.size() == 1) {
            moved = "from index " + tiesBefore.get(0) + " to index " + tiesAfter.get(0);
        } else {
            moved = "from " + indices(tiesBefore) + " to " + indices(tiesAfter);
        }
        if (c.circular() && c.outputMovedWithSignal() && c.bestMovedByShift()) {
            String verdict =
                    "Shifted "
                            + dir
                            + " around the ring. All "
                            + m
                            + " outputs equal the old output rotated by "
                            + num(k)
                            + ": exactly equivariant, because a ring has no border. The best match keeps its value "
                            + score(c.argmaxBefore().max(), ssd)
                            + " (invariant) and moves "
                            + moved
                            + (tiesBefore.size() == 1 ? "" : ", each by " + num(k))
                            + " (mod "
                            + m
                            + "): equivariant.";
            return new ShiftStory(verdict, "");
        }
        String verdict;
        if (c.bestMovedByShift()) {
            verdict =
                    "Shifted "
                            + dir
                            + ". The best match keeps its value "
                            + score(c.argmaxBefore().max(), ssd)
                            + " (invariant) and moves "
                            + moved
                            + (tiesBefore.size() == 1 ? "" : ", each by " + num(k))
                            + ", exactly the shift (equivariant).";
            if (c.outputMovedWithSignal()) {
                verdict +=
                        " Every output that has a place in both equals the old output moved by "
                                + num(k)
                                + " ("
                                + c.comparable()
                                + " of "
                                + m
                                + ").";
            } else {
                verdict +=
                        " But "
                                + plural(c.changed().size(), "other output", "other outputs")
                                + " changed at the border (see below).";
            }
        } else {
            int expected = c.expectedPeak();
            String where =
                    expected >= 0 && expected < m
                            ? "the old best window would now be at index "
                                    + num(expected)
                                    + " and scores "
                                    + score(c.after()[expected], ssd)
                            : "the old best window would now be at index "
                                    + num(expected)
                                    + ", outside the output (0…"
                                    + (m - 1)
                                    + ")";
            verdict =
                    "Shifted "
                            + dir
                            + ", and the border broke equivariance: before, the "
                            + (ssd ? "minimum" : "maximum")
                            + " was "
                            + score(c.argmaxBefore().max(), ssd)
                            + " at "
                            + indices(tiesBefore)
                            + "; now it is "
                            + score(c.argmaxAfter().max(), ssd)
                            + " at "
                            + indices(tiesAfter)
                            + ". A pure translation would keep "
                            + score(c.argmaxBefore().max(), ssd)
                            + " and move it by "
                            + num(k)
                            + ", but "
                            + where
                            + ".";
        }
        return new ShiftStory(verdict, border(c, signal, k, n, ssd));
    }

    private static String border(EquivarianceCheck c, double[] signal, int k, int n, boolean ssd) {
        if (c.lostSignal().isEmpty()) {
            return "";
        }
        List<String> lostValues = new ArrayList<>();
        for (int s : c.lostSignal()) {
            lostValues.add(num(signal[s]));
        }
        StringBuilder b = new StringBuilder("Border: the zero-fill shift pushed ");
        b.append(lostValues.size() == 1 ? "the value " : "the values ")
                .append(String.join(", ", lostValues))
                .append(" (")
                .append(indices(c.lostSignal()))
                .append(") past the ")
                .append(k > 0 ? "right" : "left")
                .append(" edge and filled ")
                .append(Math.min(Math.abs(k), n))
                .append(Math.abs(k) == 1 ? " cell" : " cells")
                .append(" on the ")
                .append(k > 0 ? "left" : "right")
                .append(" with 0. ");
        if (!c.changed().isEmpty()) {
            b.append(plural(c.changed().size(), "output", "outputs"))
                    .append(" at ")
                    .append(indices(c.changed()))
                    .append(c.changed().size() == 1 ? " reads" : " read")
                    .append(" those zeros and no longer equal the old output moved by ")
                    .append(k)
                    .append(". ");
        }
        List<Integer> gone = new ArrayList<>();
        List<String> goneValues = new ArrayList<>();
        for (int j : c.fellOff()) {
            gone.add(j);
            goneValues.add(score(c.before()[j], ssd));
        }
        if (!gone.isEmpty()) {
            b.append("The old ")
                    .append(gone.size() == 1 ? "output " : "outputs ")
                    .append(String.join(", ", goneValues))
                    .append(" (")
                    .append(indices(gone))
                    .append(") would now sit outside the output, so ")
                    .append(gone.size() == 1 ? "it is" : "they are")
                    .append(" gone. ");
        }
        b.append(
                "Exact equivariance holds only while the pattern stays away from the border, or on a ring (turn on circular).");
        return b.toString();
    }

    /** An output value as shown: SSD itself for SSD. */
    static String score(double v, boolean ssd) {
        return num(ssd ? 0.0 - v : v);
    }
}
