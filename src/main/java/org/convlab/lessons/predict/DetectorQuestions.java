package org.convlab.lessons.predict;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.convlab.conv.Argmax;
import org.convlab.conv.Cell;
import org.convlab.conv.CombinedMap;
import org.convlab.conv.Detection;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Geometry;
import org.convlab.conv.Image;
import org.convlab.conv.MatchMode;
import org.convlab.conv.NumberText;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.Window;
import org.convlab.conv.Workspace;

/**
 * The pattern detector's predictions, made from a workspace and its detection: one response cell,
 * where the combined map peaks, and how many positions tie for that peak.
 */
public final class DetectorQuestions {
    /** The kinds this lesson asks, in the order a sitting goes through them. */
    public static final List<QuestionKind> KINDS =
            List.of(QuestionKind.RESPONSE_CELL, QuestionKind.ARGMAX, QuestionKind.TIE_COUNT);

    private DetectorQuestions() {}

    /**
     * A question of {@code kind} about {@code d}, the detection of {@code ws}; {@code seed} picks
     * the filter and the cell. Empty for a kind this lesson does not ask.
     */
    public static Optional<Question> make(QuestionKind kind, Workspace ws, Detection d, long seed) {
        return switch (kind) {
            case RESPONSE_CELL -> Optional.of(responseCell(ws, d, new Random(seed)));
            case ARGMAX -> Optional.of(argmax(d));
            case TIE_COUNT -> Optional.of(tieCount(ws, d));
            default -> Optional.empty();
        };
    }

    static Question responseCell(Workspace ws, Detection d, Random rnd) {
        int k = rnd.nextInt(d.responses().size());
        ResponseMap map = d.responses().get(k);
        FilterSpec spec = ws.filters().get(k);
        List<Integer> lit = new ArrayList<>();
        for (int i = 0; i < map.height() * map.width(); i++) {
            if (map.get(i / map.width(), i % map.width()) != 0) {
                lit.add(i);
            }
        }
        int cell =
                lit.isEmpty()
                        ? rnd.nextInt(map.height() * map.width())
                        : lit.get(rnd.nextInt(lit.size()));
        return responseCell(ws, d, k, cell / map.width(), cell % map.width());
    }

    /** The question about filter k's response at (y, x). */
    static Question responseCell(Workspace ws, Detection d, int k, int y, int x) {
        ResponseMap map = d.responses().get(k);
        FilterSpec spec = ws.filters().get(k);
        double value = map.get(y, x);
        Window w = map.window(y, x);
        String name = "filter " + spec.name();
        String prompt =
                "What is "
                        + name
                        + "’s response at row "
                        + y
                        + ", column "
                        + x
                        + "? Its window covers input "
                        + w.cellsText()
                        + ".";
        Image in = ws.image();
        Filter f = ws.convolution().flip() ? spec.filter().rotated180() : spec.filter();
        Geometry g = map.geometry();
        double sum = dot(in, f, g, y, x);
        boolean plain =
                ws.matching() == MatchMode.RAW
                        && same(ws.activation().apply(sum + f.bias()), value);
        List<Misconception> mistakes = new ArrayList<>();
        String working;
        if (plain) {
            working =
                    "Σ weight × input over the window = "
                            + NumberText.exact(sum)
                            + (f.bias() != 0 ? ", plus the bias " + NumberText.exact(f.bias()) : "")
                            + ", gives "
                            + NumberText.exact(value)
                            + ".";
            double flipped = ws.activation().apply(dot(in, f.rotated180(), g, y, x) + f.bias());
            mistakes.add(
                    Misconception.of(
                            flipped,
                            ws.convolution().flip()
                                    ? "That is the kernel as drawn: with “flip” on, ConvLab turns it 180° first (true convolution)."
                                    : "That is the kernel turned 180° (true convolution); ConvLab slides it as drawn, unflipped (cross-correlation)."));
            if (f.bias() != 0) {
                mistakes.add(
                        Misconception.of(
                                ws.activation().apply(sum),
                                "You left out the bias: the response is Σ weight × input + b, and b = "
                                        + NumberText.exact(f.bias())
                                        + "."));
            }
            Filter ones = Filter.of(f.height(), f.width(), f.channels(), ones(f), 0);
            mistakes.add(
                    Misconception.of(
                            dot(in, ones, g, y, x),
                            "That adds up the pixels under the window; multiply each by its weight first (a 0 weight ignores its pixel, a negative one subtracts it)."));
        } else {
            working =
                    "The "
                            + ws.matching().label()
                            + " score of that window is "
                            + NumberText.exact(value)
                            + ".";
        }
        int[][] next = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
        for (int[] n : next) {
            int ny = y + n[0];
            int nx = x + n[1];
            if (ny >= 0 && nx >= 0 && ny < map.height() && nx < map.width()) {
                mistakes.add(
                        Misconception.of(
                                map.get(ny, nx),
                                "That is the response one cell away, at row "
                                        + ny
                                        + ", column "
                                        + nx
                                        + ": rows and columns count from 0, and cell ("
                                        + y
                                        + ", "
                                        + x
                                        + ") reads the window whose top-left input cell is ("
                                        + w.top()
                                        + ", "
                                        + w.left()
                                        + ")."));
            }
        }
        return new Question(
                QuestionKind.RESPONSE_CELL,
                prompt,
                Question.Format.NUMBER,
                "a response",
                List.of(Question.decimal(value)),
                working,
                mistakes,
                null,
                Map.of());
    }

    static Question argmax(Detection d) {
        Argmax a = d.argmax();
        Window w = d.window();
        List<Misconception> mistakes = new ArrayList<>();
        String order =
                "argmax reports the first position in row-major order (top row first, then left to right).";
        for (int i = 1; i < a.ties().size(); i++) {
            Cell t = a.ties().get(i);
            mistakes.add(
                    Misconception.cell(
                            t.row(), t.col(), "That position ties for the maximum, but " + order));
        }
        mistakes.add(
                Misconception.cell(
                        a.col(),
                        a.row(),
                        "Those are (column, row): ConvLab writes the row first, then the column."));
        mistakes.add(
                Misconception.cell(
                        w.top(),
                        w.left(),
                        "That is where the best window starts on the input; the argmax is a cell of the combined map, counted in the map’s own rows and columns."));
        mistakes.add(
                Misconception.cell(
                        a.row() + 1,
                        a.col() + 1,
                        "That counts from 1; ConvLab counts rows and columns from 0."));
        runnerUp(d.combined(), a)
                .ifPresent(
                        r ->
                                mistakes.add(
                                        Misconception.cell(
                                                (int) r[0],
                                                (int) r[1],
                                                "That cell scores "
                                                        + NumberText.exact(r[2])
                                                        + ", the runner-up; the maximum is "
                                                        + NumberText.exact(a.max())
                                                        + ".")));
        String working =
                "The combined map’s maximum, "
                        + NumberText.exact(a.max())
                        + ", is at row "
                        + a.row()
                        + ", column "
                        + a.col()
                        + (a.tieCount() > 1
                                ? "; " + a.tieCount() + " positions share it and " + order
                                : ", and no other position has it.");
        return new Question(
                QuestionKind.ARGMAX,
                "Where does the combined map peak? Type the argmax as row, column.",
                Question.Format.CELL,
                "a cell",
                List.of(BigDecimal.valueOf(a.row()), BigDecimal.valueOf(a.col())),
                working,
                mistakes,
                null,
                Map.of());
    }

    static Question tieCount(Workspace ws, Detection d) {
        Argmax a = d.argmax();
        int ties = a.tieCount();
        List<Misconception> mistakes = new ArrayList<>();
        if (ties > 1) {
            mistakes.add(
                    Misconception.of(
                            BigDecimal.ONE,
                            "argmax reports one position, but "
                                    + ties
                                    + " share the maximum: a detector that keeps only the argmax silently ignores the others."));
        }
        for (int k = 0; k < d.responses().size(); k++) {
            ResponseMap m = d.responses().get(k);
            Argmax own = Argmax.of(m.toArray(), m.height(), m.width());
            mistakes.add(
                    Misconception.of(
                            BigDecimal.valueOf(own.tieCount()),
                            "That counts the peaks of filter "
                                    + ws.filters().get(k).name()
                                    + "’s map alone; the question is about the combined map."));
        }
        String working =
                ties == 1
                        ? "Only one position has the maximum " + NumberText.exact(a.max()) + "."
                        : ties
                                + " positions have the maximum "
                                + NumberText.exact(a.max())
                                + "; argmax returns the first, row "
                                + a.row()
                                + ", column "
                                + a.col()
                                + ".";
        return new Question(
                QuestionKind.TIE_COUNT,
                "How many positions of the combined map share its maximum value?",
                Question.Format.WHOLE,
                "a count of positions",
                List.of(BigDecimal.valueOf(ties)),
                working,
                mistakes,
                null,
                Map.of());
    }

    /** The first cell (in the maps' frame) with the largest value below the maximum. */
    private static Optional<double[]> runnerUp(CombinedMap c, Argmax a) {
        double tol = Argmax.TIE_TOLERANCE * Math.max(1, Math.abs(a.max()));
        double[] best = null;
        for (int y = 0; y < c.height(); y++) {
            for (int x = 0; x < c.width(); x++) {
                double v = c.value(y, x);
                if (v < a.max() - tol && (best == null || v > best[2])) {
                    best = new double[] {y + c.top(), x + c.left(), v};
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Σ weight × input over the window of output cell (y, x), zeros outside the image. */
    static double dot(Image in, Filter f, Geometry g, int y, int x) {
        double s = 0;
        for (int c = 0; c < f.channels(); c++) {
            for (int i = 0; i < f.height(); i++) {
                for (int j = 0; j < f.width(); j++) {
                    s += f.get(c, i, j) * in.getOrZero(c, g.inputRow(y, i), g.inputCol(x, j));
                }
            }
        }
        return s;
    }

    private static double[] ones(Filter f) {
        double[] w = new double[f.height() * f.width() * f.channels()];
        Arrays.fill(w, 1);
        return w;
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    }
}
