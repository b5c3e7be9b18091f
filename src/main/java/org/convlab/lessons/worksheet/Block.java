package org.convlab.lessons.worksheet;

import java.util.Collections;
import java.util.List;

/**
 * One piece of an exercise as printed: a paragraph, a grid of numbers (blank cells are for the
 * student to fill in) or a labelled line to write an answer on. A sheet writer lays these out; the
 * exercise decides only what they say.
 */
public sealed interface Block {
    /** A paragraph of instructions. */
    record Text(String text) implements Block {}

    /**
     * A rows × cols grid with a caption; {@code cells} is row-major and an empty string is a blank
     * cell to write in.
     */
    record Grid(String caption, int rows, int cols, List<String> cells) implements Block {
        public Grid {
            cells = List.copyOf(cells);
            if (cells.size() != rows * cols) {
                throw new IllegalArgumentException(
                        "a " + rows + "×" + cols + " grid needs " + rows * cols + " cells");
            }
        }

        /** The text of cell (row, col); empty when it is left for the student. */
        public String cell(int row, int col) {
            return cells.get(row * cols + col);
        }

        /** A grid of blank cells to fill in. */
        public static Grid blank(String caption, int rows, int cols) {
            return new Grid(caption, rows, cols, Collections.nCopies(rows * cols, ""));
        }
    }

    /** A label followed by room to write the answer. */
    record Answer(String label) implements Block {}
}
