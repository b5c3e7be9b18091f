package org.convlab.viewmodel.params;

import org.convlab.conv.DenseEquivalent;
import org.convlab.conv.NumberText;

/**
 * Says in words what one entry of the small layer's dense matrix is: which output and input it
 * joins and which kernel weight (or a structural zero) it holds. Separate from {@link
 * MatrixViewModel} because the index arithmetic is a job of its own.
 *
 * <p>The sizes are boxed like the fields they come from: a field being edited may hold no number,
 * and they are only unboxed once the matrix and the entry are known to exist.
 *
 * @param m the matrix
 * @param h the input height
 * @param w the input width
 * @param kh the kernel height
 * @param kw the kernel width
 */
record MatrixEntryText(DenseEquivalent m, Integer h, Integer w, Integer kh, Integer kw) {
    /**
     * The name of weight {@code k} as the screen writes it, {@code w[c][i][j]} (with the filter
     * when there are several).
     */
    String weightName(int k) {
        int c = m.channels();
        int per = c * kh * kw;
        int n = k / per;
        int r = k % per;
        String name = "w[" + r / (kh * kw) + "][" + r % (kh * kw) / kw + "][" + r % kw + "]";
        return m.filters() > 1 ? "filter " + n + " " + name : name;
    }

    /** Describes entry (row, col), or "" outside the matrix. */
    String describe(int row, int col) {
        if (m == null || row < 0 || col < 0 || row >= m.rows() || col >= m.cols()) {
            return "";
        }
        int oh = m.geometry().outHeight();
        int ow = m.geometry().outWidth();
        int n = row / (oh * ow);
        int y = row % (oh * ow) / ow;
        int x = row % ow;
        int c = col / (h * w);
        int iy = col % (h * w) / w;
        int ix = col % w;
        String output =
                "output o=(" + y + "," + x + ")" + (m.filters() > 1 ? " of filter " + n : "");
        String input =
                "input i=(" + iy + "," + ix + ")" + (m.channels() > 1 ? " in channel " + c : "");
        String where = "Row " + row + ", column " + col + ": " + output + " × " + input;
        int k = m.weightIndex(row, col);
        if (k < 0) {
            return where
                    + " → 0, because this input is outside the "
                    + kh
                    + "×"
                    + kw
                    + " window of "
                    + output
                    + ".";
        }
        return where
                + " → weight "
                + weightName(k)
                + " = "
                + NumberText.exact(m.get(row, col))
                + ".";
    }
}
