package org.convlab.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * An independent, deliberately plain training of a detector for checking {@code convlab train}:
 * every map, the loss and the gradient with nested loops straight from the definitions, sharing no
 * code with the production forward or backward pass.
 */
final class ReferenceTrainer {
    /** One filter: weights [c][i][j] as stored, bias, gain and offset. */
    static final class Kernel {
        double[][][] w;
        double b;
        final double gain;
        final int dx;
        final int dy;

        Kernel(double[][][] w, double b, double gain, int dx, int dy) {
            this.w = w;
            this.b = b;
            this.gain = gain;
            this.dx = dx;
            this.dy = dy;
        }
    }

    /** The settings: padding ("valid", "same", "full" or a count), stride, dilation, flip, relu. */
    record Settings(String padding, int stride, int dilation, boolean flip, boolean relu) {}

    /** One example: image [c][y][x] and target in D's frame. */
    record Example(double[][][] image, int row, int col) {}

    /** What the reference reports, as {@code train --json} does. */
    record Result(
            double initialLoss,
            List<double[][][]> initialGradient,
            double[] initialBiasGradient,
            List<Double> losses,
            double finalLoss,
            List<Kernel> filters,
            int hits) {}

    private final List<Kernel> kernels;
    private final Settings s;
    private final List<Example> examples;
    private final double t;

    ReferenceTrainer(List<Kernel> kernels, Settings s, List<Example> examples, double t) {
        this.kernels = kernels;
        this.s = s;
        this.examples = examples;
        this.t = t;
    }

    Result run(int steps, double eta) {
        double[][][][] g0 = new double[kernels.size()][][][];
        double[] gb0 = new double[kernels.size()];
        double loss0 = lossAndGradient(g0, gb0);
        List<Double> losses = new ArrayList<>();
        double loss = loss0;
        double[][][][] g = g0;
        double[] gb = gb0;
        for (int k = 0; k < steps; k++) {
            losses.add(loss);
            for (int f = 0; f < kernels.size(); f++) {
                Kernel kn = kernels.get(f);
                double[][][] nw = new double[kn.w.length][kn.w[0].length][kn.w[0][0].length];
                for (int c = 0; c < nw.length; c++) {
                    for (int i = 0; i < nw[0].length; i++) {
                        for (int j = 0; j < nw[0][0].length; j++) {
                            nw[c][i][j] = kn.w[c][i][j] - eta * g[f][c][i][j];
                        }
                    }
                }
                kn.w = nw;
                kn.b = kn.b - eta * gb[f];
            }
            g = new double[kernels.size()][][][];
            gb = new double[kernels.size()];
            loss = lossAndGradient(g, gb);
        }
        int hits = 0;
        for (Example e : examples) {
            if (hit(e)) {
                hits++;
            }
        }
        return new Result(loss0, List.of(g0), gb0, losses, loss, kernels, hits);
    }

    private int[] pads(int size, int kernel) {
        int span = s.dilation() * (kernel - 1);
        switch (s.padding()) {
            case "valid":
                return new int[] {0, 0};
            case "full":
                return new int[] {span, span};
            case "same":
                int out = (size + s.stride() - 1) / s.stride();
                int total = Math.max((out - 1) * s.stride() + span + 1 - size, 0);
                return new int[] {total / 2, total - total / 2};
            default:
                int p = Integer.parseInt(s.padding());
                return new int[] {p, p};
        }
    }

    private double tap(Kernel k, int c, int i, int j) {
        int kh = k.w[0].length;
        int kw = k.w[0][0].length;
        return s.flip() ? k.w[c][kh - 1 - i][kw - 1 - j] : k.w[c][i][j];
    }

    private static double pixel(double[][][] im, int c, int y, int x) {
        return y < 0 || x < 0 || y >= im[0].length || x >= im[0][0].length ? 0 : im[c][y][x];
    }

    /** R_k for image {@code im}: [y][x]. */
    private double[][] response(Kernel k, double[][][] im) {
        int h = im[0].length;
        int w = im[0][0].length;
        int kh = k.w[0].length;
        int kw = k.w[0][0].length;
        int[] pv = pads(h, kh);
        int[] ph = pads(w, kw);
        int oh = (h + pv[0] + pv[1] - s.dilation() * (kh - 1) - 1) / s.stride() + 1;
        int ow = (w + ph[0] + ph[1] - s.dilation() * (kw - 1) - 1) / s.stride() + 1;
        double[][] r = new double[oh][ow];
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                double v = k.b;
                for (int c = 0; c < im.length; c++) {
                    for (int i = 0; i < kh; i++) {
                        for (int j = 0; j < kw; j++) {
                            int iy = y * s.stride() + i * s.dilation() - pv[0];
                            int ix = x * s.stride() + j * s.dilation() - ph[0];
                            v += pixel(im, c, iy, ix) * tap(k, c, i, j);
                        }
                    }
                }
                r[y][x] = s.relu() ? Math.max(v, 0) : v;
            }
        }
        return r;
    }

    /** {top, left, height, width} of D in the maps' frame. */
    private int[] frame(List<double[][]> rs) {
        int top = Integer.MIN_VALUE;
        int left = Integer.MIN_VALUE;
        int bottom = Integer.MAX_VALUE;
        int right = Integer.MAX_VALUE;
        for (int k = 0; k < rs.size(); k++) {
            Kernel kn = kernels.get(k);
            top = Math.max(top, -kn.dy);
            left = Math.max(left, -kn.dx);
            bottom = Math.min(bottom, rs.get(k).length - 1 - kn.dy);
            right = Math.min(right, rs.get(k)[0].length - 1 - kn.dx);
        }
        return new int[] {top, left, bottom - top + 1, right - left + 1};
    }

    private double[][] combined(List<double[][]> rs, int[] f) {
        double[][] d = new double[f[2]][f[3]];
        for (int y = 0; y < f[2]; y++) {
            for (int x = 0; x < f[3]; x++) {
                for (int k = 0; k < rs.size(); k++) {
                    Kernel kn = kernels.get(k);
                    d[y][x] += kn.gain * rs.get(k)[f[0] + y + kn.dy][f[1] + x + kn.dx];
                }
            }
        }
        return d;
    }

    private boolean hit(Example e) {
        List<double[][]> rs = new ArrayList<>();
        for (Kernel k : kernels) {
            rs.add(response(k, e.image()));
        }
        int[] f = frame(rs);
        double[][] d = combined(rs, f);
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : d) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        double tol = 1e-9 * Math.max(1, Math.abs(max));
        for (int y = 0; y < d.length; y++) {
            for (int x = 0; x < d[0].length; x++) {
                if (Math.abs(d[y][x] - max) <= tol) {
                    return f[0] + y == e.row() && f[1] + x == e.col();
                }
            }
        }
        throw new AssertionError("no maximum");
    }

    /** The batch loss; fills the gradient of every filter (as stored) and of every bias. */
    private double lossAndGradient(double[][][][] g, double[] gb) {
        for (int k = 0; k < kernels.size(); k++) {
            double[][][] w = kernels.get(k).w;
            g[k] = new double[w.length][w[0].length][w[0][0].length];
        }
        double total = 0;
        int n = examples.size();
        for (Example e : examples) {
            List<double[][]> rs = new ArrayList<>();
            for (Kernel k : kernels) {
                rs.add(response(k, e.image()));
            }
            int[] f = frame(rs);
            double[][] d = combined(rs, f);
            int ty = e.row() - f[0];
            int tx = e.col() - f[1];
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : d) {
                for (double v : row) {
                    max = Math.max(max, v);
                }
            }
            double sum = 0;
            for (double[] row : d) {
                for (double v : row) {
                    sum += Math.exp((v - max) / t);
                }
            }
            total += Math.log(sum) - (d[ty][tx] - max) / t;
            for (int k = 0; k < kernels.size(); k++) {
                Kernel kn = kernels.get(k);
                double[][] r = rs.get(k);
                int kh = kn.w[0].length;
                int kw = kn.w[0][0].length;
                int[] pv = pads(e.image()[0].length, kh);
                int[] ph = pads(e.image()[0][0].length, kw);
                for (int y = 0; y < d.length; y++) {
                    for (int x = 0; x < d[0].length; x++) {
                        double p = Math.exp((d[y][x] - max) / t) / sum;
                        double dd = (p - (y == ty && x == tx ? 1 : 0)) / t / n;
                        int ry = f[0] + y + kn.dy;
                        int rx = f[1] + x + kn.dx;
                        if (s.relu() && !(r[ry][rx] > 0)) {
                            continue;
                        }
                        double dr = kn.gain * dd;
                        gb[k] += dr;
                        for (int c = 0; c < kn.w.length; c++) {
                            for (int i = 0; i < kh; i++) {
                                for (int j = 0; j < kw; j++) {
                                    int iy = ry * s.stride() + i * s.dilation() - pv[0];
                                    int ix = rx * s.stride() + j * s.dilation() - ph[0];
                                    double v = dr * pixel(e.image(), c, iy, ix);
                                    if (s.flip()) {
                                        g[k][c][kh - 1 - i][kw - 1 - j] += v;
                                    } else {
                                        g[k][c][i][j] += v;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return total / n;
    }
}
