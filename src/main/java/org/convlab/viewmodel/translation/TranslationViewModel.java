package org.convlab.viewmodel.translation;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.convlab.conv.Argmax;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Padding;
import org.convlab.lessons.shift.EquivarianceCheck;

/**
 * State and commands of the Translation lesson: an editable signal and kernel, a translation (or
 * the homework's block move), and everything the screen plots, computed live from the core. All
 * results are read-only properties, so tests check them without a window. The input rules live in
 * {@link TranslationInputs} and {@link BlockMove}, the computed results in {@link
 * TranslationResults}; this class ties them together and decides when to recompute.
 */
public final class TranslationViewModel {
    /** Longest signal the charts show legibly. */
    public static final int MAX_SIGNAL = 24;

    /** True while several inputs change together, so the results are computed once at the end. */
    private boolean updating;

    private final TranslationInputs inputs = new TranslationInputs(this, this::setData);
    private final ShiftRange range = new ShiftRange(this);
    private final BlockMove block = new BlockMove(this);
    private final TranslationResults results = new TranslationResults(this);

    public TranslationViewModel() {
        mode.addListener((o, a, b) -> update());
        circular.addListener((o, a, b) -> update());
        padding.addListener((o, a, b) -> update());
        matchMode.addListener((o, a, b) -> update());
        range.shift.addListener((o, a, b) -> update());
        block.start.addListener((o, a, b) -> update());
        block.length.addListener((o, a, b) -> update());
        block.target.addListener((o, a, b) -> update());
        applyPreset(Preset.HOMEWORK);
    }

    // ---- inputs -------------------------------------------------------------------------------

    /** The signal as edited (a copy). */
    public double[] getSignal() {
        return inputs.signal.get().clone();
    }

    public ReadOnlyObjectProperty<double[]> signalProperty() {
        return inputs.signal.getReadOnlyProperty();
    }

    public double[] getKernel() {
        return inputs.kernel.get().clone();
    }

    public ReadOnlyObjectProperty<double[]> kernelProperty() {
        return inputs.kernel.getReadOnlyProperty();
    }

    /** The signal as the user would type it. */
    public String getSignalText() {
        return inputs.signalText.get();
    }

    public ReadOnlyStringProperty signalTextProperty() {
        return inputs.signalText.getReadOnlyProperty();
    }

    public String getKernelText() {
        return inputs.kernelText.get();
    }

    public ReadOnlyStringProperty kernelTextProperty() {
        return inputs.kernelText.getReadOnlyProperty();
    }

    /** Why the last edit was refused, or "" after a good one. */
    public String getInputError() {
        return inputs.inputError.get();
    }

    public ReadOnlyStringProperty inputErrorProperty() {
        return inputs.inputError.getReadOnlyProperty();
    }

    /**
     * Sets signal and kernel together; refuses (IllegalArgumentException) what the lesson cannot
     * show.
     */
    public void setData(double[] newSignal, double[] newKernel) {
        TranslationInputs.check(newSignal, newKernel, MAX_SIGNAL);
        updating = true;
        try {
            inputs.store(newSignal, newKernel);
            range.fitTo(newSignal.length);
            block.reset(newSignal, newKernel);
            inputs.inputError.set("");
        } finally {
            updating = false;
        }
        meter.setSignal(newSignal, newKernel);
        update();
    }

    /** Parses and applies a typed signal; on a bad entry keeps the old signal and says why. */
    public boolean editSignal(String text) {
        return inputs.editSignal(text, MAX_SIGNAL);
    }

    /** Parses and applies a typed kernel; on a bad entry keeps the old kernel and says why. */
    public boolean editKernel(String text) {
        return inputs.editKernel(text, MAX_SIGNAL);
    }

    /**
     * Changes one signal value (e.g. from the wheel over a bar); false and a message if refused.
     */
    public boolean setSignalValue(int index, double value) {
        return inputs.setValue(true, index, value);
    }

    /** Changes one kernel value; false and a message if refused. */
    public boolean setKernelValue(int index, double value) {
        return inputs.setValue(false, index, value);
    }

    /** Appends a 0 to the signal. */
    public boolean addSignalValue() {
        return inputs.resize(true, +1);
    }

    /** Drops the signal's last value. */
    public boolean removeSignalValue() {
        return inputs.resize(true, -1);
    }

    /** Appends a 0 to the kernel. */
    public boolean addKernelValue() {
        return inputs.resize(false, +1);
    }

    /** Drops the kernel's last value. */
    public boolean removeKernelValue() {
        return inputs.resize(false, -1);
    }

    /** Loads a preset signal and kernel and clears the shift. */
    public void applyPreset(Preset p) {
        range.shift.set(0);
        setData(p.signal(), p.kernel());
    }

    private final ObjectProperty<LessonMode> mode =
            new SimpleObjectProperty<>(this, "mode", LessonMode.TRANSLATE);

    public LessonMode getMode() {
        return mode.get();
    }

    public void setMode(LessonMode value) {
        mode.set(value);
    }

    public ObjectProperty<LessonMode> modeProperty() {
        return mode;
    }

    /** k: how far the signal is translated (positive: right). */
    public int getShift() {
        return range.shift.get();
    }

    /**
     * Refuses a shift beyond ±(length − 1): further than that nothing of the signal is left to
     * compare.
     */
    public void setShift(int value) {
        range.set(value);
    }

    /** Moves the shift by delta if it stays in range; false (and no change) otherwise. */
    public boolean shiftBy(int delta) {
        return range.moveBy(delta);
    }

    public IntegerProperty shiftProperty() {
        return range.shift;
    }

    /** The largest |shift|: signal length − 1. */
    public int getMaxShift() {
        return range.maxShift.get();
    }

    public ReadOnlyIntegerProperty maxShiftProperty() {
        return range.maxShift.getReadOnlyProperty();
    }

    private final BooleanProperty circular = new SimpleBooleanProperty(this, "circular", false);

    /**
     * Circular shift, and then the output is the circular correlation too (a ring has no border).
     */
    public boolean isCircular() {
        return circular.get();
    }

    public void setCircular(boolean value) {
        circular.set(value);
    }

    public BooleanProperty circularProperty() {
        return circular;
    }

    private final ObjectProperty<Padding> padding =
            new SimpleObjectProperty<>(this, "padding", Padding.VALID);

    /** Zero padding of the correlation when not circular: valid, same or full. */
    public Padding getPadding() {
        return padding.get();
    }

    public void setPadding(Padding value) {
        padding.set(value);
    }

    public ObjectProperty<Padding> paddingProperty() {
        return padding;
    }

    private final ObjectProperty<MatchMode> matchMode =
            new SimpleObjectProperty<>(this, "matchMode", MatchMode.RAW);

    /** The score plotted in the translation panel. */
    public MatchMode getMatchMode() {
        return matchMode.get();
    }

    public void setMatchMode(MatchMode value) {
        matchMode.set(value);
    }

    public ObjectProperty<MatchMode> matchModeProperty() {
        return matchMode;
    }

    /** First index of the block that "Move the pattern" relocates. */
    public int getBlockStart() {
        return block.start.get();
    }

    public ReadOnlyIntegerProperty blockStartProperty() {
        return block.start.getReadOnlyProperty();
    }

    public int getBlockLength() {
        return block.length.get();
    }

    public ReadOnlyIntegerProperty blockLengthProperty() {
        return block.length.getReadOnlyProperty();
    }

    /** Where the block starts after the move. */
    public int getMoveTarget() {
        return block.target.get();
    }

    public ReadOnlyIntegerProperty moveTargetProperty() {
        return block.target.getReadOnlyProperty();
    }

    /**
     * Chooses the block: refuses (IllegalArgumentException) a block outside the signal; the target
     * is kept if the block still fits there, else set to 0.
     */
    public void setBlock(int start, int length) {
        int n = inputs.signal.get().length;
        updating = true;
        try {
            block.set(start, length, n);
        } finally {
            updating = false;
        }
        update();
    }

    /** Sets where the block goes; refuses a start where it would not fit. */
    public void setMoveTarget(int to) {
        block.setTarget(to, inputs.signal.get().length);
    }

    // ---- results ------------------------------------------------------------------------------

    /** The signal after the translation (or the block move). */
    public double[] getTransformed() {
        return results.transformed.get().clone();
    }

    public ReadOnlyObjectProperty<double[]> transformedProperty() {
        return results.transformed.getReadOnlyProperty();
    }

    public double[] getOutputBefore() {
        return results.outputBefore.get().clone();
    }

    public ReadOnlyObjectProperty<double[]> outputBeforeProperty() {
        return results.outputBefore.getReadOnlyProperty();
    }

    public double[] getOutputAfter() {
        return results.outputAfter.get().clone();
    }

    public ReadOnlyObjectProperty<double[]> outputAfterProperty() {
        return results.outputAfter.getReadOnlyProperty();
    }

    /** The signal position where output 0's window starts (−padding, or the ring's offset). */
    public int getOutputStart() {
        return results.outputStart.get();
    }

    public ReadOnlyIntegerProperty outputStartProperty() {
        return results.outputStart.getReadOnlyProperty();
    }

    public Argmax getArgmaxBefore() {
        return results.argmaxBefore.get();
    }

    public ReadOnlyObjectProperty<Argmax> argmaxBeforeProperty() {
        return results.argmaxBefore.getReadOnlyProperty();
    }

    public Argmax getArgmaxAfter() {
        return results.argmaxAfter.get();
    }

    public ReadOnlyObjectProperty<Argmax> argmaxAfterProperty() {
        return results.argmaxAfter.getReadOnlyProperty();
    }

    /** The translation experiment, or null in "Move the pattern" mode. */
    public EquivarianceCheck getCheck() {
        return results.check.get();
    }

    public ReadOnlyObjectProperty<EquivarianceCheck> checkProperty() {
        return results.check.getReadOnlyProperty();
    }

    /** After-indices that differ from the old output moved by k (translation only). */
    public List<Integer> getChangedOutputs() {
        return results.changedOutputs.get();
    }

    public ReadOnlyObjectProperty<List<Integer>> changedOutputsProperty() {
        return results.changedOutputs.getReadOnlyProperty();
    }

    /** The headline: what happened to the output and its maximum. */
    public String getVerdict() {
        return results.verdict.get();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return results.verdict.getReadOnlyProperty();
    }

    /** Why the border broke exact equivariance, or "" when it did not. */
    public String getBorderWarning() {
        return results.borderWarning.get();
    }

    public ReadOnlyStringProperty borderWarningProperty() {
        return results.borderWarning.getReadOnlyProperty();
    }

    /** Translation against block move, computed from the current numbers. */
    public String getComparison() {
        return results.comparison.get();
    }

    public ReadOnlyStringProperty comparisonProperty() {
        return results.comparison.getReadOnlyProperty();
    }

    /** The signal (before any shift) scored in all four modes, with sentences. */
    public MatchReport getMatchReport() {
        return results.matchReport.get();
    }

    public ReadOnlyObjectProperty<MatchReport> matchReportProperty() {
        return results.matchReport.getReadOnlyProperty();
    }

    private final List<String> plainWords = PlainWords.sentences();

    /** What equivariance and invariance mean, and where they break. */
    public List<String> getPlainWords() {
        return plainWords;
    }

    private final GridShiftModel grid = new GridShiftModel();

    /** The 2D panel. */
    public GridShiftModel grid() {
        return grid;
    }

    private final InvarianceMeterModel meter =
            new InvarianceMeterModel(grid.getImage(), grid.getFilter());

    /** The invariance meter: the errors of conv, max pool and global max against the shift. */
    public InvarianceMeterModel meter() {
        return meter;
    }

    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision", 0);

    /**
     * Counts recomputations: it changes once after all results are consistent, so a view redraws
     * once.
     */
    public int getRevision() {
        return revision.get();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    private void update() {
        if (updating) {
            return;
        }
        double[] s = inputs.signal.get();
        double[] k = inputs.kernel.get();
        boolean ring = circular.get() && mode.get() == LessonMode.TRANSLATE;
        results.matchReport.set(MatchReport.of(s, k, padding.get(), ring));
        if (mode.get() == LessonMode.TRANSLATE) {
            results.showTranslation(s, k, matchMode.get(), padding.get(), range.shift.get(), ring);
        } else {
            results.showMove(s, k, matchMode.get(), padding.get(), block);
        }
        revision.set(revision.get() + 1);
    }
}
