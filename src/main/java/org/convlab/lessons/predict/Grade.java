package org.convlab.lessons.predict;

/**
 * The verdict on one prediction. A {@link Outcome#MALFORMED} answer is not graded: {@code headline}
 * says in one line what to type instead and the other fields are empty.
 *
 * @param outcome right, wrong, or not an answer to this question
 * @param answer the exact value, as the screen writes it
 * @param headline "Right: 228." or "Not quite: the answer is 228, not 225."
 * @param explanation why, keyed to the misconception a wrong value points to
 */
public record Grade(Outcome outcome, String answer, String headline, String explanation) {
    /** How a prediction relates to the answer. */
    public enum Outcome {
        RIGHT,
        WRONG,
        MALFORMED
    }

    static Grade malformed(String message) {
        return new Grade(Outcome.MALFORMED, "", message, "");
    }

    /** Whether this is a grade (right or wrong) rather than a request to retype. */
    public boolean graded() {
        return outcome != Outcome.MALFORMED;
    }

    public boolean right() {
        return outcome == Outcome.RIGHT;
    }
}
