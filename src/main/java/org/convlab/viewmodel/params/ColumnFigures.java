package org.convlab.viewmodel.params;

import java.math.BigInteger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.convlab.conv.NumberText;
import org.convlab.lessons.params.ParameterTally;
import org.convlab.lessons.params.RatioText;

/**
 * The figures of one column of the comparison (conv, locally connected or fully connected), as
 * exact numbers and as the text the screen shows, each with the arithmetic behind it.
 */
public final class ColumnFigures {
    /** Shown in place of a figure while the layer's inputs are invalid. */
    public static final String NONE = "—";

    private final String title;

    ColumnFigures(String title) {
        this.title = title;
    }

    /** The column's heading, e.g. "Conv layer". */
    public String getTitle() {
        return title;
    }

    private final ReadOnlyObjectWrapper<BigInteger> weights =
            new ReadOnlyObjectWrapper<>(this, "weights");

    public BigInteger getWeights() {
        return weights.get();
    }

    public ReadOnlyObjectProperty<BigInteger> weightsProperty() {
        return weights.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<BigInteger> biases =
            new ReadOnlyObjectWrapper<>(this, "biases");

    public BigInteger getBiases() {
        return biases.get();
    }

    public ReadOnlyObjectProperty<BigInteger> biasesProperty() {
        return biases.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<BigInteger> total =
            new ReadOnlyObjectWrapper<>(this, "total");

    public BigInteger getTotal() {
        return total.get();
    }

    public ReadOnlyObjectProperty<BigInteger> totalProperty() {
        return total.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper weightsText =
            new ReadOnlyStringWrapper(this, "weightsText", NONE);

    public String getWeightsText() {
        return weightsText.get();
    }

    public ReadOnlyStringProperty weightsTextProperty() {
        return weightsText.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper biasesText =
            new ReadOnlyStringWrapper(this, "biasesText", NONE);

    public String getBiasesText() {
        return biasesText.get();
    }

    public ReadOnlyStringProperty biasesTextProperty() {
        return biasesText.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper totalText =
            new ReadOnlyStringWrapper(this, "totalText", NONE);

    public String getTotalText() {
        return totalText.get();
    }

    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper scientificText =
            new ReadOnlyStringWrapper(this, "scientificText", NONE);

    /** The total in scientific notation, {@code 6.09 × 10¹¹}. */
    public String getScientificText() {
        return scientificText.get();
    }

    public ReadOnlyStringProperty scientificTextProperty() {
        return scientificText.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper memoryText =
            new ReadOnlyStringWrapper(this, "memoryText", NONE);

    /** The total stored as float32, {@code 2.44 TB}. */
    public String getMemoryText() {
        return memoryText.get();
    }

    public ReadOnlyStringProperty memoryTextProperty() {
        return memoryText.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper ratioText =
            new ReadOnlyStringWrapper(this, "ratioText", NONE);

    /** The total as a multiple of the conv layer's, {@code 258,064×}. */
    public String getRatioText() {
        return ratioText.get();
    }

    public ReadOnlyStringProperty ratioTextProperty() {
        return ratioText.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper weightsWorking =
            new ReadOnlyStringWrapper(this, "weightsWorking", "");

    public String getWeightsWorking() {
        return weightsWorking.get();
    }

    public ReadOnlyStringProperty weightsWorkingProperty() {
        return weightsWorking.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper biasesWorking =
            new ReadOnlyStringWrapper(this, "biasesWorking", "");

    public String getBiasesWorking() {
        return biasesWorking.get();
    }

    public ReadOnlyStringProperty biasesWorkingProperty() {
        return biasesWorking.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper totalWorking =
            new ReadOnlyStringWrapper(this, "totalWorking", "");

    public String getTotalWorking() {
        return totalWorking.get();
    }

    public ReadOnlyStringProperty totalWorkingProperty() {
        return totalWorking.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper memoryWorking =
            new ReadOnlyStringWrapper(this, "memoryWorking", "");

    public String getMemoryWorking() {
        return memoryWorking.get();
    }

    public ReadOnlyStringProperty memoryWorkingProperty() {
        return memoryWorking.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper ratioWorking =
            new ReadOnlyStringWrapper(this, "ratioWorking", "");

    public String getRatioWorking() {
        return ratioWorking.get();
    }

    public ReadOnlyStringProperty ratioWorkingProperty() {
        return ratioWorking.getReadOnlyProperty();
    }

    void show(
            BigInteger w,
            BigInteger b,
            BigInteger convTotal,
            String wWorking,
            String bWorking,
            String tWorking,
            String memWorking,
            String rWorking) {
        BigInteger t = w.add(b);
        weights.set(w);
        biases.set(b);
        total.set(t);
        weightsText.set(NumberText.grouped(w));
        biasesText.set(NumberText.grouped(b));
        totalText.set(NumberText.grouped(t));
        scientificText.set(NumberText.scientific(t));
        memoryText.set(NumberText.bytes(t.multiply(ParameterTally.FLOAT32_BYTES)));
        ratioText.set(RatioText.ratio(t, convTotal) + "×");
        weightsWorking.set(wWorking);
        biasesWorking.set(bWorking);
        totalWorking.set(tWorking);
        memoryWorking.set(memWorking);
        ratioWorking.set(rWorking);
    }

    void clear() {
        weights.set(null);
        biases.set(null);
        total.set(null);
        for (ReadOnlyStringWrapper s :
                new ReadOnlyStringWrapper[] {
                    weightsText, biasesText, totalText, scientificText, memoryText, ratioText
                }) {
            s.set(NONE);
        }
        for (ReadOnlyStringWrapper s :
                new ReadOnlyStringWrapper[] {
                    weightsWorking, biasesWorking, totalWorking, memoryWorking, ratioWorking
                }) {
            s.set("");
        }
    }
}
