package org.convlab.conv;

import java.util.ArrayList;
import java.util.List;

/**
 * The pinned semantics of pooling and the second layer written out with plain loops, reusing
 * nothing from the core but {@link ReferenceConvolution} for the response maps: each pooled cell a
 * loop over its window, D a loop over every tap, and the argmax's input window found by visiting
 * every input position any tap reads (through the second layer, the pooling and the kernel).
 */
public final class StagedReference {
    private StagedReference() {}

    /** Everything {@code detect --json} reports, as the reference computes it. */
    public record Result(
            List<double[][]> responses,
            List<double[][]> pooled,
            int top,
            int left,
            double[][] d,
            double max,
            int row,
            int col,
            List<Cell> ties,
            int[] window) {}

    public static Result run(Workspace ws) {
        List<ReferenceConvolution.Map> maps = new ArrayList<>();
        List<double[][]> responses = new ArrayList<>();
        for (FilterSpec f : ws.filters()) {
            ReferenceConvolution.Map m =
                    ReferenceConvolution.compute(
                            ws.image(),
                            f.filter(),
                            ws.convolution(),
                            ws.matching(),
                            ws.activation());
            maps.add(m);
            responses.add(rows(m));
        }
        List<double[][]> pooled = new ArrayList<>();
        for (double[][] r : responses) {
            pooled.add(ws.pooling() == null ? r : pool(r, ws.pooling()));
        }
        int n = pooled.size();
        int top;
        int left;
        double[][] d;
        SecondLayer layer = ws.secondLayer();
        if (layer != null) {
            top = 0;
            left = 0;
            int h = pooled.get(0).length - layer.height() + 1;
            int w = pooled.get(0)[0].length - layer.width() + 1;
            d = new double[h][w];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double sum = 0;
                    for (int k = 0; k < n; k++) {
                        for (int i = 0; i < layer.height(); i++) {
                            for (int j = 0; j < layer.width(); j++) {
                                sum += layer.weight(k, i, j) * pooled.get(k)[y + i][x + j];
                            }
                        }
                    }
                    d[y][x] = sum + layer.bias();
                }
            }
        } else {
            top = Integer.MIN_VALUE;
            left = Integer.MIN_VALUE;
            int bottom = Integer.MAX_VALUE;
            int right = Integer.MAX_VALUE;
            for (int k = 0; k < n; k++) {
                FilterSpec f = ws.filters().get(k);
                top = Math.max(top, -f.dy());
                left = Math.max(left, -f.dx());
                bottom = Math.min(bottom, pooled.get(k).length - 1 - f.dy());
                right = Math.min(right, pooled.get(k)[0].length - 1 - f.dx());
            }
            d = new double[bottom - top + 1][right - left + 1];
            for (int y = top; y <= bottom; y++) {
                for (int x = left; x <= right; x++) {
                    double sum = 0;
                    for (int k = 0; k < n; k++) {
                        FilterSpec f = ws.filters().get(k);
                        sum += f.gain() * pooled.get(k)[y + f.dy()][x + f.dx()];
                    }
                    d[y - top][x - left] = sum;
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : d) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        double tol = 1e-9 * Math.max(1, Math.abs(max));
        List<Cell> ties = new ArrayList<>();
        for (int y = 0; y < d.length; y++) {
            for (int x = 0; x < d[0].length; x++) {
                if (Math.abs(d[y][x] - max) <= tol) {
                    ties.add(new Cell(y + top, x + left));
                }
            }
        }
        Cell first = ties.get(0);
        int[] window = inputBox(ws, maps, readsOfD(ws, pooled, first.row(), first.col()));
        return new Result(
                responses, pooled, top, left, d, max, first.row(), first.col(), ties, window);
    }

    /** The pooled cells {k, y, x} that D at (y, x) of its frame reads, whatever their weight. */
    static List<int[]> readsOfD(Workspace ws, List<double[][]> pooled, int y, int x) {
        List<int[]> cells = new ArrayList<>();
        SecondLayer layer = ws.secondLayer();
        for (int k = 0; k < pooled.size(); k++) {
            if (layer != null) {
                for (int i = 0; i < layer.height(); i++) {
                    for (int j = 0; j < layer.width(); j++) {
                        cells.add(new int[] {k, y + i, x + j});
                    }
                }
            } else {
                FilterSpec f = ws.filters().get(k);
                cells.add(new int[] {k, y + f.dy(), x + f.dx()});
            }
        }
        return cells;
    }

    /**
     * The bounding box {top, left, height, width} of every input position the given pooled cells
     * {k, y, x} read, through the pooling window and every kernel tap (padding included).
     */
    static int[] inputBox(Workspace ws, List<ReferenceConvolution.Map> maps, List<int[]> cells) {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        ConvSettings s = ws.convolution();
        Pooling p = ws.pooling();
        for (int[] c : cells) {
            ReferenceConvolution.Map m = maps.get(c[0]);
            Filter f = ws.filters().get(c[0]).filter();
            int[] rows = poolSpan(p, c[1], m.height());
            int[] cols = poolSpan(p, c[2], m.width());
            for (int ry = rows[0]; ry < rows[1]; ry++) {
                for (int rx = cols[0]; rx < cols[1]; rx++) {
                    for (int i = 0; i < f.height(); i++) {
                        for (int j = 0; j < f.width(); j++) {
                            long iy =
                                    (long) ry * s.stride()
                                            + (long) i * s.dilation()
                                            - m.vertical().padBefore();
                            long ix =
                                    (long) rx * s.stride()
                                            + (long) j * s.dilation()
                                            - m.horizontal().padBefore();
                            box[0] = (int) Math.min(box[0], iy);
                            box[1] = (int) Math.min(box[1], ix);
                            box[2] = (int) Math.max(box[2], iy);
                            box[3] = (int) Math.max(box[3], ix);
                        }
                    }
                }
            }
        }
        return new int[] {box[0], box[1], box[2] - box[0] + 1, box[3] - box[1] + 1};
    }

    /** Response rows (or columns) [from, to) that pooled index i reads on an axis of n cells. */
    private static int[] poolSpan(Pooling p, int i, int n) {
        if (p == null) {
            return new int[] {i, i + 1};
        }
        if (p.kind().global()) {
            return new int[] {0, n};
        }
        return new int[] {i * p.stride(), i * p.stride() + p.size()};
    }

    static double[][] pool(double[][] r, Pooling p) {
        int h = r.length;
        int w = r[0].length;
        boolean global = p.kind().global();
        int size = global ? 0 : p.size();
        int oh = global ? 1 : (h - size) / p.stride() + 1;
        int ow = global ? 1 : (w - size) / p.stride() + 1;
        boolean max = p.kind() == Pooling.Kind.MAX || p.kind() == Pooling.Kind.GLOBAL_MAX;
        double[][] out = new double[oh][ow];
        for (int oy = 0; oy < oh; oy++) {
            for (int ox = 0; ox < ow; ox++) {
                int[] rows = poolSpan(p, oy, h);
                int[] cols = poolSpan(p, ox, w);
                double acc = max ? Double.NEGATIVE_INFINITY : 0;
                for (int y = rows[0]; y < rows[1]; y++) {
                    for (int x = cols[0]; x < cols[1]; x++) {
                        acc = max ? Math.max(acc, r[y][x]) : acc + r[y][x];
                    }
                }
                int count = (rows[1] - rows[0]) * (cols[1] - cols[0]);
                out[oy][ox] = max ? acc : acc / count;
            }
        }
        return out;
    }

    private static double[][] rows(ReferenceConvolution.Map m) {
        double[][] r = new double[m.height()][m.width()];
        for (int y = 0; y < m.height(); y++) {
            for (int x = 0; x < m.width(); x++) {
                r[y][x] = m.get(y, x);
            }
        }
        return r;
    }
}
