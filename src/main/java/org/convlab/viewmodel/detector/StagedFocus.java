package org.convlab.viewmodel.detector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.convlab.conv.Cell;
import org.convlab.conv.CombinedMap;
import org.convlab.conv.Detection;
import org.convlab.conv.DetectorTerm;
import org.convlab.conv.NumberText;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.SecondLayer;
import org.convlab.conv.Window;
import org.convlab.conv.Workspace;

/**
 * The cell in focus when the detector pools or has a second layer: a pooled cell or a cell of D,
 * with the input region it depends on, drawn per filter in the filter's colour (their union is the
 * cell's receptive field).
 */
final class StagedFocus {
    private StagedFocus() {}

    /** The focus for a pooled cell or for D's cell (the probe's, or the argmax when null). */
    static DetectorViewModel.Focus of(Detection d, Workspace dw, DetectorViewModel.Probe p) {
        int n = d.responses().size();
        List<Window> windows = new ArrayList<>(Collections.nCopies(n, (Window) null));
        List<Cell> cells = new ArrayList<>(Collections.nCopies(n, (Cell) null));
        List<List<DetectorViewModel.Tap>> taps =
                new ArrayList<>(Collections.nCopies(n, (List<DetectorViewModel.Tap>) null));
        List<String> lines = new ArrayList<>();
        if (p != null && p.map() instanceof MapRef.Pooled pooled) {
            int k = pooled.filter();
            Cell cell = p.cell();
            ResponseMap m = d.pooled().get(k);
            Window w = m.window(cell.row(), cell.col());
            windows.set(k, w);
            lines.add(
                    "Pooled "
                            + dw.filters().get(k).name()
                            + "["
                            + cell.row()
                            + ", "
                            + cell.col()
                            + "] = "
                            + NumberText.exact(m.get(cell.row(), cell.col()))
                            + " ("
                            + dw.pooling().describe()
                            + " of response "
                            + dw.filters().get(k).name()
                            + ")"
                            + depends(w));
            return new DetectorViewModel.Focus(lines, windows, cells, null, taps);
        }
        CombinedMap c = d.combined();
        int row = p != null ? p.cell().row() : d.argmax().row() - c.top();
        int col = p != null ? p.cell().col() : d.argmax().col() - c.left();
        List<ResponseMap> layerOne = d.layerOne();
        for (DetectorTerm t : c.terms()) {
            int f = indexOf(layerOne, t.map());
            Window w = t.map().window(row + c.top() + t.dy(), col + c.left() + t.dx());
            windows.set(f, windows.get(f) == null ? w : windows.get(f).union(w));
        }
        String name = dw.secondLayer() != null ? "Layer 2" : "D";
        lines.add(
                (p == null ? "At the argmax: " : "")
                        + name
                        + "["
                        + (row + c.top())
                        + ", "
                        + (col + c.left())
                        + "] = "
                        + NumberText.exact(c.value(row, col))
                        + depends(c.window(row + c.top(), col + c.left())));
        return new DetectorViewModel.Focus(lines, windows, cells, new Cell(row, col), taps);
    }

    private static int indexOf(List<ResponseMap> maps, ResponseMap m) {
        for (int i = 0; i < maps.size(); i++) {
            if (maps.get(i) == m) {
                return i;
            }
        }
        throw new IllegalStateException("a term reads a map that is not among the filters' maps");
    }

    private static String depends(Window w) {
        return "; it depends on input "
                + w.cellsText()
                + " (receptive field "
                + w.height()
                + "×"
                + w.width()
                + ")";
    }

    /** The title of D's map: what makes it, and its size. */
    static String combinedLabel(Workspace dw, Detection d, String sum) {
        SecondLayer l = dw.secondLayer();
        String what =
                l != null
                        ? "Layer 2: "
                                + l.height()
                                + "×"
                                + l.width()
                                + " kernel over the "
                                + (d.pooled().isEmpty() ? "" : "pooled ")
                                + "maps"
                        : "Sum of pooled maps: " + sum;
        return what + "  " + d.combined().height() + "×" + d.combined().width();
    }
}
