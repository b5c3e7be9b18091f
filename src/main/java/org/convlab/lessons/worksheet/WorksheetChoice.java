package org.convlab.lessons.worksheet;

import java.util.List;
import java.util.Locale;

/**
 * Which lessons a worksheet draws its exercises from: one lesson, or all three in turn. The three
 * single lessons also name the lesson an exercise belongs to.
 */
public enum WorksheetChoice {
    DETECTOR,
    PARAMS,
    SHIFT,
    ALL;

    /** The word the command line and the dialogs use: detector, params, shift or all. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "Lesson 1: the detector", as printed on the sheet. */
    public String title() {
        return switch (this) {
            case DETECTOR -> "Lesson 1: the detector";
            case PARAMS -> "Lesson 2: parameters";
            case SHIFT -> "Lesson 3: translation";
            case ALL -> "All lessons";
        };
    }

    /** The lessons whose exercises take turns on the sheet, in order. */
    public List<WorksheetChoice> lessons() {
        return this == ALL ? List.of(DETECTOR, PARAMS, SHIFT) : List.of(this);
    }

    /** Reads detector, params, shift or all (any case); refuses anything else by name. */
    public static WorksheetChoice parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (WorksheetChoice c : values()) {
            if (c.id().equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException(
                "unknown lesson '" + text + "'; choose detector, params, shift or all");
    }

    @Override
    public String toString() {
        return id();
    }
}
