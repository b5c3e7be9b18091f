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
    SHIFTED_BEST_VALUE("shift", "Best score after a shift"),
    HELD_OUT_HITS("learn", "Held-out hits");

    private final String lesson;
    private final String title;

    QuestionKind(String lesson, String title) {
        this.lesson = lesson;
        this.title = title;
    }

    /**
     * {@code detector}, {@code params}, {@code shift} or {@code learn}: the lesson that asks this
     * kind (the learning lesson also asks {@link #CONV_PARAMETERS}, of the filters it trains).
     */
    public String lesson() {
        return lesson;
    }

    public String title() {
        return title;
    }
}
