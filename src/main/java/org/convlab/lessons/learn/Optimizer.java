package org.convlab.lessons.learn;

/**
 * How a step turns the gradient into a change of the weights. The command line always takes plain
 * gradient descent; the screen also offers momentum and Adam, to compare how fast each finds the X.
 */
public enum Optimizer {
    /** w ← w − η · g. */
    PLAIN("Plain gradient descent", "Gradient descent subtracts it, times the learning rate."),
    /** v ← 0.9 · v + g; w ← w − η · v. */
    MOMENTUM(
            "Momentum 0.9",
            "Momentum subtracts a running sum of the gradients (the older, the more shrunk by"
                    + " 0.9), times the learning rate."),
    /**
     * m ← 0.9 · m + 0.1 · g; s ← 0.999 · s + 0.001 · g²; w ← w − η · m̂ / (√ŝ + 10⁻⁸), with m̂ and
     * ŝ corrected for their start at 0.
     */
    ADAM(
            "Adam",
            "Adam subtracts the gradients' running mean divided by their running size, times the"
                    + " learning rate: every weight moves by about the learning rate.");

    private final String label;
    private final String update;

    Optimizer(String label, String update) {
        this.label = label;
        this.update = update;
    }

    /** What this rule does with a gradient, in a sentence for the step panel. */
    public String update() {
        return update;
    }

    /** The name the screen shows. */
    public String label() {
        return label;
    }
}
