package org.convlab.viewmodel.translation;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.convlab.conv.Filter;
import org.convlab.conv.Image;
import org.convlab.lessons.shift.InvarianceMeter;

/**
 * The lesson's invariance meter: shift the signal (or the 2D panel's image) by k = 0…K and follow
 * each stage's invariance and equivariance errors, with sentences built from the numbers. K, the
 * input and the border (ring or zero fill) are the user's; the signal and kernel follow the
 * lesson's.
 */
public final class InvarianceMeterModel {
    /** K when the lesson opens: every shift of the homework's 7 values. */
    public static final int START_SHIFT = 6;

    private final Image image;
    private final Filter filter;
    private double[] signal = {0};
    private double[] kernel = {1};

    InvarianceMeterModel(Image image, Filter filter) {
        this.image = image;
        this.filter = filter;
        input.addListener((o, a, b) -> update());
        zeroFill.addListener((o, a, b) -> update());
    }

    /** Takes the lesson's signal and kernel (already checked by the lesson) and measures again. */
    void setSignal(double[] newSignal, double[] newKernel) {
        signal = newSignal.clone();
        kernel = newKernel.clone();
        update();
    }

    private final ObjectProperty<MeterInput> input =
            new SimpleObjectProperty<>(this, "input", MeterInput.SIGNAL);

    public MeterInput getInput() {
        return input.get();
    }

    public void setInput(MeterInput value) {
        input.set(value);
    }

    public ObjectProperty<MeterInput> inputProperty() {
        return input;
    }

    private final BooleanProperty zeroFill = new SimpleBooleanProperty(this, "zeroFill", false);

    /** Zero fill and same padding instead of a ring, to show what the border adds. */
    public boolean isZeroFill() {
        return zeroFill.get();
    }

    public void setZeroFill(boolean value) {
        zeroFill.set(value);
    }

    public BooleanProperty zeroFillProperty() {
        return zeroFill;
    }

    private final ReadOnlyIntegerWrapper maxShift =
            new ReadOnlyIntegerWrapper(this, "maxShift", START_SHIFT);

    /** K: the meter shifts by 0…K. */
    public int getMaxShift() {
        return maxShift.get();
    }

    public ReadOnlyIntegerProperty maxShiftProperty() {
        return maxShift.getReadOnlyProperty();
    }

    /** Sets K; refuses (IllegalArgumentException) a K outside 1…{@link #getShiftLimit()}. */
    public void setMaxShift(int k) {
        if (k < 1 || k > shiftLimit.get()) {
            throw new IllegalArgumentException(
                    "K must be between 1 and " + shiftLimit.get() + ", got " + k);
        }
        maxShift.set(k);
        update();
    }

    private final ReadOnlyIntegerWrapper shiftLimit =
            new ReadOnlyIntegerWrapper(this, "shiftLimit", START_SHIFT);

    /** The largest K: the input's width − 1 (a full turn of the ring changes nothing). */
    public int getShiftLimit() {
        return shiftLimit.get();
    }

    public ReadOnlyIntegerProperty shiftLimitProperty() {
        return shiftLimit.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<InvarianceMeter> meter =
            new ReadOnlyObjectWrapper<>(this, "meter");

    /** The measured errors, or null when the input cannot be measured (see refusal). */
    public InvarianceMeter getMeter() {
        return meter.get();
    }

    public ReadOnlyObjectProperty<InvarianceMeter> meterProperty() {
        return meter.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");

    /** Why the meter cannot measure this input, or "". */
    public String getRefusal() {
        return refusal.get();
    }

    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper setup = new ReadOnlyStringWrapper(this, "setup", "");

    /** What is shifted, how far, and with which border. */
    public String getSetup() {
        return setup.get();
    }

    public ReadOnlyStringProperty setupProperty() {
        return setup.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<List<String>> sentences =
            new ReadOnlyObjectWrapper<>(this, "sentences", List.of());

    /** One sentence per stage, in stage order, from the numbers measured. */
    public List<String> getSentences() {
        return sentences.get();
    }

    public ReadOnlyObjectProperty<List<String>> sentencesProperty() {
        return sentences.getReadOnlyProperty();
    }

    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision", 0);

    /** Changes once per measurement, after every result above is set, so a view redraws once. */
    public int getRevision() {
        return revision.get();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    private void update() {
        boolean ofSignal = input.get() == MeterInput.SIGNAL;
        int limit = Math.max(1, (ofSignal ? signal.length : image.width()) - 1);
        shiftLimit.set(limit);
        // a shorter signal takes the larger K with it, as the lesson's shift does
        if (maxShift.get() > limit) {
            maxShift.set(limit);
        }
        int k = maxShift.get();
        boolean ring = !zeroFill.get();
        try {
            InvarianceMeter m =
                    ofSignal
                            ? InvarianceMeter.ofSignal(signal, kernel, k, ring)
                            : InvarianceMeter.ofImage(image, filter, k, ring);
            meter.set(m);
            refusal.set("");
            setup.set(MeterStory.setup(m, signal, kernel));
            sentences.set(MeterStory.sentences(m));
        } catch (IllegalArgumentException e) {
            meter.set(null);
            refusal.set("The meter cannot measure this input: " + e.getMessage() + ".");
            setup.set("");
            sentences.set(List.of());
        }
        revision.set(revision.get() + 1);
    }
}
