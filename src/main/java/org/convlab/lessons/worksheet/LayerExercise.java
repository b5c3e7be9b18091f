package org.convlab.lessons.worksheet;

/** A lesson 2 exercise about one conv layer, which the parameters lesson shows when opened. */
public sealed interface LayerExercise extends Exercise permits SizeExercise, CountExercise {
    /** The layer the exercise asks about. */
    Layer layer();

    @Override
    default WorksheetChoice lesson() {
        return WorksheetChoice.PARAMS;
    }
}
