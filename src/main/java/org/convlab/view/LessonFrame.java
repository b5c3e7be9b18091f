package org.convlab.view;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import org.convlab.viewmodel.DisplaySettings;

/**
 * A lesson's screen with its "What to try" guide, and above it the guided reveal's sentence while
 * the reveal runs. The guide stands beside the screen while the screen keeps at least {@link
 * #SCREEN_WIDTH} pixels (scaled with the text) beside it; on a narrower window (a 1024×768
 * projector) it folds into a slim "What to try" tab at the right edge, which opens it over the
 * screen and closes it again, so the lesson's visuals keep the width.
 */
final class LessonFrame extends Region {
    /** The width a lesson needs beside the guide, at 100 % text. */
    static final double SCREEN_WIDTH = 900;

    private final Region screen;
    private final LessonGuidePane guide;
    private final Region revealBar;
    private final DisplaySettings display;
    private final ToggleButton tab = new ToggleButton("What to try");
    private final Group tabHolder = new Group(tab);
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open", false);

    LessonFrame(
            Region screen,
            LessonGuidePane guide,
            Region revealBar,
            String lessonId,
            DisplaySettings display) {
        this.screen = screen;
        this.guide = guide;
        this.revealBar = revealBar;
        this.display = display;
        getStyleClass().add("lesson");
        tab.setId(lessonId + "-guide-tab");
        tab.getStyleClass().add("guide-tab");
        tab.setRotate(-90);
        tab.selectedProperty().bindBidirectional(open);
        tab.setAccessibleText("Open or close the What to try guide");
        open.addListener((o, was, now) -> requestLayout());
        guide.managedProperty().addListener((o, was, now) -> requestLayout());
        revealBar.managedProperty().addListener((o, was, now) -> requestLayout());
        display.scaleProperty().addListener((o, was, now) -> requestLayout());
        getChildren().addAll(revealBar, screen, guide, tabHolder);
    }

    /** Whether the guide is folded into its tab at the current width. */
    boolean folded() {
        return folded(getWidth());
    }

    private boolean folded(double width) {
        return width - guide.prefWidth(-1) < SCREEN_WIDTH * display.getScale();
    }

    @Override
    protected double computePrefWidth(double height) {
        return screen.prefWidth(height) + (guide.isManaged() ? guide.prefWidth(height) : 0);
    }

    @Override
    protected double computeMinWidth(double height) {
        return screen.minWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return barHeight(width) + screen.prefHeight(width);
    }

    @Override
    protected double computeMinHeight(double width) {
        return barHeight(width) + screen.minHeight(width);
    }

    private double barHeight(double width) {
        return revealBar.isManaged() ? revealBar.prefHeight(width) : 0;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        boolean wanted = guide.isManaged(); // the F9 switch and presenter mode decide this
        boolean fold = wanted && folded(w);
        tabHolder.setVisible(fold);
        tab.setVisible(fold);
        if (!fold) {
            open.set(false);
        }
        double tabW = fold ? tabHolder.prefWidth(-1) : 0;
        double guideW = wanted && !fold ? Math.min(guide.prefWidth(-1), w / 2) : 0;
        double screenW = snapSizeX(w - guideW - tabW);
        double barH = snapSizeY(barHeight(screenW));
        revealBar.resizeRelocate(0, 0, screenW, barH);
        screen.resizeRelocate(0, barH, screenW, h - barH);
        if (fold) {
            layoutInArea(tabHolder, w - tabW, 0, tabW, h, 0, HPos.CENTER, VPos.TOP);
            double overlayW = Math.min(guide.prefWidth(-1), w - tabW);
            guide.setShut(!open.get());
            guide.resizeRelocate(snapPositionX(w - tabW - overlayW), 0, snapSizeX(overlayW), h);
            guide.pseudoClassStateChanged(FLOATING, true);
        } else {
            guide.setShut(false);
            guide.resizeRelocate(snapPositionX(w - guideW), 0, snapSizeX(guideW), h);
            guide.pseudoClassStateChanged(FLOATING, false);
        }
    }

    private static final PseudoClass FLOATING = PseudoClass.getPseudoClass("floating");
}
