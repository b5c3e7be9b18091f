package org.convlab.view;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.convlab.viewmodel.reveal.GuidedReveal;

/**
 * The sentence of the guided reveal's current step, above the lesson while the reveal runs, with
 * Back, Next and End. The node the step names is marked (style class {@code reveal-look}) and
 * scrolled into view, so the class knows where to look.
 */
final class RevealBar extends HBox {
    static final String LOOK = "reveal-look";

    /** Layout passes after a step during which its node is kept in view. */
    private static final int SCROLL_PASSES = 6;

    private Node marked;

    /** The pulse listener keeping the marked node in view, and its scene; null when none. */
    private Runnable keepInView;

    private Scene keepInViewScene;

    RevealBar(GuidedReveal reveal, String lessonId) {
        setId(lessonId + "-reveal");
        getStyleClass().add("reveal-bar");
        Label count = new Label();
        count.setId(lessonId + "-reveal-step");
        count.getStyleClass().add("reveal-step");
        count.setMinWidth(USE_PREF_SIZE);
        count.textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> (reveal.getStep() + 1) + " / " + reveal.stepCount(),
                                reveal.stepProperty()));
        Label sentence = new Label();
        sentence.setId(lessonId + "-reveal-sentence");
        sentence.getStyleClass().add("reveal-sentence");
        sentence.setWrapText(true);
        sentence.setMinHeight(USE_PREF_SIZE);
        sentence.setMaxWidth(Double.MAX_VALUE);
        sentence.textProperty().bind(reveal.sentenceProperty());
        HBox.setHgrow(sentence, Priority.ALWAYS);
        // Small buttons, so that the sentence keeps the width of the bar.
        Button back =
                button("◂", lessonId + "-reveal-back", "Previous step (Page Up)", reveal::previous);
        Button next =
                button("Next ▸", lessonId + "-reveal-next", "Next step (Page Down)", reveal::next);
        next.disableProperty().bind(reveal.stepProperty().isEqualTo(reveal.stepCount() - 1));
        Button end =
                button(
                        "✕",
                        lessonId + "-reveal-end",
                        "End the guided reveal; the screen stays as it is",
                        reveal::stop);
        getChildren().addAll(count, sentence, back, next, end);
        BooleanBinding running = reveal.stepProperty().greaterThanOrEqualTo(0);
        visibleProperty().bind(running);
        managedProperty().bind(running);
        reveal.lookProperty().addListener((o, was, now) -> mark(now));
        sceneProperty().addListener((o, was, now) -> mark(reveal.getLook()));
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setAccessibleText(tip);
        b.setId(id);
        b.setMinWidth(USE_PREF_SIZE);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Marks the node with id {@code id} (and unmarks the last one), scrolled into view. */
    private void mark(String id) {
        if (marked != null) {
            marked.getStyleClass().remove(LOOK);
            marked = null;
        }
        stopKeepingInView();
        Scene scene = getScene();
        if (id == null || id.isEmpty() || scene == null) {
            return;
        }
        Node n = scene.lookup("#" + id);
        if (n != null) {
            n.getStyleClass().add(LOOK);
            marked = n;
            keepInView(scene, n);
        }
    }

    /**
     * Scrolls {@code n} into view after the next few layout passes: a step's settings (a scene, a
     * shift) change the layout in the pulses after it, so a scroll made at once can land on where
     * the node was, not where it ends up.
     */
    private void keepInView(Scene scene, Node n) {
        int[] passes = {0};
        keepInView =
                () -> {
                    scrollIntoView(n);
                    if (++passes[0] >= SCROLL_PASSES) {
                        stopKeepingInView();
                    } else {
                        Platform.requestNextPulse();
                    }
                };
        keepInViewScene = scene;
        scene.addPostLayoutPulseListener(keepInView);
        Platform.requestNextPulse();
    }

    /** The next step's node, or none, takes over: the last one is no longer scrolled to. */
    private void stopKeepingInView() {
        if (keepInView != null) {
            keepInViewScene.removePostLayoutPulseListener(keepInView);
            keepInView = null;
            keepInViewScene = null;
        }
    }

    /** Scrolls the nearest scroll pane around {@code n} so that its top is in view. */
    static void scrollIntoView(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp && sp.getContent() != null) {
                Node content = sp.getContent();
                double contentH = content.getLayoutBounds().getHeight();
                double viewH = sp.getViewportBounds().getHeight();
                if (contentH <= viewH) {
                    return;
                }
                Bounds b = content.sceneToLocal(n.localToScene(n.getLayoutBounds()));
                // The viewport's bounds are in the content's frame, shifted by the scroll.
                double shownTop = -sp.getViewportBounds().getMinY();
                boolean tall = b.getHeight() > viewH;
                boolean inView =
                        tall
                                ? Math.abs(b.getMinY() - shownTop) < 1
                                : b.getMinY() >= shownTop && b.getMaxY() <= shownTop + viewH;
                if (inView) {
                    return;
                }
                // A little room above, as much as the node leaves; a node taller than the view
                // fills it from its top.
                double margin = Math.max(0, Math.min(8, viewH - b.getHeight()));
                double top = Math.max(0, Math.min(contentH - viewH, b.getMinY() - margin));
                sp.setVvalue(
                        sp.getVmin() + (sp.getVmax() - sp.getVmin()) * top / (contentH - viewH));
                return;
            }
        }
    }
}
