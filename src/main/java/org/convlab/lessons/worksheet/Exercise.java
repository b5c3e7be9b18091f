package org.convlab.lessons.worksheet;

import java.util.List;

/**
 * One worksheet exercise: what the sheet asks ({@link #question}) and the answer key's lines, all
 * computed by the same core classes the app uses. Each kind also keeps its inputs, so the app can
 * load the exercise into its lesson and the student can check it live.
 */
public sealed interface Exercise permits GridExercise, LayerExercise, ShiftExercise {
    /** Its number on the sheet, from 1. */
    int number();

    /** The lesson that shows it live: DETECTOR, PARAMS or SHIFT. */
    WorksheetChoice lesson();

    /** A short heading, e.g. "Convolve by hand". */
    String title();

    /** The blocks printed on the exercise pages. */
    List<Block> question();

    /** The answer key's lines for this exercise. */
    List<String> answers();
}
