package org.convlab.lessons.predict;

import java.math.BigDecimal;
import java.util.List;

/**
 * A wrong answer a learner is likely to give, and why it is wrong: the value the mistake produces
 * (or none) and phrases that say the same thing in words ("the output stays the same").
 */
public record Misconception(List<BigDecimal> value, List<String> phrases, String why) {
    public Misconception {
        value = value == null ? List.of() : List.copyOf(value);
        phrases = List.copyOf(phrases);
    }

    /** The mistake that yields the number {@code v}. */
    static Misconception of(BigDecimal v, String why) {
        return new Misconception(List.of(v), List.of(), why);
    }

    /** The mistake that yields the number {@code v} (a double computed the mistaken way). */
    static Misconception of(double v, String why) {
        return of(Question.decimal(v), why);
    }

    /** The mistake that names the cell {@code (row, col)}. */
    static Misconception cell(int row, int col, String why) {
        return new Misconception(
                List.of(BigDecimal.valueOf(row), BigDecimal.valueOf(col)), List.of(), why);
    }
}
