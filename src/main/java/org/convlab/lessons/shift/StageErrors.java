package org.convlab.lessons.shift;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A stage's errors for k = 0…K.
 *
 * @param stage which stage
 * @param stride its total stride s, in input cells
 * @param height rows of the stage's output
 * @param width columns of the stage's output
 * @param errors one entry per k, in order from 0
 */
public record StageErrors(
        MeterStage stage, int stride, int height, int width, List<ShiftError> errors) {
    public StageErrors {
        errors = List.copyOf(errors);
    }

    /** The shifts k whose errors pass {@code test}, in order. */
    public List<Integer> shiftsWhere(Predicate<ShiftError> test) {
        List<Integer> r = new ArrayList<>();
        for (ShiftError e : errors) {
            if (test.test(e)) {
                r.add(e.shift());
            }
        }
        return r;
    }

    /** The shifts with an invariance error of exactly 0. */
    public List<Integer> invariantAt() {
        return shiftsWhere(e -> e.invariance() == 0);
    }

    /** The shifts where the equivariance error is defined and exactly 0. */
    public List<Integer> equivariantAt() {
        return shiftsWhere(
                e -> e.equivariance().isPresent() && e.equivariance().getAsDouble() == 0);
    }

    /** The shifts where the equivariance error is undefined. */
    public List<Integer> undefinedAt() {
        return shiftsWhere(e -> e.equivariance().isEmpty());
    }

    /** The entry with the largest invariance error (the first of equals). */
    public ShiftError worstInvariance() {
        ShiftError w = errors.get(0);
        for (ShiftError e : errors) {
            if (e.invariance() > w.invariance()) {
                w = e;
            }
        }
        return w;
    }

    /** The entry with the largest defined equivariance error, or null when none is defined. */
    public ShiftError worstEquivariance() {
        ShiftError w = null;
        for (ShiftError e : errors) {
            if (e.equivariance().isPresent()
                    && (w == null
                            || e.equivariance().getAsDouble() > w.equivariance().getAsDouble())) {
                w = e;
            }
        }
        return w;
    }
}
