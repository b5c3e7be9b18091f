package org.convlab.cli;

/**
 * Grouped convolution written out with plain loops on plain arrays, sharing nothing with the core:
 * filter n of N reads channels [group·C/g, (group + 1)·C/g) with group = n / (N/g); zero padding p
 * on every side, stride s, dilation d, raw matching, no activation. The command line is checked
 * against it on random layers.
 */
final class GroupedReference {
    private GroupedReference() {}

    /** One layer: input [C][H][W], weights [N][C/g][KH][KW], biases [N]. */
    record Layer(
            double[][][] input,
            double[][][][] weights,
            double[] biases,
            int groups,
            int padding,
            int stride,
            int dilation) {
        int channels() {
            return input.length;
        }

        int height() {
            return input[0].length;
        }

        int width() {
            return input[0][0].length;
        }

        int filters() {
            return weights.length;
        }

        int kernelHeight() {
            return weights[0][0].length;
        }

        int kernelWidth() {
            return weights[0][0][0].length;
        }

        int outHeight() {
            return (height() + 2 * padding - dilation * (kernelHeight() - 1) - 1) / stride + 1;
        }

        int outWidth() {
            return (width() + 2 * padding - dilation * (kernelWidth() - 1) - 1) / stride + 1;
        }

        int firstChannel(int n) {
            int depth = channels() / groups;
            return n / (filters() / groups) * depth;
        }
    }

    /** One kernel tap of filter n at an output cell that lands inside the input. */
    @FunctionalInterface
    interface Tap {
        void at(int c, int i, int j, int row, int col);
    }

    /** Visits filter n's taps at output (y, x) that land inside the input, channel by channel. */
    static void taps(Layer l, int n, int y, int x, Tap tap) {
        int depth = l.channels() / l.groups();
        for (int c = 0; c < depth; c++) {
            for (int i = 0; i < l.kernelHeight(); i++) {
                for (int j = 0; j < l.kernelWidth(); j++) {
                    int row = y * l.stride() + i * l.dilation() - l.padding();
                    int col = x * l.stride() + j * l.dilation() - l.padding();
                    if (row >= 0 && row < l.height() && col >= 0 && col < l.width()) {
                        tap.at(c, i, j, row, col);
                    }
                }
            }
        }
    }

    /** Filter n's response map [H'][W']. */
    static double[][] response(Layer l, int n) {
        double[][] out = new double[l.outHeight()][l.outWidth()];
        for (int y = 0; y < l.outHeight(); y++) {
            for (int x = 0; x < l.outWidth(); x++) {
                double[] sum = {0};
                taps(
                        l,
                        n,
                        y,
                        x,
                        (c, i, j, row, col) ->
                                sum[0] +=
                                        l.input()[l.firstChannel(n) + c][row][col]
                                                * l.weights()[n][c][i][j]);
                out[y][x] = sum[0] + l.biases()[n];
            }
        }
        return out;
    }

    /** Taps of every filter at every output cell that land inside the input: M's non-zeros. */
    static long structuralNonZeros(Layer l) {
        long[] count = {0};
        for (int n = 0; n < l.filters(); n++) {
            for (int y = 0; y < l.outHeight(); y++) {
                for (int x = 0; x < l.outWidth(); x++) {
                    taps(l, n, y, x, (c, i, j, row, col) -> count[0]++);
                }
            }
        }
        return count[0];
    }

    /** Every weight of every filter, counted one by one. */
    static long convWeights(Layer l) {
        long count = 0;
        for (double[][][] filter : l.weights()) {
            for (double[][] slice : filter) {
                for (double[] row : slice) {
                    count += row.length;
                }
            }
        }
        return count;
    }
}
