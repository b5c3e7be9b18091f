package org.convlab.viewmodel.params;

import java.math.BigInteger;
import org.convlab.conv.DenseEquivalent;
import org.convlab.conv.DenseVerification;
import org.convlab.conv.NumberText;
import org.convlab.lessons.params.ParameterTally;
import org.convlab.lessons.params.RatioText;

/**
 * The sentences {@link MatrixViewModel} shows around the dense matrix, built from the live numbers:
 * its size, the lesson it teaches, why a layer is too large to draw, and the verification result.
 * Kept apart so the view model holds state and this class holds wording.
 */
final class MatrixTexts {
    private MatrixTexts() {}

    /** Why a layer whose matrix has {@code rows}×{@code cols} entries is not drawn. */
    static String tooLarge(int h, int w, int c, int n, int kh, int kw, long rows, long cols) {
        return "A "
                + h
                + "×"
                + w
                + "×"
                + c
                + " input with "
                + n
                + " filter"
                + (n == 1 ? "" : "s")
                + " of "
                + kh
                + "×"
                + kw
                + " gives a "
                + rows
                + "×"
                + cols
                + " matrix; ConvLab draws at most "
                + MatrixViewModel.MAX_ROWS
                + " rows and "
                + MatrixViewModel.MAX_COLS
                + " columns legibly. Choose a smaller input, kernel or fewer filters.";
    }

    /** {@code 16×36 matrix: one row per output (4×4×1), one column per input (6×6×1)}. */
    static String size(DenseEquivalent m, int h, int w) {
        return m.rows()
                + "×"
                + m.cols()
                + " matrix: one row per output ("
                + m.geometry().outHeight()
                + "×"
                + m.geometry().outWidth()
                + "×"
                + m.filters()
                + "), one column per input ("
                + h
                + "×"
                + w
                + "×"
                + m.channels()
                + ")";
    }

    /**
     * The lesson in two or three sentences: how sparse the matrix is and how its weights repeat.
     */
    static String explanation(DenseEquivalent m, ParameterTally t, int kh, int kw, boolean bias) {
        long entries = (long) m.rows() * m.cols();
        long nonZero = m.entryCount();
        long zeros = entries - nonZero;
        long distinct = t.denseDistinct().longValueExact();
        String convLearns =
                distinct
                        + " weights"
                        + (bias
                                ? " and " + m.filters() + " bias" + (m.filters() == 1 ? "" : "es")
                                : "");
        String denseLearns =
                NumberText.grouped(entries)
                        + " weights"
                        + (bias ? " and " + m.rows() + " biases" : "");
        return "This "
                + m.rows()
                + "×"
                + m.cols()
                + " matrix is a fully connected layer that computes exactly what the "
                + "conv layer computes, yet "
                + NumberText.grouped(zeros)
                + " of its "
                + NumberText.grouped(entries)
                + " entries ("
                + RatioText.percent(BigInteger.valueOf(zeros), BigInteger.valueOf(entries))
                + ") are zero: each output sees only its "
                + kh
                + "×"
                + kw
                + " window. Its "
                + NumberText.grouped(nonZero)
                + " non-zeros are the same "
                + distinct
                + " weights repeated row after row: every colour comes back in every row. "
                + "A conv layer is this matrix with the sparsity and the sharing built in, so it learns "
                + convLearns
                + " where the fully connected layer learns "
                + denseLearns
                + ".";
    }

    /** The verification readout, {@code Largest |M·x + b − conv(x)| … = 0: …agree exactly}. */
    static String verification(DenseVerification v) {
        String d = NumberText.exact(v.maxDifference());
        String note =
                v.maxDifference() == 0
                        ? ": the matrix and the convolution agree exactly."
                        : v.maxDifference() < 1e-9
                                ? ": the same sums added in another order differ only in the last bits."
                                : ": the matrix does NOT reproduce the convolution.";
        return "Largest |M·x + b − conv(x)| over the "
                + v.outputs()
                + " outputs, random input (seed "
                + v.seed()
                + "): "
                + d
                + note;
    }
}
