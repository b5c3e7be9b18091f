package org.convlab.viewmodel.translation;

import static org.convlab.viewmodel.translation.Phrases.indexList;
import static org.convlab.viewmodel.translation.Phrases.num;

import java.util.ArrayList;
import java.util.List;
import org.convlab.lessons.shift.InvarianceMeter;
import org.convlab.lessons.shift.ShiftError;
import org.convlab.lessons.shift.StageErrors;

/**
 * What the invariance meter found, in one sentence per stage built from its numbers: where each
 * error is 0, how large it gets, where the equivariance error is undefined and why, and what that
 * makes the stage.
 */
final class MeterStory {
    private MeterStory() {}

    static List<String> sentences(InvarianceMeter m) {
        List<String> r = new ArrayList<>();
        for (StageErrors s : m.stages()) {
            r.add(sentence(s, m.maxShift()));
        }
        return r;
    }

    /** "Conv + max pool 2 (3 cells, stride 2): …". */
    static String sentence(StageErrors s, int maxShift) {
        String cells =
                s.height() == 1
                        ? Phrases.plural(s.width(), "cell", "cells")
                        : s.height() + "×" + s.width() + " cells";
        return s.stage().label()
                + " ("
                + cells
                + ", stride "
                + s.stride()
                + "): "
                + invariance(s, maxShift)
                + " "
                + capitalized(equivariance(s, maxShift));
    }

    private static String invariance(StageErrors s, int maxShift) {
        List<Integer> zero = s.invariantAt();
        if (zero.size() == s.errors().size()) {
            return "invariance error 0 at every k from 0 to " + maxShift + ": invariant.";
        }
        ShiftError worst = s.worstInvariance();
        return "invariance error up to "
                + num(worst.invariance())
                + " (at k = "
                + worst.shift()
                + "), 0 only at k = "
                + indexList(zero)
                + ": not invariant.";
    }

    private static String equivariance(StageErrors s, int maxShift) {
        ShiftError worst = s.worstEquivariance();
        List<Integer> zero = s.equivariantAt();
        List<Integer> notWhole = s.shiftsWhere(e -> e.shift() % s.stride() != 0);
        List<Integer> noneLeft =
                s.shiftsWhere(e -> e.equivariance().isEmpty() && e.shift() % s.stride() == 0);
        StringBuilder b = new StringBuilder("equivariance error ");
        if (worst != null && worst.equivariance().getAsDouble() > 0) {
            b.append("up to ")
                    .append(num(worst.equivariance().getAsDouble()))
                    .append(" (at k = ")
                    .append(worst.shift())
                    .append(")");
            b.append(zero.isEmpty() ? "" : ", 0 at k = " + indexList(zero));
        } else if (notWhole.isEmpty() && noneLeft.isEmpty()) {
            return "equivariance error 0 at every k from 0 to " + maxShift + ": equivariant.";
        } else {
            b.append("0 at k = ").append(indexList(zero));
        }
        List<String> why = new ArrayList<>();
        if (!notWhole.isEmpty()) {
            why.add("at k = " + indexList(notWhole) + ", where k/" + s.stride() + " is not whole");
        }
        if (!noneLeft.isEmpty()) {
            why.add(
                    "at k = "
                            + indexList(noneLeft)
                            + ", where the output moves so far that no cell has a counterpart");
        }
        if (!why.isEmpty()) {
            b.append("; undefined ").append(String.join(", and ", why));
        }
        b.append(": ").append(verdict(s, worst, zero, notWhole)).append(".");
        return b.toString();
    }

    private static String verdict(
            StageErrors s, ShiftError worst, List<Integer> zero, List<Integer> notWhole) {
        if (worst != null && worst.equivariance().getAsDouble() > 0) {
            List<Integer> broken =
                    s.shiftsWhere(
                            e ->
                                    e.equivariance().isPresent()
                                            && e.equivariance().getAsDouble() > 0);
            return "not equivariant at k = " + indexList(broken);
        }
        if (zero.size() == 1 && zero.get(0) == 0) {
            return "no shift moves it by whole cells, so only its invariance can be asked";
        }
        if (!notWhole.isEmpty()) {
            return "equivariant only at multiples of " + s.stride();
        }
        return "equivariant wherever it can be compared";
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** What is shifted and how, for the meter's caption. */
    static String setup(InvarianceMeter m, double[] signal, double[] kernel) {
        String what =
                m.signal()
                        ? "The signal "
                                + Phrases.values(signal)
                                + " correlated with the kernel "
                                + Phrases.values(kernel)
                                + " (raw dot product), shifted right"
                        : "The "
                                + GridShiftModel.SIZE
                                + "×"
                                + GridShiftModel.SIZE
                                + " image of panel 3 correlated with its 3×3 diagonal filter (raw dot product), moved right";
        String how =
                m.circular()
                        ? " around a ring, with circular correlation: no border interferes."
                        : " with zero fill and same padding: what leaves the right edge is lost, so the border adds errors of its own.";
        return what + " by k = 0…" + m.maxShift() + (m.signal() ? "" : " columns") + how;
    }
}
