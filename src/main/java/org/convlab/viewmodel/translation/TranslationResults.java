package org.convlab.viewmodel.translation;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.convlab.conv.Argmax;
import org.convlab.conv.Correlation1D;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Padding;
import org.convlab.lessons.shift.EquivarianceCheck;
import org.convlab.lessons.shift.PatternMove;

/**
 * Everything the Translation lesson plots and says, computed from the current inputs. Kept apart
 * from {@link TranslationViewModel}, which owns the inputs and decides when to recompute, so the
 * two experiments (translate, move a block) read as one method each.
 */
final class TranslationResults {
    final ReadOnlyObjectWrapper<double[]> transformed;
    final ReadOnlyObjectWrapper<double[]> outputBefore;
    final ReadOnlyObjectWrapper<double[]> outputAfter;
    final ReadOnlyIntegerWrapper outputStart;
    final ReadOnlyObjectWrapper<Argmax> argmaxBefore;
    final ReadOnlyObjectWrapper<Argmax> argmaxAfter;
    final ReadOnlyObjectWrapper<EquivarianceCheck> check;
    final ReadOnlyObjectWrapper<List<Integer>> changedOutputs;
    final ReadOnlyStringWrapper verdict;
    final ReadOnlyStringWrapper borderWarning;
    final ReadOnlyStringWrapper comparison;
    final ReadOnlyObjectWrapper<MatchReport> matchReport;

    TranslationResults(Object bean) {
        transformed = new ReadOnlyObjectWrapper<>(bean, "transformed", new double[0]);
        outputBefore = new ReadOnlyObjectWrapper<>(bean, "outputBefore", new double[0]);
        outputAfter = new ReadOnlyObjectWrapper<>(bean, "outputAfter", new double[0]);
        outputStart = new ReadOnlyIntegerWrapper(bean, "outputStart", 0);
        argmaxBefore = new ReadOnlyObjectWrapper<>(bean, "argmaxBefore");
        argmaxAfter = new ReadOnlyObjectWrapper<>(bean, "argmaxAfter");
        check = new ReadOnlyObjectWrapper<>(bean, "check");
        changedOutputs = new ReadOnlyObjectWrapper<>(bean, "changedOutputs", List.of());
        verdict = new ReadOnlyStringWrapper(bean, "verdict", "");
        borderWarning = new ReadOnlyStringWrapper(bean, "borderWarning", "");
        comparison = new ReadOnlyStringWrapper(bean, "comparison", "");
        matchReport = new ReadOnlyObjectWrapper<>(bean, "matchReport");
    }

    /** The translation experiment: the signal shifted by k places (around a ring if asked). */
    void showTranslation(
            double[] s, double[] k, MatchMode score, Padding padding, int shift, boolean ring) {
        EquivarianceCheck c = EquivarianceCheck.of(s, k, score, padding, shift, ring);
        check.set(c);
        transformed.set(c.shifted());
        outputBefore.set(c.before());
        outputAfter.set(c.after());
        outputStart.set(c.outputStart());
        argmaxBefore.set(c.argmaxBefore());
        argmaxAfter.set(c.argmaxAfter());
        changedOutputs.set(c.changed());
        ShiftStory story = ShiftStory.of(c, s, score == MatchMode.SSD);
        verdict.set(story.verdict());
        borderWarning.set(story.border());
        int moved = PatternMove.changedCount(s, c.shifted());
        comparison.set(
                shift == 0
                        ? "A translation moves every value by the same k places; \"Move the pattern\" instead relocates one block and leaves the rest in order."
                        : "This translation moved every value by "
                                + Phrases.num(shift)
                                + " places ("
                                + moved
                                + " of "
                                + s.length
                                + " positions now hold a different value). \"Move the pattern\" relocates one block instead, which is what the homework did.");
    }

    /** The homework's experiment: one block relocated, the rest of the signal kept in order. */
    void showMove(double[] s, double[] k, MatchMode score, Padding padding, BlockMove block) {
        double[] moved =
                PatternMove.move(s, block.start.get(), block.length.get(), block.target.get());
        double[] before = Correlation1D.correlate(s, k, score, padding);
        double[] after = Correlation1D.correlate(moved, k, score, padding);
        int start = -Correlation1D.padBefore(s.length, k.length, padding);
        check.set(null);
        transformed.set(moved);
        outputBefore.set(before);
        outputAfter.set(after);
        outputStart.set(start);
        argmaxBefore.set(Argmax.of(before, 1, before.length));
        argmaxAfter.set(Argmax.of(after, 1, after.length));
        changedOutputs.set(List.of());
        MoveStory story =
                MoveStory.of(
                        s,
                        moved,
                        block.start.get(),
                        block.length.get(),
                        block.target.get(),
                        before,
                        after,
                        start,
                        k.length,
                        score == MatchMode.SSD);
        verdict.set(story.verdict());
        borderWarning.set("");
        comparison.set(story.comparison());
    }
}
