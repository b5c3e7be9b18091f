package org.convlab.lessons.worksheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.convlab.conv.Argmax;
import org.convlab.conv.Cell;
import org.convlab.conv.Detection;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.NumberText;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.Workspace;

/**
 * Lesson 1 by hand: a small binary image and a 3×3 kernel of −1, 0 and 1. Either the whole response
 * map and its maximum are asked ({@code askedCells} empty, on a 5×5 image, whose map has nine
 * cells), or a few cells of the map of a 6×6 image. The answers come from {@link Detection}, the
 * detector's own computation (valid padding, stride 1, raw matching).
 *
 * @param askedCells the cells asked for; empty asks for the whole map
 */
public record GridExercise(int number, Image image, Filter kernel, List<Cell> askedCells)
        implements Exercise {
    /** The name the kernel gets as the detector's filter. */
    public static final String FILTER_NAME = "K";

    public GridExercise {
        askedCells = List.copyOf(askedCells);
    }

    /**
     * Draws an exercise; a whole-map exercise is drawn again until its maximum is in one place, so
     * the argmax has one answer.
     */
    static GridExercise draw(int number, Random random, boolean wholeMap) {
        int size = wholeMap ? 5 : 6;
        while (true) {
            double[] pixels = new double[size * size];
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = random.nextInt(100) < 45 ? 1 : 0;
            }
            double[] weights = new double[9];
            int nonZero = 0;
            for (int i = 0; i < weights.length; i++) {
                weights[i] = random.nextInt(3) - 1;
                nonZero += weights[i] != 0 ? 1 : 0;
            }
            if (nonZero < 3) {
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            if (!wholeMap) {
                int out = size - 2;
                while (cells.size() < 3) {
                    Cell c = new Cell(random.nextInt(out), random.nextInt(out));
                    if (!cells.contains(c)) {
                        cells.add(c);
                    }
                }
            }
            GridExercise e =
                    new GridExercise(
                            number,
                            Image.of(size, size, 1, pixels),
                            Filter.of(3, 3, 1, weights, 0),
                            cells);
            Argmax a = e.detection().argmax();
            if (!wholeMap || a.tieCount() == 1 && a.max() > 0) {
                return e;
            }
        }
    }

    /** The detector's workspace: the image and the kernel as its one filter. */
    public Workspace workspace() {
        return Workspace.of(image, List.of(FilterSpec.plain(FILTER_NAME, kernel)));
    }

    /** The detector's result on {@link #workspace()}. */
    public Detection detection() {
        return Detection.of(workspace());
    }

    /** The response map the answers are read from. */
    public ResponseMap map() {
        return detection().responses().get(0);
    }

    public boolean wholeMap() {
        return askedCells.isEmpty();
    }

    @Override
    public WorksheetChoice lesson() {
        return WorksheetChoice.DETECTOR;
    }

    @Override
    public String title() {
        return wholeMap() ? "Convolve by hand" : "Response cells by hand";
    }

    @Override
    public List<Block> question() {
        int n = image.height();
        int out = n - 2;
        List<Block> blocks = new ArrayList<>();
        blocks.add(
                new Block.Text(
                        "Slide the 3×3 kernel K over the "
                                + n
                                + "×"
                                + n
                                + " image I (no padding, stride 1): R[y, x] = Σ I[y + i, x + j] · K[i, j],"
                                + " summed over i, j = 0, 1, 2. Rows and columns count from 0."));
        blocks.add(numbers("Image I (" + n + "×" + n + ")", image.toArray(), n, n));
        blocks.add(numbers("Kernel K (3×3)", kernel.toArray(), 3, 3));
        blocks.add(Block.Grid.blank("Response R (" + out + "×" + out + ")", out, out));
        if (wholeMap()) {
            blocks.add(new Block.Text("Fill in all of R, then say where it is largest."));
            blocks.add(new Block.Answer("Largest value of R and its (row, column):"));
        } else {
            for (Cell c : askedCells) {
                blocks.add(new Block.Answer("R[" + c.row() + ", " + c.col() + "] ="));
            }
        }
        return blocks;
    }

    @Override
    public List<String> answers() {
        ResponseMap r = map();
        List<String> lines = new ArrayList<>();
        if (wholeMap()) {
            for (int y = 0; y < r.height(); y++) {
                StringBuilder b = new StringBuilder("R row " + y + ":");
                for (int x = 0; x < r.width(); x++) {
                    b.append("  ").append(NumberText.exact(r.get(y, x)));
                }
                lines.add(b.toString());
            }
            Argmax a = detection().argmax();
            lines.add(
                    "Maximum "
                            + NumberText.exact(a.max())
                            + " at row "
                            + a.row()
                            + ", column "
                            + a.col());
        } else {
            for (Cell c : askedCells) {
                lines.add("R[" + c.row() + ", " + c.col() + "] = " + sum(c.row(), c.col()));
            }
        }
        return lines;
    }

    /** The products of one cell written out, e.g. {@code 1·1 + 1·(−1) = 0}. */
    private String sum(int y, int x) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double w = kernel.get(0, i, j);
                double v = image.get(0, y + i, x + j);
                if (w != 0 && v != 0) {
                    b.append(b.length() == 0 ? "" : " + ")
                            .append(NumberText.exact(v))
                            .append('·')
                            .append(w < 0 ? "(" + NumberText.exact(w) + ")" : NumberText.exact(w));
                }
            }
        }
        String value = NumberText.exact(map().get(y, x));
        return b.length() == 0 ? value + " (no 1 meets a non-zero weight)" : b + " = " + value;
    }

    static Block.Grid numbers(String caption, double[] values, int rows, int cols) {
        List<String> cells = new ArrayList<>();
        for (double v : values) {
            cells.add(NumberText.exact(v));
        }
        return new Block.Grid(caption, rows, cols, cells);
    }
}
