package org.convlab.viewmodel.translation;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.convlab.conv.Argmax;
import org.convlab.conv.Correlation1D;
import org.convlab.conv.MatchMode;
import org.convlab.conv.NumberList;
import org.convlab.conv.Padding;
import org.convlab.lessons.shift.EquivarianceCheck;
import org.convlab.lessons.shift.PatternMove;

/**
 * State and commands of the Translation lesson: an editable signal and kernel, a translation (or
 * the homework's block move), and everything the screen plots, computed live from the core. All
 * results are read-only properties, so tests check them without a window.
 */
public final class TranslationViewModel {
    /** Longest signal the charts show legibly. */
    public static final int MAX_SIGNAL = 24;

    private boolean updating;

    public TranslationViewModel() {
        mode.addListener((o, a, b) -> update());
        circular.addListener((o, a, b) -> update());
        padding.addListener((o, a, b) -> update());
        matchMode.addListener((o, a, b) -> update());
        shift.addListener((o, a, b) -> update());
        blockStart.addListener((o, a, b) -> update());
        blockLength.addListener((o, a, b) -> update());
        moveTarget.addListener((o, a, b) -> update());
        applyPreset(Preset.HOMEWORK);
    }

    // ---- inputs -------------------------------------------------------------------------------

    private final ReadOnlyObjectWrapper<double[]> signal =
            new ReadOnlyObjectWrapper<>(this, "signal", new double[0]);

    /** The signal as edited (a copy). */
    public double[] getSignal() {
        return signal.get().clone();
    }

    public ReadOnlyObjectProperty<double[]> signalProperty() {
        return signal.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<double[]> kernel =
            new ReadOnlyObjectWrapper<>(this, "kernel", new double[0]);

    public double[] getKernel() {
        return kernel.get().clone();
    }

    public ReadOnlyObjectProperty<double[]> kernelProperty() {
        return kernel.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper signalText =
            new ReadOnlyStringWrapper(this, "signalText", "");

    /** The signal as the user would type it. */
    public String getSignalText() {
        return signalText.get();
    }

    public ReadOnlyStringProperty signalTextProperty() {
        return signalText.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper kernelText =
            new ReadOnlyStringWrapper(this, "kernelText", "");

    public String getKernelText() {
        return kernelText.get();
    }

    public ReadOnlyStringProperty kernelTextProperty() {
        return kernelText.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper inputError =
            new ReadOnlyStringWrapper(this, "inputError", "");

    /** Why the last edit was refused, or "" after a good one. */
    public String getInputError() {
        return inputError.get();
    }

    public ReadOnlyStringProperty inputErrorProperty() {
        return inputError.getReadOnlyProperty();
    }

    /**
     * Sets signal and kernel together; refuses (IllegalArgumentException) what the lesson cannot
     * show.
     */
    public void setData(double[] newSignal, double[] newKernel) {
        if (newSignal.length < 1 || newSignal.length > MAX_SIGNAL) {
            throw new IllegalArgumentException(
                    "the signal needs 1 to " + MAX_SIGNAL + " values, got " + newSignal.length);
        }
        if (newKernel.length < 1) {
            throw new IllegalArgumentException("the kernel needs at least one value");
        }
        if (newKernel.length > newSignal.length) {
            throw new IllegalArgumentException(
                    "the kernel ("
                            + newKernel.length
                            + " values) must not be longer than the signal ("
                            + newSignal.length
                            + " values)");
        }
        for (double[] a : new double[][] {newSignal, newKernel}) {
            for (double v : a) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("only finite numbers can be used, got " + v);
                }
            }
        }
        updating = true;
        try {
            signal.set(newSignal.clone());
            kernel.set(newKernel.clone());
            signalText.set(NumberList.format(newSignal));
            kernelText.set(NumberList.format(newKernel));
            maxShift.set(newSignal.length - 1);
            if (Math.abs(shift.get()) > newSignal.length - 1) {
                shift.set(0);
            }
            resetBlock();
            inputError.set("");
        } finally {
            updating = false;
        }
        meter.setSignal(newSignal, newKernel);
        update();
    }

    /** Parses and applies a typed signal; on a bad entry keeps the old signal and says why. */
    public boolean editSignal(String text) {
        try {
            setData(NumberList.parse(text, "signal", MAX_SIGNAL), kernel.get());
            return true;
        } catch (IllegalArgumentException e) {
            inputError.set("Signal not changed: " + e.getMessage() + ".");
            return false;
        }
    }

    /** Parses and applies a typed kernel; on a bad entry keeps the old kernel and says why. */
    public boolean editKernel(String text) {
        try {
            setData(signal.get(), NumberList.parse(text, "kernel", MAX_SIGNAL));
            return true;
        } catch (IllegalArgumentException e) {
            inputError.set("Kernel not changed: " + e.getMessage() + ".");
            return false;
        }
    }

    /**
     * Changes one signal value (e.g. from the wheel over a bar); false and a message if refused.
     */
    public boolean setSignalValue(int index, double value) {
        return setValue(true, index, value);
    }

    /** Changes one kernel value; false and a message if refused. */
    public boolean setKernelValue(int index, double value) {
        return setValue(false, index, value);
    }

    private boolean setValue(boolean isSignal, int index, double value) {
        double[] target = isSignal ? signal.get().clone() : kernel.get().clone();
        String what = isSignal ? "signal" : "kernel";
        if (index < 0 || index >= target.length) {
            inputError.set("The " + what + " has no value at index " + index + ".");
            return false;
        }
        if (!Double.isFinite(value)) {
            inputError.set(
                    "The "
                            + what
                            + " value at index "
                            + index
                            + " must be a finite number, got "
                            + value
                            + ".");
            return false;
        }
        target[index] = value + 0.0;
        setData(isSignal ? target : signal.get(), isSignal ? kernel.get() : target);
        return true;
    }

    /** Appends a 0 to the signal. */
    public boolean addSignalValue() {
        return resize(true, +1);
    }

    /** Drops the signal's last value. */
    public boolean removeSignalValue() {
        return resize(true, -1);
    }

    /** Appends a 0 to the kernel. */
    public boolean addKernelValue() {
        return resize(false, +1);
    }

    /** Drops the kernel's last value. */
    public boolean removeKernelValue() {
        return resize(false, -1);
    }

    private boolean resize(boolean isSignal, int delta) {
        double[] s = signal.get();
        double[] k = kernel.get();
        double[] target = isSignal ? s : k;
        int len = target.length + delta;
        if (len < 1) {
            inputError.set(
                    "The " + (isSignal ? "signal" : "kernel") + " needs at least one value.");
            return false;
        }
        double[] resized = Arrays.copyOf(target, len);
        try {
            setData(isSignal ? resized : s, isSignal ? k : resized);
            return true;
        } catch (IllegalArgumentException e) {
            inputError.set("Not changed: " + e.getMessage() + ".");
            return false;
        }
    }

    /** Loads a preset signal and kernel and clears the shift. */
    public void applyPreset(Preset p) {
        shift.set(0);
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

    private final IntegerProperty shift = new SimpleIntegerProperty(this, "shift", 0);

    /** k: how far the signal is translated (positive: right). */
    public int getShift() {
        return shift.get();
    }

    /**
     * Refuses a shift beyond ±(length − 1): further than that nothing of the signal is left to
     * compare.
     */
    public void setShift(int value) {
        if (Math.abs(value) > maxShift.get()) {
            throw new IllegalArgumentException(
                    "the shift must be between "
                            + Phrases.num(-maxShift.get())
                            + " and "
                            + maxShift.get()
                            + ", got "
                            + value);
        }
        shift.set(value);
    }

    /** Moves the shift by delta if it stays in range; false (and no change) otherwise. */
    public boolean shiftBy(int delta) {
        int v = shift.get() + delta;
        if (Math.abs(v) > maxShift.get()) {
            return false;
        }
        shift.set(v);
        return true;
    }

    public IntegerProperty shiftProperty() {
        return shift;
    }

    private final ReadOnlyIntegerWrapper maxShift = new ReadOnlyIntegerWrapper(this, "maxShift", 6);

    /** The largest |shift|: signal length − 1. */
    public int getMaxShift() {
        return maxShift.get();
    }

    public ReadOnlyIntegerProperty maxShiftProperty() {
        return maxShift.getReadOnlyProperty();
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

    private final ReadOnlyIntegerWrapper blockStart =
            new ReadOnlyIntegerWrapper(this, "blockStart", 0);

    /** First index of the block that "Move the pattern" relocates. */
    public int getBlockStart() {
        return blockStart.get();
    }

    public ReadOnlyIntegerProperty blockStartProperty() {
        return blockStart.getReadOnlyProperty();
    }

    private final ReadOnlyIntegerWrapper blockLength =
            new ReadOnlyIntegerWrapper(this, "blockLength", 1);

    public int getBlockLength() {
        return blockLength.get();
    }

    public ReadOnlyIntegerProperty blockLengthProperty() {
        return blockLength.getReadOnlyProperty();
    }

    private final ReadOnlyIntegerWrapper moveTarget =
            new ReadOnlyIntegerWrapper(this, "moveTarget", 0);

    /** Where the block starts after the move. */
    public int getMoveTarget() {
        return moveTarget.get();
    }

    public ReadOnlyIntegerProperty moveTargetProperty() {
        return moveTarget.getReadOnlyProperty();
    }

    /**
     * Chooses the block: refuses (IllegalArgumentException) a block outside the signal; the target
     * is kept if the block still fits there, else set to 0.
     */
    public void setBlock(int start, int length) {
        int n = signal.get().length;
        if (length < 1 || start < 0 || start + length > n) {
            throw new IllegalArgumentException(
                    "the block "
                            + start
                            + "…"
                            + (start + length - 1)
                            + " is not inside the signal 0…"
                            + (n - 1));
        }
        updating = true;
        try {
            blockStart.set(start);
            blockLength.set(length);
            if (moveTarget.get() + length > n) {
                moveTarget.set(0);
            }
        } finally {
            updating = false;
        }
        update();
    }

    /** Sets where the block goes; refuses a start where it would not fit. */
    public void setMoveTarget(int to) {
        int max = signal.get().length - blockLength.get();
        if (to < 0 || to > max) {
            throw new IllegalArgumentException(
                    "the block can start between 0 and " + max + ", got " + to);
        }
        moveTarget.set(to);
    }

    /** The block starts on the closest copy of the kernel (SSD argmax), as in the homework. */
    private void resetBlock() {
        double[] s = signal.get();
        double[] k = kernel.get();
        double[] ssd = Correlation1D.correlate(s, k, MatchMode.SSD, Padding.VALID);
        blockStart.set(Correlation1D.argmax(ssd));
        blockLength.set(k.length);
        moveTarget.set(blockStart.get() == 0 ? s.length - k.length : 0);
    }

    // ---- results ------------------------------------------------------------------------------

    private final ReadOnlyObjectWrapper<double[]> transformed =
            new ReadOnlyObjectWrapper<>(this, "transformed", new double[0]);

    /** The signal after the translation (or the block move). */
    public double[] getTransformed() {
        return transformed.get().clone();
    }

    public ReadOnlyObjectProperty<double[]> transformedProperty() {
        return transformed.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<double[]> outputBefore =
            new ReadOnlyObjectWrapper<>(this, "outputBefore", new double[0]);

    public double[] getOutputBefore() {
        return outputBefore.get().clone();
    }

    public ReadOnlyObjectProperty<double[]> outputBeforeProperty() {
        return outputBefore.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<double[]> outputAfter =
            new ReadOnlyObjectWrapper<>(this, "outputAfter", new double[0]);

    public double[] getOutputAfter() {
        return outputAfter.get().clone();
    }

    public ReadOnlyObjectProperty<double[]> outputAfterProperty() {
        return outputAfter.getReadOnlyProperty();
    }

    private final ReadOnlyIntegerWrapper outputStart =
            new ReadOnlyIntegerWrapper(this, "outputStart", 0);

    /** The signal position where output 0's window starts (−padding, or the ring's offset). */
    public int getOutputStart() {
        return outputStart.get();
    }

    public ReadOnlyIntegerProperty outputStartProperty() {
        return outputStart.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Argmax> argmaxBefore =
            new ReadOnlyObjectWrapper<>(this, "argmaxBefore");

    public Argmax getArgmaxBefore() {
        return argmaxBefore.get();
    }

    public ReadOnlyObjectProperty<Argmax> argmaxBeforeProperty() {
        return argmaxBefore.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Argmax> argmaxAfter =
            new ReadOnlyObjectWrapper<>(this, "argmaxAfter");

    public Argmax getArgmaxAfter() {
        return argmaxAfter.get();
    }

    public ReadOnlyObjectProperty<Argmax> argmaxAfterProperty() {
        return argmaxAfter.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<EquivarianceCheck> check =
            new ReadOnlyObjectWrapper<>(this, "check");

    /** The translation experiment, or null in "Move the pattern" mode. */
    public EquivarianceCheck getCheck() {
        return check.get();
    }

    public ReadOnlyObjectProperty<EquivarianceCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<List<Integer>> changedOutputs =
            new ReadOnlyObjectWrapper<>(this, "changedOutputs", List.of());

    /** After-indices that differ from the old output moved by k (translation only). */
    public List<Integer> getChangedOutputs() {
        return changedOutputs.get();
    }

    public ReadOnlyObjectProperty<List<Integer>> changedOutputsProperty() {
        return changedOutputs.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");

    /** The headline: what happened to the output and its maximum. */
    public String getVerdict() {
        return verdict.get();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper borderWarning =
            new ReadOnlyStringWrapper(this, "borderWarning", "");

    /** Why the border broke exact equivariance, or "" when it did not. */
    public String getBorderWarning() {
        return borderWarning.get();
    }

    public ReadOnlyStringProperty borderWarningProperty() {
        return borderWarning.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper comparison =
            new ReadOnlyStringWrapper(this, "comparison", "");

    /** Translation against block move, computed from the current numbers. */
    public String getComparison() {
        return comparison.get();
    }

    public ReadOnlyStringProperty comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<MatchReport> matchReport =
            new ReadOnlyObjectWrapper<>(this, "matchReport");

    /** The signal (before any shift) scored in all four modes, with sentences. */
    public MatchReport getMatchReport() {
        return matchReport.get();
    }

    public ReadOnlyObjectProperty<MatchReport> matchReportProperty() {
        return matchReport.getReadOnlyProperty();
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
        double[] s = signal.get();
        double[] k = kernel.get();
        boolean ring = circular.get() && mode.get() == LessonMode.TRANSLATE;
        matchReport.set(MatchReport.of(s, k, padding.get(), ring));
        if (mode.get() == LessonMode.TRANSLATE) {
            EquivarianceCheck c =
                    EquivarianceCheck.of(s, k, matchMode.get(), padding.get(), shift.get(), ring);
            check.set(c);
            transformed.set(c.shifted());
            outputBefore.set(c.before());
            outputAfter.set(c.after());
            outputStart.set(c.outputStart());
            argmaxBefore.set(c.argmaxBefore());
            argmaxAfter.set(c.argmaxAfter());
            changedOutputs.set(c.changed());
            ShiftStory story = ShiftStory.of(c, s, matchMode.get() == MatchMode.SSD);
            verdict.set(story.verdict());
            borderWarning.set(story.border());
            int moved = PatternMove.changedCount(s, c.shifted());
            comparison.set(
                    shift.get() == 0
                            ? "A translation moves every value by the same k places; \"Move the pattern\" instead relocates one block and leaves the rest in order."
                            : "This translation moved every value by "
                                    + Phrases.num(shift.get())
                                    + " places ("
                                    + moved
                                    + " of "
                                    + s.length
                                    + " positions now hold a different value). \"Move the pattern\" relocates one block instead, which is what the homework did.");
        } else {
            Padding p = padding.get();
            double[] moved =
                    PatternMove.move(s, blockStart.get(), blockLength.get(), moveTarget.get());
            double[] before = Correlation1D.correlate(s, k, matchMode.get(), p);
            double[] after = Correlation1D.correlate(moved, k, matchMode.get(), p);
            int start = -Correlation1D.padBefore(s.length, k.length, p);
            check.set(null);
            transformed.set(moved);
            outputBefore.set(before);
            outputAfter.set(after);
            outputStart.set(start);
            argmaxBefore.set(Argmax.of(before, 1, before.length));
            argmaxAfter.set(Argmax.of(after, 1, after.length));
            changedOutputs.set(List.of());
            MoveStory story =
                    MoveStory.of(
                            s,
                            moved,
                            blockStart.get(),
                            blockLength.get(),
                            moveTarget.get(),
                            before,
                            after,
                            start,
                            k.length,
                            matchMode.get() == MatchMode.SSD);
            verdict.set(story.verdict());
            borderWarning.set("");
            comparison.set(story.comparison());
        }
        revision.set(revision.get() + 1);
    }
}
