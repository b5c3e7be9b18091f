package org.convlab.lessons.detector;

import java.util.ArrayList;
import java.util.List;
import org.convlab.conv.Activation;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Correlation2D;
import org.convlab.conv.Filter;
import org.convlab.conv.Geometry;
import org.convlab.conv.Image;
import org.convlab.conv.MatchMode;

/**
 * The arithmetic behind one response cell, term by term, so the screen can write it out: {@code 1·1
 * + 0·(−1) + … + b = 3}. Terms are listed in {@code [c][i][j]} order and include the taps that fall
 * on the padding (input 0).
 *
 * @param mode the matching mode the result was computed in
 * @param terms one per kernel tap
 * @param bias the bias added (0 for NCC and SSD, which ignore it)
 * @param kernelMean the kernel mean subtracted in zero-mean and NCC mode (else 0)
 * @param result the cell's value before the activation
 * @param activated the cell's value after the activation
 */
public record CellArithmetic(
        MatchMode mode,
        List<Term> terms,
        double bias,
        double kernelMean,
        double result,
        double activated) {

    /**
     * One tap: input value x at (row, col) of channel c (0 in the padding), kernel weight w at (i,
     * j) as used (flipped when flip is on; before subtracting the mean).
     */
    public record Term(
            int channel,
            int i,
            int j,
            int row,
            int col,
            boolean inPadding,
            double input,
            double weight) {
        public double product() {
            return input * weight;
        }
    }

    public CellArithmetic {
        terms = List.copyOf(terms);
    }

    /** Explains output cell (y, x) of {@code filter} on {@code in}. */
    public static CellArithmetic explain(
            Image in, Filter filter, ConvSettings s, MatchMode mode, Activation act, int y, int x) {
        double result = Correlation2D.cell(in, filter, s, mode, y, x);
        Filter k = s.flip() ? filter.rotated180() : filter;
        Geometry g = Geometry.of(in.height(), in.width(), k.height(), k.width(), s);
        List<Term> terms = new ArrayList<>();
        for (int c = 0; c < k.channels(); c++) {
            for (int i = 0; i < k.height(); i++) {
                for (int j = 0; j < k.width(); j++) {
                    int row = g.inputRow(y, i);
                    int col = g.inputCol(x, j);
                    boolean pad = row < 0 || row >= in.height() || col < 0 || col >= in.width();
                    terms.add(
                            new Term(
                                    c,
                                    i,
                                    j,
                                    row,
                                    col,
                                    pad,
                                    in.getOrZero(c, row, col),
                                    k.get(c, i, j)));
                }
            }
        }
        double mean = (mode == MatchMode.ZERO_MEAN || mode == MatchMode.NCC) ? k.mean() : 0;
        double bias = mode.usesBias() ? k.bias() : 0;
        return new CellArithmetic(mode, terms, bias, mean, result, act.apply(result));
    }
}
