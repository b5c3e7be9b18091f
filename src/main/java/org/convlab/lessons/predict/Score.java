package org.convlab.lessons.predict;

/** The running score of one sitting: predictions graded and how many were right. */
public record Score(int right, int asked) {
    public static final Score NONE = new Score(0, 0);

    public Score {
        if (right < 0 || asked < right) {
            throw new IllegalArgumentException("a score needs 0 ≤ right ≤ asked");
        }
    }

    /** The score after {@code g}; a malformed answer does not count. */
    public Score after(Grade g) {
        if (!g.graded()) {
            return this;
        }
        return new Score(right + (g.right() ? 1 : 0), asked + 1);
    }

    /** "Score 3 / 4", or "No predictions yet". */
    public String text() {
        return asked == 0 ? "No predictions yet" : "Score " + right + " / " + asked;
    }
}
