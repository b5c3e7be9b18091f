package org.convlab.viewmodel.translation;

import java.util.Arrays;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.convlab.conv.NumberList;

/**
 * The lesson's editable signal and kernel, their typed forms, and why the last edit was refused.
 * Kept apart from {@link TranslationViewModel} so the rules of what a user may type live in one
 * place; every accepted edit goes back through the view model's {@code setData}, which also resets
 * the shift and the block.
 */
final class TranslationInputs {
    final ReadOnlyObjectWrapper<double[]> signal;
    final ReadOnlyObjectWrapper<double[]> kernel;
    final ReadOnlyStringWrapper signalText;
    final ReadOnlyStringWrapper kernelText;
    final ReadOnlyStringWrapper inputError;

    /** Applies a new signal and kernel (the view model's setData); throws if it refuses them. */
    private final BiConsumer<double[], double[]> apply;

    TranslationInputs(Object bean, BiConsumer<double[], double[]> apply) {
        signal = new ReadOnlyObjectWrapper<>(bean, "signal", new double[0]);
        kernel = new ReadOnlyObjectWrapper<>(bean, "kernel", new double[0]);
        signalText = new ReadOnlyStringWrapper(bean, "signalText", "");
        kernelText = new ReadOnlyStringWrapper(bean, "kernelText", "");
        inputError = new ReadOnlyStringWrapper(bean, "inputError", "");
        this.apply = apply;
    }

    /** Refuses (IllegalArgumentException) a signal and kernel the lesson cannot show. */
    static void check(double[] newSignal, double[] newKernel, int maxSignal) {
        if (newSignal.length < 1 || newSignal.length > maxSignal) {
            throw new IllegalArgumentException(
                    "the signal needs 1 to " + maxSignal + " values, got " + newSignal.length);
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
    }

    /** Stores already checked data (copies); the caller clears the last refusal once done. */
    void store(double[] newSignal, double[] newKernel) {
        signal.set(newSignal.clone());
        kernel.set(newKernel.clone());
        signalText.set(NumberList.format(newSignal));
        kernelText.set(NumberList.format(newKernel));
    }

    boolean editSignal(String text, int maxSignal) {
        try {
            apply.accept(NumberList.parse(text, "signal", maxSignal), kernel.get());
            return true;
        } catch (IllegalArgumentException e) {
            inputError.set("Signal not changed: " + e.getMessage() + ".");
            return false;
        }
    }

    boolean editKernel(String text, int maxSignal) {
        try {
            apply.accept(signal.get(), NumberList.parse(text, "kernel", maxSignal));
            return true;
        } catch (IllegalArgumentException e) {
            inputError.set("Kernel not changed: " + e.getMessage() + ".");
            return false;
        }
    }

    boolean setValue(boolean isSignal, int index, double value) {
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
        apply.accept(isSignal ? target : signal.get(), isSignal ? kernel.get() : target);
        return true;
    }

    /** Appends a 0 (delta +1) or drops the last value (delta −1). */
    boolean resize(boolean isSignal, int delta) {
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
            apply.accept(isSignal ? resized : s, isSignal ? k : resized);
            return true;
        } catch (IllegalArgumentException e) {
            inputError.set("Not changed: " + e.getMessage() + ".");
            return false;
        }
    }
}
