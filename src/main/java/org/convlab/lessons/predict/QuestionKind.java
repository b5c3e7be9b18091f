package org.convlab.lessons.predict;

/**
 * The kinds of prediction a lesson can ask for, each tied to the lesson whose screen answers it.
 */
public enum QuestionKind {
    RESPONSE_CELL("detector", "Response cell"),
    ARGMAX("detector", "Argmax"),
    TIE_COUNT("detector", "Ties"),
    OUTPUT_SIZE("params", "Output size"),
    STRIDE_DILATION_SIZE("params", "Output size with stride and dilation"),
    CONV_PARAMETERS("params", "Conv layer parameters"),
    DENSE_PARAMETERS("params", "Fully connected parameters"),
    SHIFTED_PEAK("shift", "Best match after a shift"),
    SHIFTED_BEST_VALUE("shift", "Best score after a shift");

    private final String lesson;
    private final String title;

    QuestionKind(String lesson, String title) {
        this.lesson = lesson;
        this.title = title;
    }

    /** {@code detector}, {@code params} or {@code shift}: the lesson that asks this kind. */
    public String lesson() {
        return lesson;
    }

    public String title() {
        return title;
    }
}
