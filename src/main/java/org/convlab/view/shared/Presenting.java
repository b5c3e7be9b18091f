package org.convlab.view.shared;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import org.convlab.viewmodel.DisplaySettings;

/**
 * Presenter mode turns a lesson into a stage: what the class needs to see grows, and the controls a
 * teacher rarely touches in front of the room step aside. One rule for every lesson, so a control
 * that is hidden while presenting also gives up its space.
 */
public final class Presenting {
    private Presenting() {}

    /** Hides {@code nodes} (and frees their space) while presenter mode is on. */
    public static void hideWhile(DisplaySettings display, Node... nodes) {
        BooleanBinding shown = display.presentingProperty().not();
        for (Node n : nodes) {
            n.visibleProperty().bind(shown);
            n.managedProperty().bind(shown);
        }
    }

    /**
     * Shows {@code nodes} only while presenter mode is on (a slim stand-in for a hidden control).
     */
    public static void showOnlyWhile(DisplaySettings display, Node... nodes) {
        for (Node n : nodes) {
            n.visibleProperty().bind(display.presentingProperty());
            n.managedProperty().bind(display.presentingProperty());
        }
    }
}
