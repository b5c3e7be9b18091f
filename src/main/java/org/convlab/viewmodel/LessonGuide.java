package org.convlab.viewmodel;

import java.util.List;

/**
 * The "What to try" guide of one lesson: which homework question it answers, what the student got
 * wrong, and a few concrete steps that make the screen show why.
 */
public record LessonGuide(Lesson lesson, String question, List<String> steps) {
    public LessonGuide {
        steps = List.copyOf(steps);
    }

    /** The guide shown next to {@code lesson}. */
    public static LessonGuide of(Lesson lesson) {
        return switch (lesson) {
            case DETECTOR ->
                    new LessonGuide(
                            lesson,
                            "Homework problem 2: find a pattern with two filters, a sum and an argmax. "
                                    + "Adding the two response maps as they are does not find it: each map must be "
                                    + "shifted by its filter's offset first.",
                            List.of(
                                    "Watch the sum of the two diagonal maps: it peaks where the two strokes cross, at the X.",
                                    "Step the animation with \u2190 and \u2192 (Space plays and pauses) and read the "
                                            + "products and the sum behind each response cell.",
                                    "Choose the chevron preset: summing the maps without offsets peaks in the wrong place. "
                                            + "Set each filter's offset and watch the peak move onto the pattern.",
                                    "Switch the match mode from raw to NCC: bright blobs stop winning just for being bright.",
                                    "Choose Scenes → “Colour: 3 filters of 5×5×3 on RGB” and open the Channels board: "
                                            + "each filter is three 5×5 slices, one per colour; its three partial maps plus "
                                            + "the bias add up to its response; and the layer holds "
                                            + "225 = 3 · 5 · 5 · 3 weights."));
            case PARAMETERS ->
                    new LessonGuide(
                            lesson,
                            "Homework problem 1: how many parameters does the conv layer have, and how many would a "
                                    + "fully connected layer need to do the same job?",
                            List.of(
                                    "Click the homework preset: a 512\u00d7512\u00d73 image, three 5\u00d75\u00d73 filters, valid padding.",
                                    "Compare the conv layer's 225 weights (228 with biases) with the fully connected "
                                            + "layer's 608,849,362,944 weights.",
                                    "Hover the dense matrix: every non-zero entry is one of the same 225 weights, "
                                            + "reused at every position \u2014 that is weight sharing.",
                                    "Type the homework's answer 176,930,550 into the answer checker and read why it is not "
                                            + "the size of the fully connected layer."));
            case TRANSLATION ->
                    new LessonGuide(
                            lesson,
                            "Homework problem 3: is convolution translation invariant? It is translation "
                                    + "equivariant: shift the input and the response shifts with it.",
                            List.of(
                                    "Drag the shift slider (or use \u2190 and \u2192 on it): the response moves by exactly "
                                            + "the same amount.",
                                    "Compare raw, NCC and SSD on the homework's vectors: raw correlation does not peak "
                                            + "where the homework says.",
                                    "Switch to \"move the pattern\": the pattern moves, the peak keeps its height and moves "
                                            + "with it.",
                                    "Read the argmax as you shift: it changes by exactly the shift, so the output still says "
                                            + "where the pattern is. Only keeping the maximum value and dropping its position "
                                            + "(global max pooling) would be invariant.",
                                    "In the invariance meter, read each stage's two errors against k, in 1D and 2D: conv "
                                            + "is equivariant at every k, max pool only where k/2 is whole, global max invariant."));
            case LEARNING ->
                    new LessonGuide(
                            lesson,
                            "Homework problems 1 and 2 together: the 52 numbers of two 5\u00d75 filters are "
                                    + "learned parameters. Gradient descent finds a detector for the X without anyone "
                                    + "designing it.",
                            List.of(
                                    "Start from small random weights and press Train: watch the loss fall and the "
                                            + "held-out hits climb.",
                                    "Press Step and read the error map: softmax minus one-hot. A filter's gradient is "
                                            + "the input correlated with that map.",
                                    "Compare the learned filters with the hand-designed diagonals: their NCC says how "
                                            + "alike the patterns are.",
                                    "Start from zeros, or raise the learning rate until the loss jumps, and see what "
                                            + "changes.",
                                    "Press \"Use these filters in the detector\" and try them on the first lesson's "
                                            + "painting (Ctrl+Z there undoes it)."));
        };
    }
}
