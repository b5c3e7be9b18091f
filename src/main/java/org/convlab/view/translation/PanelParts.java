package org.convlab.view.translation;

import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Small builders for the pieces of the translation experiment's panel: labelled control groups that
 * never shrink below what they need, a flow that wraps them, and wrapping sentences. Shared by
 * {@link ShiftPanel} and {@link BlockMoveControls} so both rows of the control bar behave alike.
 */
final class PanelParts {
    private PanelParts() {}

    /** A row of controls that keeps its full width: a setting cut to "va…" hides it. */
    static HBox group(String id, Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setId(id);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    static FlowPane flow(String id, Node... nodes) {
        FlowPane f = new FlowPane(14, 6, nodes);
        f.setId(id);
        f.setAlignment(Pos.CENTER_LEFT);
        f.setRowValignment(VPos.CENTER);
        // wrap at the width given, never wider: the page must not scroll sideways
        f.setPrefWrapLength(200);
        f.setMinWidth(0);
        return f;
    }

    /** A label that is never cut short. */
    static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * A hint at the end of a row: it wraps onto more lines rather than pushing the row's controls
     * shut.
     */
    static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    static Label caption(String id) {
        Label l = named(id, "caption");
        l.setWrapText(true);
        return l;
    }

    static Label sentence(String id, String style) {
        Label l = named(id, "sentence", style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** A live "value" label beside a slider, e.g. "k = +2". */
    static Label valueLabel(String id) {
        Label l = named(id, "value-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** An empty label the view fills later, found by id in tests and styled by the sheet. */
    private static Label named(String id, String... styles) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().addAll(styles);
        return l;
    }

    /** A slider that stops on whole numbers only, with a tick at each. */
    static Slider wholeSteps(Slider s, String id, String style) {
        s.setId(id);
        s.setMajorTickUnit(1);
        s.setMinorTickCount(0);
        s.setSnapToTicks(true);
        s.setShowTickMarks(true);
        s.getStyleClass().add(style);
        return s;
    }
}
