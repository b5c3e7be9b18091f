package org.convlab.view.params;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.SimpleStyleableDoubleProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Two parts side by side when the width allows it, one above the other when it does not. The fixed
 * part keeps its preferred width and the growing part takes the rest; they sit side by side only
 * when that rest is at least what the growing part needs, so neither is ever squeezed or pushed off
 * to the right. Stacked, both take the whole width and the fixed part goes first (on top) when it
 * is the first part, below otherwise. The pane carries the pseudo-class {@code :stacked} while
 * stacked so the stylesheet can give either layout its own sizes.
 */
final class Reflow extends Region {
    private static final PseudoClass STACKED = PseudoClass.getPseudoClass("stacked");

    private final Node fixed;
    private final Node growing;
    private final boolean fixedFirst;
    private final DoubleSupplier growingNeeds;
    private final BooleanProperty alwaysStacked =
            new SimpleBooleanProperty(this, "alwaysStacked", false);
    private final ReadOnlyBooleanWrapper stacked =
            new ReadOnlyBooleanWrapper(this, "stacked", false);

    /**
     * @param growingNeeds the width the growing part needs beside the fixed one: its minimum width,
     *     or more when it is only worth putting beside something with more room
     */
    Reflow(Node fixed, Node growing, boolean fixedFirst, DoubleSupplier growingNeeds) {
        this.fixed = fixed;
        this.growing = growing;
        this.fixedFirst = fixedFirst;
        this.growingNeeds = growingNeeds;
        getStyleClass().add("reflow");
        getChildren().addAll(fixedFirst ? fixed : growing, fixedFirst ? growing : fixed);
        alwaysStacked.addListener(o -> requestLayout());
        stacked.addListener((o, was, now) -> pseudoClassStateChanged(STACKED, now));
    }

    /** Stacked whatever the width (presenter mode's stage layout). */
    BooleanProperty alwaysStackedProperty() {
        return alwaysStacked;
    }

    /** Whether the parts are one above the other now. */
    ReadOnlyBooleanProperty stackedProperty() {
        return stacked.getReadOnlyProperty();
    }

    boolean isStacked() {
        return stacked.get();
    }

    /** The space between the parts; from the stylesheet ({@code -convlab-gap}, in em). */
    private final StyleableDoubleProperty gap =
            new SimpleStyleableDoubleProperty(GAP, this, "gap", 16.0) {
                @Override
                protected void invalidated() {
                    requestLayout();
                }
            };

    private double gap() {
        return snapSizeX(gap.get());
    }

    private static final CssMetaData<Reflow, Number> GAP =
            new CssMetaData<>("-convlab-gap", StyleConverter.getSizeConverter(), 16.0) {
                @Override
                public boolean isSettable(Reflow r) {
                    return !r.gap.isBound();
                }

                @Override
                @SuppressWarnings("unchecked")
                public StyleableProperty<Number> getStyleableProperty(Reflow r) {
                    return r.gap;
                }
            };

    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        List<CssMetaData<? extends Styleable, ?>> all =
                new ArrayList<>(Region.getClassCssMetaData());
        all.add(GAP);
        CSS = Collections.unmodifiableList(all);
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }

    private double needs() {
        return growingNeeds.getAsDouble();
    }

    /** The width this needs to put its parts side by side. */
    double sideBySideWidth() {
        return snappedLeftInset() + snappedRightInset() + fixed.prefWidth(-1) + gap() + needs();
    }

    /** Whether the parts go side by side in {@code width} (content width, insets taken off). */
    private boolean sideBySide(double width) {
        return !alwaysStacked.get() && fixed.prefWidth(-1) + gap() + needs() <= width + 0.5;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset()
                + snappedRightInset()
                + Math.max(fixed.minWidth(-1), growing.minWidth(-1));
    }

    @Override
    protected double computePrefWidth(double height) {
        double parts =
                alwaysStacked.get()
                        ? Math.max(fixed.prefWidth(-1), growing.prefWidth(-1))
                        : fixed.prefWidth(-1) + gap() + Math.max(needs(), growing.prefWidth(-1));
        return snappedLeftInset() + snappedRightInset() + parts;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner =
                (width < 0 ? computePrefWidth(-1) : width)
                        - snappedLeftInset()
                        - snappedRightInset();
        double h;
        if (sideBySide(inner)) {
            double fw = fixed.prefWidth(-1);
            h = Math.max(fixed.prefHeight(fw), growing.prefHeight(inner - fw - gap()));
        } else {
            h = fixed.prefHeight(inner) + gap() + growing.prefHeight(inner);
        }
        return snappedTopInset() + snappedBottomInset() + h;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        boolean side = sideBySide(w);
        stacked.set(!side);
        if (side) {
            double fw = snapSizeX(fixed.prefWidth(-1));
            double gw = w - fw - gap();
            double fx = fixedFirst ? x : x + gw + gap();
            double gx = fixedFirst ? x + fw + gap() : x;
            fixed.resizeRelocate(fx, y, fw, snapSizeY(fixed.prefHeight(fw)));
            growing.resizeRelocate(gx, y, gw, snapSizeY(growing.prefHeight(gw)));
        } else {
            Node top = fixedFirst ? fixed : growing;
            Node bottom = fixedFirst ? growing : fixed;
            double th = snapSizeY(top.prefHeight(w));
            top.resizeRelocate(x, y, w, th);
            bottom.resizeRelocate(x, y + th + gap(), w, snapSizeY(bottom.prefHeight(w)));
        }
    }
}
