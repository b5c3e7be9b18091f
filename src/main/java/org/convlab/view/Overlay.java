package org.convlab.view;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A card over a dimmed window, open while {@code open} is true. Used instead of a separate dialog
 * window so it works in full screen on a projector and scales with presenter mode. A click on the
 * dimmed area or the close button closes it; Esc is handled by the main view, which also disables
 * the window behind so Tab stays on the card. The focus goes back where it was when the card
 * closes.
 */
class Overlay extends StackPane {
    private Node focusBefore;

    /** How much of the window's height a tall card (a scrolling list) takes. */
    static final double TALL = 0.88;

    Overlay(String id, BooleanProperty open, boolean tall, Node... content) {
        setId(id);
        getStyleClass().add("overlay");
        VBox card = new VBox(content);
        card.getStyleClass().add("overlay-card");
        card.setMaxWidth(USE_PREF_SIZE);
        if (tall) {
            card.prefHeightProperty().bind(heightProperty().multiply(TALL));
            card.maxHeightProperty().bind(heightProperty().multiply(TALL));
            VBox.setVgrow(content[content.length - 1], Priority.ALWAYS);
        } else {
            card.setMaxHeight(USE_PREF_SIZE);
        }
        card.setOnMouseClicked(e -> e.consume());
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
        setOnMouseClicked(e -> open.set(false));

        visibleProperty().bind(open);
        managedProperty().bind(open);
        open.addListener(
                (o, was, now) -> {
                    Scene scene = getScene();
                    if (now) {
                        focusBefore = scene == null ? null : scene.getFocusOwner();
                        card.lookupAll(".button").stream()
                                .findFirst()
                                .ifPresent(Node::requestFocus);
                    } else if (focusBefore != null && focusBefore.getScene() == scene) {
                        focusBefore.requestFocus();
                    }
                });
    }

    static Button closeButton(String id, BooleanProperty open, String accessibleText) {
        Button close = new Button("Close");
        close.setId(id);
        close.setAccessibleText(accessibleText);
        close.setOnAction(e -> open.set(false));
        return close;
    }
}
