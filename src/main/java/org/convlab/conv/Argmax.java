package org.convlab.conv;

import java.util.ArrayList;
import java.util.List;

/**
 * The maximum of a map, the first position holding it in row-major order (what argmax returns), and
 * every position that ties with it within {@code 1e−9 · max(1, |max|)}.
 *
 * @param max the largest value
 * @param row row of the first maximum
 * @param col column of the first maximum
 * @param ties all tying positions, row-major, the first being (row, col)
 */
public record Argmax(double max, int row, int col, List<Cell> ties) {
    /** Relative tolerance for calling two values a tie. */
    public static final double TIE_TOLERANCE = 1e-9;

    public Argmax {
        ties = List.copyOf(ties);
    }

    /** Finds the argmax of a row-major {@code height × width} array. */
    public static Argmax of(double[] values, int height, int width) {
        if (values.length == 0 || values.length != height * width) {
            throw new IllegalArgumentException(
                    "argmax needs a non-empty " + height + "×" + width + " map");
        }
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        double max = values[best];
        double tol = TIE_TOLERANCE * Math.max(1, Math.abs(max));
        List<Cell> ties = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < values.length; i++) {
            if (Math.abs(values[i] - max) <= tol) {
                if (first < 0) {
                    first = i;
                }
                ties.add(new Cell(i / width, i % width));
            }
        }
        return new Argmax(max, first / width, first % width, ties);
    }

    /** How many positions share the maximum. */
    public int tieCount() {
        return ties.size();
    }
}
