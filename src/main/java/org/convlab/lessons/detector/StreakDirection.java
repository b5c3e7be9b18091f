package org.convlab.lessons.detector;

/** Which way generated streaks run. */
public enum StreakDirection {
    /** Down and to the right: (y + k, x + k). */
    DOWN_RIGHT("↘"),
    /** Up and to the right: (y − k, x + k). */
    UP_RIGHT("↗"),
    /** Each streak picks one of the two at random. */
    BOTH("↘ and ↗");

    private final String arrow;

    StreakDirection(String arrow) {
        this.arrow = arrow;
    }

    public String arrow() {
        return arrow;
    }
}
