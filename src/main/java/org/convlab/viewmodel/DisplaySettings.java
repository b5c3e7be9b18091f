package org.convlab.viewmodel;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * How the screens are drawn, shared by every lesson so one switch changes them all: the text and
 * cell scale (1 normally, 1.5 or 2 on a projector), a high-contrast palette and the outline width
 * that follows from them. Canvas-drawn views read these; controls follow the root font size.
 */
public final class DisplaySettings {
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1.0);

    public double getScale() {
        return scale.get();
    }

    public void setScale(double value) {
        if (!(value >= 0.5 && value <= 4)) {
            throw new IllegalArgumentException(
                    "display scale must be between 0.5 and 4, got " + value);
        }
        scale.set(value);
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    private final BooleanProperty highContrast =
            new SimpleBooleanProperty(this, "highContrast", false);

    public boolean isHighContrast() {
        return highContrast.get();
    }

    public void setHighContrast(boolean value) {
        highContrast.set(value);
    }

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    private final ReadOnlyBooleanWrapper presenting =
            new ReadOnlyBooleanWrapper(this, "presenting", false);

    /**
     * Whether presenter mode is on: screens then become a stage, their visuals filling the screen,
     * controls in a slim bar and side panels hidden. Only {@link PresenterMode} switches it.
     */
    public boolean isPresenting() {
        return presenting.get();
    }

    void setPresenting(boolean value) {
        presenting.set(value);
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    private final DoubleBinding outlineWidth =
            Bindings.createDoubleBinding(
                    () -> (highContrast.get() ? 3.0 : 2.0) * scale.get(), scale, highContrast);

    /** Width in pixels of highlight outlines (argmax, windows, ties). */
    public double getOutlineWidth() {
        return outlineWidth.get();
    }

    public DoubleBinding outlineWidthBinding() {
        return outlineWidth;
    }
}
