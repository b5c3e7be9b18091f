package org.convlab.viewmodel.translation;

import static org.convlab.viewmodel.translation.Phrases.indices;
import static org.convlab.viewmodel.translation.Phrases.num;
import static org.convlab.viewmodel.translation.Phrases.tieColumns;
import static org.convlab.viewmodel.translation.Phrases.values;
import static org.convlab.viewmodel.translation.Phrases.window;

import java.util.Arrays;
import java.util.OptionalInt;
import org.convlab.conv.Argmax;
import org.convlab.conv.Correlation1D;
import org.convlab.lessons.shift.PatternMove;

/**
 * What moving one block did, next to what a translation by the same distance would have done.
 *
 * @param verdict what the move changed in the signal and in the output
 * @param comparison the block move against a translation, computed from both
 */
record MoveStory(String verdict, String comparison) {
    /**
     * With {@code ssd}, the outputs are −SSD and the story speaks of SSD itself (its best is the
     * minimum).
     */
    static MoveStory of(
            double[] signal,
            double[] moved,
            int from,
            int length,
            int to,
            double[] before,
            double[] after,
            int outputStart,
            int kernelLength,
            boolean ssd) {
        String best = ssd ? "minimum" : "maximum";
        int n = signal.length;
        int changed = PatternMove.changedCount(signal, moved);
        int k = to - from;
        double[] block = Arrays.copyOfRange(signal, from, from + length);
        Argmax a = Argmax.of(before, 1, before.length);
        Argmax b = Argmax.of(after, 1, after.length);
        StringBuilder v = new StringBuilder();
        if (k == 0) {
            v.append("The block ")
                    .append(values(block))
                    .append(" stays at index ")
                    .append(from)
                    .append(": choose where to move it.");
        } else {
            v.append("Moved the block ")
                    .append(values(block))
                    .append(" from index ")
                    .append(from)
                    .append(" to index ")
                    .append(to)
                    .append(": a cut and paste, which changed ")
                    .append(changed)
                    .append(" of ")
                    .append(n)
                    .append(" values.");
        }
        v.append(" Before, the " + best + " is ")
                .append(ShiftStory.score(a.max(), ssd))
                .append(" at ")
                .append(indices(tieColumns(a)))
                .append(" (")
                .append(values(window(signal, outputStart, a.col(), kernelLength, false)))
                .append(")");
        v.append("; after, ")
                .append(ShiftStory.score(b.max(), ssd))
                .append(" at ")
                .append(indices(tieColumns(b)))
                .append(" (")
                .append(values(window(moved, outputStart, b.col(), kernelLength, false)))
                .append(").");
        int oFrom = from - outputStart;
        int oTo = to - outputStart;
        if (length == kernelLength
                && oFrom >= 0
                && oFrom < before.length
                && oTo >= 0
                && oTo < after.length) {
            v.append(" The block's own window scores ")
                    .append(ShiftStory.score(before[oFrom], ssd))
                    .append(" at index ")
                    .append(oFrom)
                    .append(" before and ")
                    .append(ShiftStory.score(after[oTo], ssd))
                    .append(" at index ")
                    .append(oTo)
                    .append(" after");
            boolean onBlock = tieColumns(b).contains(oTo);
            v.append(
                    onBlock
                            ? "; it is the " + best + "."
                            : "; the " + best + " is not on the block.");
        }

        String comparison;
        double[] translated = Correlation1D.shift(signal, k, false);
        OptionalInt same = PatternMove.asTranslation(signal, moved, false);
        OptionalInt ring = PatternMove.asTranslation(signal, moved, true);
        if (k == 0) {
            comparison =
                    "A translation moves every value by the same k; moving one block moves only the block and the values it jumps over.";
        } else if (same.isPresent() || ring.isPresent()) {
            int t = same.isPresent() ? same.getAsInt() : ring.getAsInt();
            comparison =
                    "This particular move gives the same signal as a "
                            + (same.isPresent() ? "" : "circular ")
                            + "translation by "
                            + num(t)
                            + ", so here the two agree.";
        } else {
            comparison =
                    "A translation by "
                            + num(k)
                            + " would move every value by "
                            + num(k)
                            + ": "
                            + values(translated)
                            + " ("
                            + PatternMove.changedCount(signal, translated)
                            + " of "
                            + n
                            + " values change, ends filled with 0)."
                            + " Moving the block instead gives "
                            + values(moved)
                            + ": only the block and the values it jumped over moved,"
                            + " and no translation of the original, zero-fill or circular, gives this signal. The homework's example is a block move, not a translation.";
        }
        return new MoveStory(v.toString(), comparison);
    }
}
