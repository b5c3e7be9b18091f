package org.convlab.conv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.convlab.conv.fast.Kernel;
import org.convlab.conv.fast.RowMaxima;

/**
 * Keeps a workspace's detection up to date as the user edits it. The screen calls {@link #update}
 * after every brush dab with the rectangle of input cells the dab changed, and the engine
 * recomputes only the response cells whose windows meet that rectangle, the combined-map cells that
 * read them, and the argmax (through per-row maxima, so only changed rows are rescanned). Unchanged
 * rows are shared with the previous detection, which stays as it was. Results are always identical
 * to {@link Detection#of}: updated cells are computed with the same arithmetic in the same order as
 * a full run.
 */
public final class DetectionEngine {
    /** An update touching more than 1/4 of the cells recomputes everything, on all cores. */
    private static final int FULL_RECOMPUTE_SHARE = 4;

    private Workspace workspace;
    private Detection detection;

    /** The current setup's filters, ready for single cells; built on the first update. */
    private List<Kernel> prepared;

    /** Row maxima of the current combined map; built on the first update. */
    private RowMaxima maxima;

    /**
     * With groups, the channels each filter reads, as the last workspace has them: copies of the
     * image's planes, private to this engine and brought up to date inside each dab's rectangle
     * only (a 512×512×3 image would otherwise be copied whole at every dab). Null until the first
     * update, and with one group, where filters read the image itself.
     */
    private double[][] groupSources;

    /** Computes the detection of {@code ws} from scratch. */
    public Detection reset(Workspace ws) {
        Detection d = Detection.of(ws);
        workspace = ws;
        detection = d;
        prepared = null;
        maxima = null;
        groupSources = null;
        return d;
    }

    /**
     * The detection of {@code next}, which differs from the last workspace only inside {@code
     * changed} of the input image (filters and settings unchanged); pass {@code null} when anything
     * else may have changed. A changed filter bank, setting or image size is detected and handled
     * by a full recompute.
     */
    public Detection update(Workspace next, Window changed) {
        // The incremental path knows only the gain/offset sum of response maps; pooled and
        // second-layer detections are recomputed whole.
        if (detection == null
                || changed == null
                || !sameSetup(workspace, next)
                || next.pooling() != null
                || next.secondLayer() != null) {
            return reset(next);
        }
        Image image = next.image();
        int top = Math.max(0, changed.top());
        int left = Math.max(0, changed.left());
        int bottom = Math.min(image.height(), changed.top() + changed.height());
        int right = Math.min(image.width(), changed.left() + changed.width());
        assert sameOutside(workspace.image(), image, top, left, bottom, right)
                : "the image changed outside the window passed to update";
        if (bottom <= top || right <= left) {
            workspace = next;
            return detection;
        }
        List<ResponseMap> oldMaps = detection.responses();
        int[][] rects = new int[oldMaps.size()][];
        long touched = 0;
        long cells = 0;
        for (int k = 0; k < oldMaps.size(); k++) {
            Geometry g = oldMaps.get(k).geometry();
            rects[k] = affected(g, top, left, bottom, right);
            touched += (long) (rects[k][1] - rects[k][0]) * (rects[k][3] - rects[k][2]);
            cells += (long) g.outHeight() * g.outWidth();
        }
        if (touched * FULL_RECOMPUTE_SHARE > cells) {
            return reset(next);
        }
        if (prepared == null) {
            prepared = prepare(next);
        }
        double[][] sources = sources(next, top, left, bottom, right);
        List<ResponseMap> maps = new ArrayList<>(oldMaps.size());
        List<DetectorTerm> terms = new ArrayList<>(oldMaps.size());
        List<DetectorTerm> oldTerms = detection.combined().terms();
        for (int k = 0; k < oldMaps.size(); k++) {
            ResponseMap m = updatedMap(oldMaps.get(k), prepared.get(k), sources[k], rects[k]);
            maps.add(m);
            DetectorTerm t = oldTerms.get(k);
            terms.add(new DetectorTerm(m, t.gain(), t.dx(), t.dy()));
        }
        CombinedMap combined = updatedCombination(detection.combined(), terms, rects);
        Overflow.check(next, maps, rects, combined);
        Argmax a = Engine.argmax(maxima, combined.rows(), combined.top(), combined.left());
        workspace = next;
        detection = new Detection(maps, combined, a, combined.window(a.row(), a.col()));
        return detection;
    }

    public Detection current() {
        return detection;
    }

    public Workspace workspace() {
        return workspace;
    }

    private static boolean sameSetup(Workspace a, Workspace b) {
        return a.image().height() == b.image().height()
                && a.image().width() == b.image().width()
                && a.image().channels() == b.image().channels()
                && a.filters().equals(b.filters())
                && a.convolution().equals(b.convolution())
                && a.matching() == b.matching()
                && a.activation() == b.activation()
                && Objects.equals(a.pooling(), b.pooling())
                && Objects.equals(a.secondLayer(), b.secondLayer());
    }

    private static List<Kernel> prepare(Workspace ws) {
        List<Kernel> list = new ArrayList<>();
        ConvSettings s = ws.convolution();
        for (FilterSpec f : ws.filters()) {
            Filter k = s.flip() ? f.filter().rotated180() : f.filter();
            Geometry g =
                    Geometry.of(ws.image().height(), ws.image().width(), k.height(), k.width(), s);
            list.add(Engine.kernel(ws.inputOf(list.size()), k, g, ws.matching(), ws.activation()));
        }
        return list;
    }

    /**
     * The planar values each filter reads: the image itself with one group (no copy), else this
     * engine's copy of the group's channels, shared by that group's filters, with input rows [top,
     * bottom) and columns [left, right) (the only ones that changed) taken from {@code ws}.
     */
    private double[][] sources(Workspace ws, int top, int left, int bottom, int right) {
        int n = ws.filters().size();
        double[][] sources = new double[n][];
        if (ws.convolution().groups() == 1) {
            Arrays.fill(sources, ws.image().raw());
            return sources;
        }
        boolean fresh = groupSources == null;
        if (fresh) {
            groupSources = new double[n][];
        }
        Image image = ws.image();
        int plane = image.height() * image.width();
        for (int k = 0; k < n; k++) {
            if (k > 0 && ws.firstChannel(k) == ws.firstChannel(k - 1)) {
                groupSources[k] = groupSources[k - 1];
            } else if (fresh) {
                groupSources[k] = ws.inputOf(k).raw();
            } else {
                int first = ws.firstChannel(k);
                int channels = groupSources[k].length / plane;
                for (int c = 0; c < channels; c++) {
                    for (int y = top; y < bottom; y++) {
                        System.arraycopy(
                                image.raw(),
                                ((first + c) * image.height() + y) * image.width() + left,
                                groupSources[k],
                                (c * image.height() + y) * image.width() + left,
                                right - left);
                    }
                }
            }
            sources[k] = groupSources[k];
        }
        return sources;
    }

    /**
     * Output rows [r0, r1) and columns [c0, c1) whose windows meet input rows [top, bottom) and
     * columns [left, right), as {@code {r0, r1, c0, c1}} (possibly empty).
     */
    static int[] affected(Geometry g, int top, int left, int bottom, int right) {
        int spanH = (g.kernelHeight() - 1) * g.dilation();
        int spanW = (g.kernelWidth() - 1) * g.dilation();
        int r0 = Math.max(0, -Math.floorDiv(-(top + g.padTop() - spanH), g.stride()));
        int r1 = Math.min(g.outHeight(), Math.floorDiv(bottom - 1 + g.padTop(), g.stride()) + 1);
        int c0 = Math.max(0, -Math.floorDiv(-(left + g.padLeft() - spanW), g.stride()));
        int c1 = Math.min(g.outWidth(), Math.floorDiv(right - 1 + g.padLeft(), g.stride()) + 1);
        return new int[] {r0, Math.max(r0, r1), c0, Math.max(c0, c1)};
    }

    private static ResponseMap updatedMap(ResponseMap old, Kernel f, double[] src, int[] rect) {
        return old.withCells(rect[0], rect[1], rect[2], rect[3], (y, x) -> f.cell(src, y, x));
    }

    /** Recomputes the combined cells that read any changed response cell, and their row maxima. */
    private CombinedMap updatedCombination(
            CombinedMap old, List<DetectorTerm> terms, int[][] rects) {
        int y0 = Integer.MAX_VALUE;
        int y1 = Integer.MIN_VALUE;
        int x0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        for (int k = 0; k < rects.length; k++) {
            int[] r = rects[k];
            if (r[0] == r[1] || r[2] == r[3]) {
                continue;
            }
            DetectorTerm t = terms.get(k);
            // Map cell (y, x) feeds combined cell (y − dy, x − dx) of the maps' frame.
            y0 = Math.min(y0, r[0] - t.dy() - old.top());
            y1 = Math.max(y1, r[1] - t.dy() - old.top());
            x0 = Math.min(x0, r[2] - t.dx() - old.left());
            x1 = Math.max(x1, r[3] - t.dx() - old.left());
        }
        y0 = Math.max(0, y0);
        y1 = Math.min(old.height(), y1);
        x0 = Math.max(0, x0);
        x1 = Math.min(old.width(), x1);
        double[][] oldRows = old.rows();
        if (maxima == null) {
            maxima = RowMaxima.of(oldRows);
        }
        double[][] rows = oldRows.clone();
        if (y0 < y1 && x0 < x1) {
            for (int y = y0; y < y1; y++) {
                double[] row = rows[y].clone();
                CombinedMap.sumRow(terms, old.top(), old.left(), y, row, x0, x1);
                rows[y] = row;
            }
            maxima.refresh(rows, y0, y1);
        }
        return old.withRows(terms, rows);
    }

    private static boolean sameOutside(Image a, Image b, int top, int left, int bottom, int right) {
        for (int c = 0; c < a.channels(); c++) {
            for (int y = 0; y < a.height(); y++) {
                for (int x = 0; x < a.width(); x++) {
                    boolean inside = y >= top && y < bottom && x >= left && x < right;
                    if (!inside && Double.compare(a.get(c, y, x), b.get(c, y, x)) != 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
