package org.convlab.viewmodel.params;

import java.util.List;
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
import org.convlab.conv.ConvSettings;
import org.convlab.conv.DenseEquivalent;
import org.convlab.conv.DenseVerification;
import org.convlab.conv.Filter;
import org.convlab.lessons.params.ParameterTally;

/**
 * A small conv layer written as the dense matrix of the fully connected layer that computes the
 * same thing: which weight each entry is, what the hovered entry means, a live check that the
 * matrix really reproduces the convolution, and the lesson in words with the live numbers.
 *
 * <p>Padding, stride, dilation and bias come from the main layer, so the matrix shows what they do.
 */
public final class MatrixViewModel extends LayerSizeFields {
    /** Above these the cells get too small to read on a projector, so larger layers are refused. */
    public static final int MAX_ROWS = 100;

    public static final int MAX_COLS = 144;

    MatrixViewModel() {
        super(
                new IntegerField("Matrix input height", 1, 24, 6),
                new IntegerField("Matrix input width", 1, 24, 6),
                new IntegerField("Matrix input channels", 1, 4, 1),
                new IntegerField("Matrix filters", 1, 4, 1),
                new IntegerField("Matrix kernel height", 1, 7, 3),
                new IntegerField("Matrix kernel width", 1, 7, 3));
        recomputeOnChange(this::rebuild, settings, bias);
        hoverRow.addListener(obs -> describeHover());
        hoverCol.addListener(obs -> describeHover());
        rebuild();
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
        return entryText().weightName(k);
    }

    /** Describes entry (row, col) of the current matrix. */
    public String describe(int row, int col) {
        return entryText().describe(row, col);
    }

    private MatrixEntryText entryText() {
        return new MatrixEntryText(
                matrix.get(),
                height().getValue(),
                width().getValue(),
                kernelHeight().getValue(),
                kernelWidth().getValue());
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
        String problem = LayerReader.firstError(fields());
        ConvSettings s = settings.get();
        if (problem.isEmpty() && s == null) {
            problem = "Fix the padding, stride or dilation above: the matrix uses them too.";
        }
        DenseEquivalent m = null;
        List<Filter> fs = List.of();
        if (problem.isEmpty()) {
            int h = height().getValue();
            int w = width().getValue();
            int c = channels().getValue();
            int n = filters().getValue();
            int kh = kernelHeight().getValue();
            int kw = kernelWidth().getValue();
            try {
                ParameterTally shape = ParameterTally.of(h, w, c, n, kh, kw, s, bias.get());
                long rows = (long) shape.outHeight() * shape.outWidth() * n;
                long cols = (long) h * w * c;
                if (rows > MAX_ROWS || cols > MAX_COLS) {
                    problem = MatrixTexts.tooLarge(h, w, c, n, kh, kw, rows, cols);
                } else {
                    fs = SeededFilters.of(n, kh, kw, c, bias.get());
                    m = DenseEquivalent.of(h, w, c, fs, s);
                    explanation.set(MatrixTexts.explanation(m, shape, kh, kw, bias.get()));
                }
            } catch (IllegalArgumentException e) {
                problem = LayerReader.capitalised(e.getMessage()) + ".";
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
            sizeText.set(MatrixTexts.size(m, height().getValue(), width().getValue()));
            verify();
        }
        describeHover();
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
                        height().getValue(),
                        width().getValue(),
                        channels().getValue(),
                        seed.get());
        verification.set(v);
        verifyText.set(MatrixTexts.verification(v));
    }
}
