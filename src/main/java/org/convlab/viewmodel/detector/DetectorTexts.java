package org.convlab.viewmodel.detector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convlab.conv.Argmax;
import org.convlab.conv.Detection;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.NumberText;
import org.convlab.conv.Window;
import org.convlab.conv.Workspace;

/**
 * Texts about a whole detector that several section view models share: the sum formula, the argmax
 * sentence and the fingerprint that ties a scene's note to its filters.
 */
final class DetectorTexts {
    private DetectorTexts() {}

    /**
     * A short text that changes whenever a filter (weights, bias, gain, offset, name) or a setting
     * does: a scene's note is shown only while its workspace still has the same one.
     */
    static String fingerprint(Workspace ws) {
        StringBuilder b = new StringBuilder();
        for (FilterSpec f : ws.filters()) {
            b.append(f.name())
                    .append(Arrays.toString(f.filter().toArray()))
                    .append(f.filter().height())
                    .append('x')
                    .append(f.filter().width())
                    .append(' ')
                    .append(f.filter().bias())
                    .append(' ')
                    .append(f.gain())
                    .append(' ')
                    .append(f.dx())
                    .append(' ')
                    .append(f.dy())
                    .append(';');
        }
        b.append(ws.convolution()).append(ws.matching()).append(ws.activation());
        return Integer.toHexString(b.toString().hashCode());
    }

    /** {@code ws} with its note marked as written for its current filters and settings. */
    static Workspace noted(Workspace ws) {
        Map<String, Object> e = new LinkedHashMap<>(ws.extras());
        e.put(DetectorViewModel.NOTE_FOR_KEY, fingerprint(ws));
        return ws.withExtras(e);
    }

    /** "A + B", "A + B(dx=4)", "2·A + (−1)·B(dx=1, dy=−2)". */
    static String sumFormula(List<FilterSpec> filters) {
        List<String> parts = new ArrayList<>();
        for (FilterSpec f : filters) {
            String gain = f.gain() == 1 ? "" : ArithmeticText.paren(f.gain()) + "·";
            String off = "";
            if (f.dx() != 0 || f.dy() != 0) {
                List<String> o = new ArrayList<>();
                if (f.dx() != 0) {
                    o.add("dx=" + NumberText.exact(f.dx()));
                }
                if (f.dy() != 0) {
                    o.add("dy=" + NumberText.exact(f.dy()));
                }
                off = "(" + String.join(", ", o) + ")";
            }
            parts.add(gain + f.name() + off);
        }
        return String.join(" + ", parts);
    }

    /** "Maximum 3 at row 2, column 5 …", or how many positions tie for it. */
    static String describeArgmax(Detection d) {
        Argmax a = d.argmax();
        Window w = d.window();
        String where = "row " + a.row() + ", column " + a.col();
        String reads = "; it reads input " + w.cellsText();
        if (a.tieCount() > 1) {
            return a.tieCount()
                    + " positions share the maximum "
                    + NumberText.exact(a.max())
                    + "; argmax returns the first in row-major order, "
                    + where
                    + reads;
        }
        return "Maximum "
                + NumberText.exact(a.max())
                + " at "
                + where
                + ", the only position with that value"
                + reads;
    }
}
