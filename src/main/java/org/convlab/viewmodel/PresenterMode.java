package org.convlab.viewmodel;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The classroom switch: one toggle enlarges text and cells, turns on high contrast and goes full
 * screen; toggling it again puts back exactly what was there before. While it is on, a scale or
 * contrast change made by the teacher becomes the new presenter setting, so the next lesson starts
 * the way the room needs it.
 */
public final class PresenterMode {
    /** The scales offered in the View menu. */
    public static final double[] SCALES = {1.0, 1.5, 2.0};

    private final DisplaySettings display;
    private final BooleanProperty fullScreen;
    private double scaleBefore;
    private boolean contrastBefore;
    private boolean fullScreenBefore;

    public PresenterMode(DisplaySettings display, BooleanProperty fullScreen) {
        this.display = display;
        this.fullScreen = fullScreen;
        display.scaleProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (isActive()) {
                                presenterScale.set(now.doubleValue());
                            }
                        });
        display.highContrastProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (isActive()) {
                                presenterHighContrast.set(now);
                            }
                        });
    }

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);

    public boolean isActive() {
        return active.get();
    }

    /** Turns presenter mode on or off; does nothing if it already is in that state. */
    public void setActive(boolean on) {
        if (on == isActive()) {
            return;
        }
        if (on) {
            scaleBefore = display.getScale();
            contrastBefore = display.isHighContrast();
            fullScreenBefore = fullScreen.get();
            active.set(true);
            display.setPresenting(true);
            display.setScale(getPresenterScale());
            display.setHighContrast(isPresenterHighContrast());
            fullScreen.set(true);
        } else {
            active.set(false);
            display.setPresenting(false);
            display.setScale(scaleBefore);
            display.setHighContrast(contrastBefore);
            fullScreen.set(fullScreenBefore);
        }
    }

    public void toggle() {
        setActive(!isActive());
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    private final DoubleProperty presenterScale =
            new SimpleDoubleProperty(this, "presenterScale", 1.5);

    /** Text and cell scale used in presenter mode (1.5 = 150 %). */
    public double getPresenterScale() {
        return presenterScale.get();
    }

    public void setPresenterScale(double value) {
        if (!(value >= 1 && value <= 4)) {
            throw new IllegalArgumentException(
                    "presenter scale must be between 1 and 4, got " + value);
        }
        presenterScale.set(value);
        if (isActive()) {
            display.setScale(value);
        }
    }

    public DoubleProperty presenterScaleProperty() {
        return presenterScale;
    }

    private final BooleanProperty presenterHighContrast =
            new SimpleBooleanProperty(this, "presenterHighContrast", true);

    public boolean isPresenterHighContrast() {
        return presenterHighContrast.get();
    }

    public void setPresenterHighContrast(boolean value) {
        presenterHighContrast.set(value);
        if (isActive()) {
            display.setHighContrast(value);
        }
    }

    public BooleanProperty presenterHighContrastProperty() {
        return presenterHighContrast;
    }

    /**
     * The scale to remember as the everyday one: the current one, or the one before presenter mode.
     */
    public double getEverydayScale() {
        return isActive() ? scaleBefore : display.getScale();
    }

    /** The contrast setting to remember as the everyday one. */
    public boolean isEverydayHighContrast() {
        return isActive() ? contrastBefore : display.isHighContrast();
    }
}
