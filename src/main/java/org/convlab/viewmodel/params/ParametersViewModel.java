package org.convlab.viewmodel.params;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.NumberText;
import org.convlab.conv.Padding;
import org.convlab.lessons.params.AnswerCheck;
import org.convlab.lessons.params.ParameterArithmetic;
import org.convlab.lessons.params.ParameterTally;

/**
 * State and commands of the "Conv vs fully connected" lesson: the layer the user describes, its
 * parameter counts next to those of a locally connected and a fully connected layer doing the same
 * job, the arithmetic behind each, a checker for a learner's answer and the small layer drawn as a
 * dense matrix ({@link #matrix()}).
 */
public final class ParametersViewModel extends LayerSizeFields {
    /** The homework layer: 512×512×3 input, three 5×5×3 filters, valid padding, with biases. */
    public static final String HOMEWORK = "Homework: 512×512×3, three 5×5×3";

    private final IntegerField paddingAmount = new IntegerField("Padding P", 0, 10_000, 1);
    private final IntegerField stride = new IntegerField("Stride", 1, 1_000, 1);
    private final IntegerField dilation = new IntegerField("Dilation", 1, 1_000, 1);

    private final ColumnFigures conv = new ColumnFigures("Conv layer");
    private final ColumnFigures local = new ColumnFigures("Locally connected (no sharing)");
    private final ColumnFigures dense = new ColumnFigures("Fully connected (dense)");

    private final MatrixViewModel matrix = new MatrixViewModel();

    public ParametersViewModel() {
        super(
                new IntegerField("Input height H", 1, 100_000, 512),
                new IntegerField("Input width W", 1, 100_000, 512),
                new IntegerField("Input channels C", 1, 10_000, 3),
                new IntegerField("Filters N", 1, 10_000, 3),
                new IntegerField("Kernel height KH", 1, 1_000, 5),
                new IntegerField("Kernel width KW", 1, 1_000, 5));
        recomputeOnChange(
                this::recompute,
                paddingAmount.revisionProperty(),
                stride.revisionProperty(),
                dilation.revisionProperty(),
                paddingKind,
                bias);
        answer.text.addListener(obs -> checkAnswer());
        matrix.settingsProperty().bind(settings.getReadOnlyProperty());
        matrix.biasProperty().bind(bias);
        recompute();
    }

    /**
     * The explicit padding P, used when {@link #paddingKindProperty()} is {@link
     * Padding.Kind#EXPLICIT}.
     */
    public IntegerField paddingAmount() {
        return paddingAmount;
    }

    public IntegerField stride() {
        return stride;
    }

    public IntegerField dilation() {
        return dilation;
    }

    /** Every input field, in the order the screen shows them: the sizes, then the settings. */
    @Override
    public List<IntegerField> fields() {
        List<IntegerField> all = new ArrayList<>(super.fields());
        all.addAll(List.of(paddingAmount, stride, dilation));
        return List.copyOf(all);
    }

    public ColumnFigures conv() {
        return conv;
    }

    public ColumnFigures local() {
        return local;
    }

    public ColumnFigures dense() {
        return dense;
    }

    /** The small layer drawn as its dense matrix. */
    public MatrixViewModel matrix() {
        return matrix;
    }

    private final ObjectProperty<Padding.Kind> paddingKind =
            new SimpleObjectProperty<>(this, "paddingKind", Padding.Kind.VALID);

    public Padding.Kind getPaddingKind() {
        return paddingKind.get();
    }

    public void setPaddingKind(Padding.Kind value) {
        paddingKind.set(value);
    }

    public ObjectProperty<Padding.Kind> paddingKindProperty() {
        return paddingKind;
    }

    private final BooleanProperty bias = new SimpleBooleanProperty(this, "bias", true);

    public boolean isBias() {
        return bias.get();
    }

    public void setBias(boolean value) {
        bias.set(value);
    }

    /** Whether each filter (and each output of the other layers) has a bias. */
    public BooleanProperty biasProperty() {
        return bias;
    }

    private final ReadOnlyObjectWrapper<ConvSettings> settings =
            new ReadOnlyObjectWrapper<>(this, "settings");

    /** Padding, stride and dilation, or null while one of them is invalid. */
    public ConvSettings getSettings() {
        return settings.get();
    }

    public ReadOnlyObjectProperty<ConvSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<ParameterTally> tally =
            new ReadOnlyObjectWrapper<>(this, "tally");

    /** The exact counts, or null while the inputs are invalid. */
    public ParameterTally getTally() {
        return tally.get();
    }

    public ReadOnlyObjectProperty<ParameterTally> tallyProperty() {
        return tally.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /** What is wrong with the inputs, in words; "" when the layer is valid. */
    public String getError() {
        return error.get();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper outputShapeText =
            new ReadOnlyStringWrapper(this, "outputShapeText", ColumnFigures.NONE);

    /** {@code 508×508×3}. */
    public String getOutputShapeText() {
        return outputShapeText.get();
    }

    public ReadOnlyStringProperty outputShapeTextProperty() {
        return outputShapeText.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper outputHeightWorking =
            new ReadOnlyStringWrapper(this, "outputHeightWorking", "");

    /** The output-size formula for H′ with the current numbers. */
    public String getOutputHeightWorking() {
        return outputHeightWorking.get();
    }

    public ReadOnlyStringProperty outputHeightWorkingProperty() {
        return outputHeightWorking.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper outputWidthWorking =
            new ReadOnlyStringWrapper(this, "outputWidthWorking", "");

    public String getOutputWidthWorking() {
        return outputWidthWorking.get();
    }

    public ReadOnlyStringProperty outputWidthWorkingProperty() {
        return outputWidthWorking.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper outputShapeWorking =
            new ReadOnlyStringWrapper(this, "outputShapeWorking", "");

    public String getOutputShapeWorking() {
        return outputShapeWorking.get();
    }

    public ReadOnlyStringProperty outputShapeWorkingProperty() {
        return outputShapeWorking.getReadOnlyProperty();
    }

    private final SparsityFigures sparsity = new SparsityFigures(this);

    /** Non-zero entries of the fully connected matrix that reproduces the conv layer. */
    public BigInteger getNonZero() {
        return sparsity.nonZero.get();
    }

    public ReadOnlyObjectProperty<BigInteger> nonZeroProperty() {
        return sparsity.nonZero.getReadOnlyProperty();
    }

    public String getNonZeroText() {
        return sparsity.nonZeroText.get();
    }

    public ReadOnlyStringProperty nonZeroTextProperty() {
        return sparsity.nonZeroText.getReadOnlyProperty();
    }

    public String getNonZeroWorking() {
        return sparsity.nonZeroWorking.get();
    }

    public ReadOnlyStringProperty nonZeroWorkingProperty() {
        return sparsity.nonZeroWorking.getReadOnlyProperty();
    }

    /** Distinct weights among those non-zeros: the conv layer's own weights. */
    public BigInteger getDistinct() {
        return sparsity.distinct.get();
    }

    public ReadOnlyObjectProperty<BigInteger> distinctProperty() {
        return sparsity.distinct.getReadOnlyProperty();
    }

    public String getDistinctText() {
        return sparsity.distinctText.get();
    }

    public ReadOnlyStringProperty distinctTextProperty() {
        return sparsity.distinctText.getReadOnlyProperty();
    }

    public String getDistinctWorking() {
        return sparsity.distinctWorking.get();
    }

    public ReadOnlyStringProperty distinctWorkingProperty() {
        return sparsity.distinctWorking.getReadOnlyProperty();
    }

    /** The share of the fully connected matrix that is zero, {@code ≈ 99.9905%}. */
    public String getZerosText() {
        return sparsity.zerosText.get();
    }

    public ReadOnlyStringProperty zerosTextProperty() {
        return sparsity.zerosText.getReadOnlyProperty();
    }

    public String getZerosWorking() {
        return sparsity.zerosWorking.get();
    }

    public ReadOnlyStringProperty zerosWorkingProperty() {
        return sparsity.zerosWorking.getReadOnlyProperty();
    }

    private final AnswerChecker answer = new AnswerChecker(this);

    public String getAnswerText() {
        return answer.text.get();
    }

    public void setAnswerText(String value) {
        answer.text.set(value);
    }

    /** The number a learner typed into "Check an answer". */
    public StringProperty answerTextProperty() {
        return answer.text;
    }

    public AnswerCheck.Verdict getAnswerVerdict() {
        return answer.verdict.get();
    }

    public ReadOnlyObjectProperty<AnswerCheck.Verdict> answerVerdictProperty() {
        return answer.verdict.getReadOnlyProperty();
    }

    /** What the checker says about the typed answer. */
    public String getAnswerMessage() {
        return answer.message.get();
    }

    public ReadOnlyStringProperty answerMessageProperty() {
        return answer.message.getReadOnlyProperty();
    }

    /** For a wrong answer, one line per figure saying how far off it is. */
    public String getAnswerDistances() {
        return answer.distances.get();
    }

    public ReadOnlyStringProperty answerDistancesProperty() {
        return answer.distances.getReadOnlyProperty();
    }

    /** Sets every control to the homework's layer. */
    public void applyHomeworkPreset() {
        height().setText("512");
        width().setText("512");
        channels().setText("3");
        filters().setText("3");
        kernelHeight().setText("5");
        kernelWidth().setText("5");
        paddingKind.set(Padding.Kind.VALID);
        stride.setText("1");
        dilation.setText("1");
        bias.set(true);
    }

    private void recompute() {
        LayerReader.Reading reading = LayerReader.read(this);
        settings.set(reading.settings());
        error.set(reading.problem());
        tally.set(reading.tally());
        if (reading.tally() == null) {
            clear();
        } else {
            show(reading.tally());
        }
        checkAnswer();
    }

    private void show(ParameterTally t) {
        ParameterArithmetic a = ParameterArithmetic.of(t);
        BigInteger convTotal = t.convTotal();
        conv.show(
                t.convWeights(),
                t.convBiases(),
                convTotal,
                a.convWeights(),
                a.convBiases(),
                a.convTotal(),
                a.convMemory(),
                NumberText.grouped(convTotal) + " ÷ " + NumberText.grouped(convTotal) + " = 1");
        local.show(
                t.localWeights(),
                t.localBiases(),
                convTotal,
                a.localWeights(),
                a.localBiases(),
                a.localTotal(),
                a.localMemory(),
                a.localRatio());
        dense.show(
                t.denseWeights(),
                t.denseBiases(),
                convTotal,
                a.denseWeights(),
                a.denseBiases(),
                a.denseTotal(),
                a.denseMemory(),
                a.denseRatio());
        outputShapeText.set(t.outHeight() + "×" + t.outWidth() + "×" + t.filters());
        outputHeightWorking.set(a.outHeight());
        outputWidthWorking.set(a.outWidth());
        outputShapeWorking.set(a.outShape());
        sparsity.show(t, a);
    }

    private void clear() {
        conv.clear();
        local.clear();
        dense.clear();
        outputShapeText.set(ColumnFigures.NONE);
        outputHeightWorking.set("");
        outputWidthWorking.set("");
        outputShapeWorking.set("");
        sparsity.clear();
    }

    private void checkAnswer() {
        answer.check(tally.get(), error.get());
    }
}
