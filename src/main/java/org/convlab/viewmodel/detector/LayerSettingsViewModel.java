package org.convlab.viewmodel.detector;

import org.convlab.conv.Activation;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.MatchMode;
import org.convlab.conv.NumberText;
import org.convlab.conv.Padding;
import org.convlab.format.WorkspaceLimits;

/**
 * The settings every filter of the detector shares: matching, activation, padding, stride, dilation
 * and flip, and the reading of typed numbers.
 */
public final class LayerSettingsViewModel {
    private final DetectorViewModel vm;

    LayerSettingsViewModel(DetectorViewModel vm) {
        this.vm = vm;
    }

    public boolean setMatching(MatchMode m) {
        return vm.tryEdit(() -> vm.getWorkspace().withMatching(m));
    }

    public boolean setActivation(Activation a) {
        return vm.tryEdit(() -> vm.getWorkspace().withActivation(a));
    }

    public boolean setPadding(Padding p) {
        if (p.amount() > WorkspaceLimits.MAX_PADDING) {
            vm.refuse(
                    "padding of "
                            + p.amount()
                            + " zeros is more than the "
                            + WorkspaceLimits.MAX_PADDING
                            + " a workspace may hold");
            return false;
        }
        return vm.tryEdit(
                () ->
                        vm.getWorkspace()
                                .withConvolution(vm.getWorkspace().convolution().withPadding(p)));
    }

    /**
     * Parses valid/same/full/a whole number and sets the padding; refuses other text with a
     * message.
     */
    public boolean setPaddingText(String text) {
        Padding p;
        try {
            p = Padding.parse(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            vm.refuse(e.getMessage());
            return false;
        }
        return setPadding(p);
    }

    public boolean setStride(int s) {
        return vm.tryEdit(
                () ->
                        vm.getWorkspace()
                                .withConvolution(vm.getWorkspace().convolution().withStride(s)));
    }

    public boolean setDilation(int d) {
        return vm.tryEdit(
                () ->
                        vm.getWorkspace()
                                .withConvolution(vm.getWorkspace().convolution().withDilation(d)));
    }

    public boolean setFlip(boolean flip) {
        ConvSettings c = vm.getWorkspace().convolution();
        if (c.flip() == flip) {
            return true;
        }
        return vm.tryEdit(() -> vm.getWorkspace().withConvolution(c.withFlip(flip)));
    }

    /**
     * Reads a number a user typed: accepts the minus sign U+2212 and surrounding spaces, refuses
     * text, NaN and infinities with a message naming the field. Returns null when refused.
     */
    public Double parseNumber(String text, String what) {
        String t =
                text == null ? "" : text.strip().replace(NumberText.MINUS, '-').replace(',', '.');
        if (t.isEmpty()) {
            vm.refuse("type a number for the " + what);
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v) || t.matches("(?i).*(nan|inf).*")) {
                vm.refuse("the " + what + " must be a finite number, got \"" + text.strip() + "\"");
                return null;
            }
            vm.clearMessage();
            return v;
        } catch (NumberFormatException e) {
            vm.refuse(
                    "the "
                            + what
                            + " must be a number such as 1, −0.5 or 2.25, got \""
                            + text.strip()
                            + "\"");
            return null;
        }
    }
}
