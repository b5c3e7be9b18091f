package org.convlab.viewmodel.params;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.DenseEquivalent;
import org.convlab.conv.DenseVerification;
import org.convlab.conv.Filter;
import org.convlab.conv.NumberText;
import org.convlab.lessons.params.ParameterTally;
import org.convlab.lessons.params.RatioText;

/**
 * A small conv layer written as the dense matrix of the fully connected layer that computes the
 * same thing: which weight each entry is, what the hovered entry means, a live check that the
 * matrix really reproduces the convolution, and the lesson in words with the live numbers.
 *
 * <p>Padding, stride, dilation and bias come from the main layer, so the matrix shows what they do.
 */
public final class MatrixViewModel {
    /** Above these the cells get too small to read on a projector, so larger layers are refused. */
    public static final int MAX_ROWS = 100;

    public static final int MAX_COLS = 144;

    /**
     * The filter weights are fixed for a given shape so the picture does not change on every edit.
     */
    static final long WEIGHT_SEED = 2022;

    private final IntegerField height = new IntegerField("Matrix input height", 1, 24, 6);
    private final IntegerField width = new IntegerField("Matrix input width", 1, 24, 6);
    private final IntegerField channels = new IntegerField("Matrix input channels", 1, 4, 1);
    private final IntegerField filters = new IntegerField("Matrix filters", 1, 4, 1);
    private final IntegerField kernelHeight = new IntegerField("Matrix kernel height", 1, 7, 3);
    private final IntegerField kernelWidth = new IntegerField("Matrix kernel width", 1, 7, 3);

    MatrixViewModel() {
        ObservableValue<?>[] inputs = {
            height.revisionProperty(),
            width.revisionProperty(),
            channels.revisionProperty(),
            filters.revisionProperty(),
            kernelHeight.revisionProperty(),
            kernelWidth.revisionProperty(),
            settings,
            bias
        };
        for (ObservableValue<?> o : inputs) {
            o.addListener((obs, was, now) -> rebuild());
        }
        hoverRow.addListener(obs -> describeHover());
        hoverCol.addListener(obs -> describeHover());
        rebuild();
    }

    public IntegerField height() {
        return height;
    }

    public IntegerField width() {
        return width;
    }

    public IntegerField channels() {
        return channels;
    }

    public IntegerField filters() {
        return filters;
    }

    public IntegerField kernelHeight() {
        return kernelHeight;
    }

    public IntegerField kernelWidth() {
        return kernelWidth;
    }

    /** The size fields, in the order the screen shows them. */
    public List<IntegerField> fields() {
        return List.of(height, width, channels, filters, kernelHeight, kernelWidth);
    }

    private final ObjectProperty<ConvSettings> settings =
            new SimpleObjectProperty<>(this, "settings", ConvSettings.DEFAULT);

    /** Padding, stride and dilation shared with the main layer; null while those are invalid. */
    public ObjectProperty<ConvSettings> settingsProperty() {
        return settings;
    }

    private final BooleanProperty bias = new SimpleBooleanProperty(this, "bias", true);

    public BooleanProperty biasProperty() {
        return bias;
    }

    private final ReadOnlyObjectWrapper<DenseEquivalent> matrix =
            new ReadOnlyObjectWrapper<>(this, "matrix");

    /** The matrix, or null while the small layer is invalid or too large to draw. */
    public DenseEquivalent getMatrix() {
        return matrix.get();
    }

    public ReadOnlyObjectProperty<DenseEquivalent> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<List<Filter>> layerFilters =
            new ReadOnlyObjectWrapper<>(this, "filters", List.of());

    /** The small layer's filters, whose weights the matrix repeats. */
    public List<Filter> getFilters() {
        return layerFilters.get();
    }

    public ReadOnlyObjectProperty<List<Filter>> filtersProperty() {
        return layerFilters.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /** Why there is no matrix to draw, or "". */
    public String getError() {
        return error.get();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper sizeText = new ReadOnlyStringWrapper(this, "sizeText", "");

    /** {@code 16×36 matrix: 16 outputs × 36 inputs}. */
    public String getSizeText() {
        return sizeText.get();
    }

    public ReadOnlyStringProperty sizeTextProperty() {
        return sizeText.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper explanation =
            new ReadOnlyStringWrapper(this, "explanation", "");

    /** The lesson in two or three sentences, with the live numbers. */
    public String getExplanation() {
        return explanation.get();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    private final ReadOnlyLongWrapper seed = new ReadOnlyLongWrapper(this, "seed", 1);

    /** Seed of the random input the verification uses. */
    public long getSeed() {
        return seed.get();
    }

    public ReadOnlyLongProperty seedProperty() {
        return seed.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<DenseVerification> verification =
            new ReadOnlyObjectWrapper<>(this, "verification");

    public DenseVerification getVerification() {
        return verification.get();
    }

    public ReadOnlyObjectProperty<DenseVerification> verificationProperty() {
        return verification.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper verifyText =
            new ReadOnlyStringWrapper(this, "verifyText", "");

    /** The verification readout, {@code max |M·x + b − conv(x)| = 0 …}. */
    public String getVerifyText() {
        return verifyText.get();
    }

    public ReadOnlyStringProperty verifyTextProperty() {
        return verifyText.getReadOnlyProperty();
    }

    private final IntegerProperty hoverRow = new SimpleIntegerProperty(this, "hoverRow", -1);

    /** The matrix row under the pointer (or keyboard cursor), −1 for none. */
    public IntegerProperty hoverRowProperty() {
        return hoverRow;
    }

    private final IntegerProperty hoverCol = new SimpleIntegerProperty(this, "hoverCol", -1);

    public IntegerProperty hoverColProperty() {
        return hoverCol;
    }

    /** Points at entry (row, col), or at nothing with −1. */
    public void hover(int row, int col) {
        hoverRow.set(row);
        hoverCol.set(col);
    }

    private final ReadOnlyStringWrapper hoverText =
            new ReadOnlyStringWrapper(this, "hoverText", "");

    /** What the hovered entry is, in words; "" when nothing is hovered. */
    public String getHoverText() {
        return hoverText.get();
    }

    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    private final ReadOnlyIntegerWrapper hoverWeight =
            new ReadOnlyIntegerWrapper(this, "hoverWeight", -1);

    /**
     * Index of the hovered entry's kernel weight, −1 for a zero or no hover; the legend highlights
     * it.
     */
    public int getHoverWeight() {
        return hoverWeight.get();
    }

    public ReadOnlyIntegerProperty hoverWeightProperty() {
        return hoverWeight.getReadOnlyProperty();
    }

    /** Draws a new random input for the verification. */
    public void newRandomInput() {
        seed.set(seed.get() + 1);
        verify();
    }

    /**
     * The name of weight {@code k} as the screen writes it, {@code w[c][i][j]} (with the filter
     * when there are several).
     */
    public String weightName(int k) {
        DenseEquivalent m = matrix.get();
        int kh = kernelHeight.getValue();
        int kw = kernelWidth.getValue();
        int c = m.channels();
        int per = c * kh * kw;
        int n = k / per;
        int r = k % per;
        String name = "w[" + r / (kh * kw) + "][" + r % (kh * kw) / kw + "][" + r % kw + "]";
        return m.filters() > 1 ? "filter " + n + " " + name : name;
    }

    /** Describes entry (row, col) of the current matrix. */
    public String describe(int row, int col) {
        DenseEquivalent m = matrix.get();
        if (m == null || row < 0 || col < 0 || row >= m.rows() || col >= m.cols()) {
            return "";
        }
        int oh = m.geometry().outHeight();
        int ow = m.geometry().outWidth();
        int h = height.getValue();
        int w = width.getValue();
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
                    + kernelHeight.getValue()
                    + "×"
                    + kernelWidth.getValue()
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

    private void describeHover() {
        DenseEquivalent m = matrix.get();
        int r = hoverRow.get();
        int c = hoverCol.get();
        boolean inside = m != null && r >= 0 && c >= 0 && r < m.rows() && c < m.cols();
        hoverText.set(inside ? describe(r, c) : "");
        hoverWeight.set(inside ? m.weightIndex(r, c) : -1);
    }

    private void rebuild() {
        String problem = "";
        for (IntegerField f : fields()) {
            if (!f.isValid() && problem.isEmpty()) {
                problem = f.getError();
            }
        }
        ConvSettings s = settings.get();
        if (problem.isEmpty() && s == null) {
            problem = "Fix the padding, stride or dilation above: the matrix uses them too.";
        }
        DenseEquivalent m = null;
        List<Filter> fs = List.of();
        if (problem.isEmpty()) {
            int h = height.getValue();
            int w = width.getValue();
            int c = channels.getValue();
            int n = filters.getValue();
            try {
                ParameterTally shape =
                        ParameterTally.of(
                                h,
                                w,
                                c,
                                n,
                                kernelHeight.getValue(),
                                kernelWidth.getValue(),
                                s,
                                bias.get());
                long rows = (long) shape.outHeight() * shape.outWidth() * n;
                long cols = (long) h * w * c;
                if (rows > MAX_ROWS || cols > MAX_COLS) {
                    problem =
                            "A "
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
                                    + kernelHeight.getValue()
                                    + "×"
                                    + kernelWidth.getValue()
                                    + " gives a "
                                    + rows
                                    + "×"
                                    + cols
                                    + " matrix; ConvLab draws at most "
                                    + MAX_ROWS
                                    + " rows and "
                                    + MAX_COLS
                                    + " columns legibly. Choose a smaller input, kernel or fewer filters.";
                } else {
                    fs = filters(n, kernelHeight.getValue(), kernelWidth.getValue(), c, bias.get());
                    m = DenseEquivalent.of(h, w, c, fs, s);
                    explain(m, shape);
                }
            } catch (IllegalArgumentException e) {
                problem =
                        Character.toUpperCase(e.getMessage().charAt(0))
                                + e.getMessage().substring(1)
                                + ".";
            }
        }
        error.set(problem);
        layerFilters.set(fs);
        matrix.set(m);
        if (m == null) {
            sizeText.set("");
            explanation.set("");
            verification.set(null);
            verifyText.set("");
        } else {
            sizeText.set(
                    m.rows()
                            + "×"
                            + m.cols()
                            + " matrix: one row per output ("
                            + m.geometry().outHeight()
                            + "×"
                            + m.geometry().outWidth()
                            + "×"
                            + m.filters()
                            + "), one column per input ("
                            + height.getValue()
                            + "×"
                            + width.getValue()
                            + "×"
                            + m.channels()
                            + ")");
            verify();
        }
        describeHover();
    }

    private void explain(DenseEquivalent m, ParameterTally t) {
        long entries = (long) m.rows() * m.cols();
        long nonZero = m.entryCount();
        long zeros = entries - nonZero;
        long distinct = t.denseDistinct().longValueExact();
        String convLearns =
                distinct
                        + " weights"
                        + (bias.get()
                                ? " and " + m.filters() + " bias" + (m.filters() == 1 ? "" : "es")
                                : "");
        String denseLearns =
                NumberText.grouped(entries)
                        + " weights"
                        + (bias.get() ? " and " + m.rows() + " biases" : "");
        explanation.set(
                "This "
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
                        + kernelHeight.getValue()
                        + "×"
                        + kernelWidth.getValue()
                        + " window. Its "
                        + NumberText.grouped(nonZero)
                        + " non-zeros are the same "
                        + distinct
                        + " weights repeated row after row: every colour comes back in every row. "
                        + "A conv layer is this matrix with the sparsity and the sharing built in, so it learns "
                        + convLearns
                        + " where the fully connected layer learns "
                        + denseLearns
                        + ".");
    }

    private void verify() {
        DenseEquivalent m = matrix.get();
        if (m == null) {
            return;
        }
        DenseVerification v =
                DenseVerification.run(
                        m,
                        layerFilters.get(),
                        settings.get(),
                        height.getValue(),
                        width.getValue(),
                        channels.getValue(),
                        seed.get());
        verification.set(v);
        String d = NumberText.exact(v.maxDifference());
        String note =
                v.maxDifference() == 0
                        ? ": the matrix and the convolution agree exactly."
                        : v.maxDifference() < 1e-9
                                ? ": the same sums added in another order differ only in the last bits."
                                : ": the matrix does NOT reproduce the convolution.";
        verifyText.set(
                "Largest |M·x + b − conv(x)| over the "
                        + v.outputs()
                        + " outputs, random input (seed "
                        + v.seed()
                        + "): "
                        + d
                        + note);
    }

    /** Seeded weights in ±0.1 … ±0.9 (never 0, so every entry of the pattern is visible). */
    static List<Filter> filters(int n, int kh, int kw, int c, boolean withBias) {
        SplittableRandom random = new SplittableRandom(WEIGHT_SEED);
        List<Filter> fs = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            double[] w = new double[kh * kw * c];
            for (int i = 0; i < w.length; i++) {
                w[i] = tenths(random);
            }
            fs.add(Filter.of(kh, kw, c, w, withBias ? tenths(random) : 0));
        }
        return fs;
    }

    private static double tenths(SplittableRandom random) {
        int v = random.nextInt(1, 10);
        return (random.nextBoolean() ? v : -v) / 10.0;
    }
}
