package org.convlab.lessons.learn;

/**
 * How a step turns the gradient into a change of the weights. The command line always takes plain
 * gradient descent; the screen also offers momentum and Adam, to compare how fast each finds the X.
 */
public enum Optimizer {
    /** w ← w − η · g. */
    PLAIN("Plain gradient descent"),
    /** v ← 0.9 · v + g; w ← w − η · v. */
    MOMENTUM("Momentum 0.9"),
    /**
     * m ← 0.9 · m + 0.1 · g; s ← 0.999 · s + 0.001 · g²; w ← w − η · m̂ / (√ŝ + 10⁻⁸), with m̂ and
     * ŝ corrected for their start at 0.
     */
    ADAM("Adam");

    private final String label;

    Optimizer(String label) {
        this.label = label;
    }

    /** The name the screen shows. */
    public String label() {
        return label;
    }
}
