package org.convlab.viewmodel.detector;

import java.util.ArrayList;
import java.util.List;
import org.convlab.conv.Cell;
import org.convlab.conv.CombinedMap;
import org.convlab.conv.Detection;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.NumberText;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.Window;
import org.convlab.conv.Workspace;
import org.convlab.lessons.detector.CellArithmetic;
import org.convlab.viewmodel.detector.DetectorViewModel.Focus;
import org.convlab.viewmodel.detector.DetectorViewModel.Probe;
import org.convlab.viewmodel.detector.DetectorViewModel.Tap;

/**
 * The cell in focus for a single-layer detector (no pooling, no second layer) and its arithmetic:
 * the probed cell, else the slide's current position while it runs, else the argmax. Kept apart
 * from {@link DetectorViewModel} so the workspace bookkeeping and the text of one cell can each be
 * read on their own; {@link StagedFocus} does the same for pooled and two-layer detectors.
 */
final class CellFocus {
    private CellFocus() {}

    /**
     * True when {@link StagedFocus} rather than this class describes the focus: the detector is
     * staged and the focus is not a cell of one response map (those read the same either way).
     */
    static boolean staged(Detection d, Workspace dw, Probe p, boolean sliding) {
        boolean probed = p != null && probeInRange(p, d);
        return !(probed && p.map() instanceof MapRef.Response)
                && StagesViewModel.staged(dw)
                && (probed || !sliding);
    }

    /** The focus of a single-layer detector; {@code animation} gives the slide's position. */
    static Focus of(Detection d, Workspace dw, Probe p, SlideAnimation animation) {
        int n = d.responses().size();
        List<String> lines = new ArrayList<>();
        List<Window> windows = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        List<List<Tap>> taps = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            taps.add(null);
        }
        Cell combinedCell = null;
        if (p != null && probeInRange(p, d) && p.map() instanceof MapRef.Response probed) {
            Cell cell = p.cell();
            for (int k = 0; k < n; k++) {
                if (k == probed.filter()) {
                    lines.add(explain(dw, k, cell.row(), cell.col(), taps));
                    windows.add(d.responses().get(k).window(cell.row(), cell.col()));
                    cells.add(cell);
                } else {
                    windows.add(null);
                    cells.add(null);
                }
            }
        } else if ((p != null && probeInRange(p, d)) || !animation.isActive()) {
            CombinedMap c = d.combined();
            int row = p != null ? p.cell().row() : d.argmax().row() - c.top();
            int col = p != null ? p.cell().col() : d.argmax().col() - c.left();
            combinedCell = new Cell(row, col);
            int y = row + c.top();
            int x = col + c.left();
            StringBuilder sum = new StringBuilder("D[" + y + ", " + x + "] = ");
            StringBuilder values = new StringBuilder();
            for (int k = 0; k < n; k++) {
                FilterSpec f = dw.filters().get(k);
                int ry = y + f.dy();
                int rx = x + f.dx();
                if (k > 0) {
                    sum.append(" + ");
                    values.append(" + ");
                }
                sum.append(f.gain() == 1 ? "" : ArithmeticText.paren(f.gain()) + "·")
                        .append(f.name())
                        .append("[")
                        .append(ry)
                        .append(", ")
                        .append(rx)
                        .append("]");
                values.append(f.gain() == 1 ? "" : ArithmeticText.paren(f.gain()) + "·")
                        .append(ArithmeticText.paren(d.responses().get(k).get(ry, rx)));
                windows.add(d.responses().get(k).window(ry, rx));
                cells.add(new Cell(ry, rx));
            }
            sum.append(" = ")
                    .append(values)
                    .append(" = ")
                    .append(NumberText.exact(c.value(row, col)));
            lines.add((p == null ? "At the argmax: " : "") + sum);
            for (int k = 0; k < n; k++) {
                lines.add(explain(dw, k, cells.get(k).row(), cells.get(k).col(), taps));
            }
        } else {
            int y = animation.row();
            int x = animation.col();
            for (int k = 0; k < n; k++) {
                ResponseMap m = d.responses().get(k);
                if (y < m.height() && x < m.width()) {
                    lines.add(explain(dw, k, y, x, taps));
                    windows.add(m.window(y, x));
                    cells.add(new Cell(y, x));
                } else {
                    lines.add(
                            "Filter "
                                    + dw.filters().get(k).name()
                                    + " has no cell at ["
                                    + y
                                    + ", "
                                    + x
                                    + "]: its map is "
                                    + m.height()
                                    + "×"
                                    + m.width());
                    windows.add(null);
                    cells.add(null);
                }
            }
        }
        return new Focus(lines, windows, cells, combinedCell, taps);
    }

    static boolean probeInRange(Probe p, Detection d) {
        if (p.map() instanceof MapRef.Pooled pooled) {
            int k = pooled.filter();
            return k >= 0 && k < d.pooled().size() && inside(p.cell(), d.pooled().get(k));
        }
        if (p.map() instanceof MapRef.Response response) {
            int k = response.filter();
            return k >= 0 && k < d.responses().size() && inside(p.cell(), d.responses().get(k));
        }
        Cell c = p.cell();
        return c.row() >= 0
                && c.col() >= 0
                && c.row() < d.combined().height()
                && c.col() < d.combined().width();
    }

    private static boolean inside(Cell c, ResponseMap m) {
        return c.row() >= 0 && c.col() >= 0 && c.row() < m.height() && c.col() < m.width();
    }

    /** The arithmetic of filter k's cell (y, x); its taps go into {@code taps[k]}. */
    private static String explain(Workspace dw, int k, int y, int x, List<List<Tap>> taps) {
        FilterSpec f = dw.filters().get(k);
        CellArithmetic a =
                CellArithmetic.explain(
                        dw.inputOf(k),
                        f.filter(),
                        dw.convolution(),
                        dw.matching(),
                        dw.activation(),
                        y,
                        x);
        List<Tap> t = new ArrayList<>();
        for (CellArithmetic.Term term : a.terms()) {
            if (term.weight() != 0 && !term.inPadding() && term.channel() == 0) {
                t.add(new Tap(term.row(), term.col(), term.product() != 0));
            }
        }
        taps.set(k, t);
        return ArithmeticText.explain(f.name(), y, x, a, dw.activation());
    }
}
