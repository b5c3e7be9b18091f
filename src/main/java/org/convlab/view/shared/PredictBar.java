package org.convlab.view.shared;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.lessons.predict.Grade;
import org.convlab.viewmodel.predict.PredictSession;
import org.convlab.viewmodel.predict.PredictViewModel;

/**
 * "Predict, then reveal" above a lesson while predict mode is on: the switch (to turn it off), the
 * question, a field for the prediction, Check and Next, the sitting's score, and after Check the
 * verdict with the exact value and the explanation. The lesson hides its answer-bearing parts with
 * {@link #veil} while {@link PredictViewModel#hidingProperty()} holds. Enter in the field checks,
 * and after the reveal moves on to the next question.
 */
public final class PredictBar extends VBox {
    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    public PredictBar(PredictViewModel model, String lessonId) {
        PredictSession session = model.session();
        setId(lessonId + "-predict");
        getStyleClass().add("predict-bar");

        ToggleButton toggle = new ToggleButton("Predict");
        toggle.setId(lessonId + "-predict-toggle");
        toggle.getStyleClass().add("predict-toggle");
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.selectedProperty().bindBidirectional(session.onProperty());
        toggle.disableProperty().bind(session.lockedProperty());
        toggle.setTooltip(new Tooltip("Hide this lesson's answers until you have predicted them"));
        toggle.setAccessibleText("Predict, then reveal");
        Label lock = new Label("Locked on by your teacher");
        lock.setId(lessonId + "-predict-locked");
        lock.getStyleClass().add("predict-locked");
        lock.setMinWidth(Region.USE_PREF_SIZE);
        shownWhile(session.lockedProperty(), lock);

        Label prompt = new Label();
        prompt.setId(lessonId + "-predict-prompt");
        prompt.getStyleClass().add("predict-prompt");
        prompt.setWrapText(true);
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        prompt.setMaxWidth(Double.MAX_VALUE);
        prompt.textProperty().bind(model.promptProperty());
        HBox.setHgrow(prompt, Priority.ALWAYS);
        HBox head = new HBox(toggle, lock, prompt);
        head.getStyleClass().add("predict-row");
        head.setAlignment(Pos.CENTER_LEFT);

        TextField field = new TextField();
        field.setId(lessonId + "-predict-field");
        field.getStyleClass().add("predict-field");
        field.setPrefColumnCount(14);
        field.setMinWidth(Region.USE_PREF_SIZE);
        field.textProperty().bindBidirectional(model.typedProperty());
        field.promptTextProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> model.getQuestion() == null ? "" : model.getQuestion().hint(),
                                model.questionProperty()));
        field.setAccessibleText("Your prediction");
        field.editableProperty().bind(model.revealedProperty().not());
        field.setOnAction(
                e -> {
                    if (model.isRevealed()) {
                        model.next();
                    } else {
                        model.check();
                    }
                });
        Button check = button("Check", lessonId + "-predict-check", "Grade your prediction");
        check.setDefaultButton(false);
        check.setOnAction(e -> model.check());
        check.disableProperty()
                .bind(model.revealedProperty().or(model.questionProperty().isNull()));
        Button next =
                button(
                        "Next question",
                        lessonId + "-predict-next",
                        "A new question on the lesson as it is now; the answers hide again");
        next.setOnAction(e -> model.next());
        Label score = new Label();
        score.setId(lessonId + "-predict-score");
        score.getStyleClass().add("predict-score");
        score.setMinWidth(Region.USE_PREF_SIZE);
        score.textProperty().bind(model.scoreTextProperty());
        Label message = new Label();
        message.setId(lessonId + "-predict-message");
        message.getStyleClass().add("predict-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        shownWhile(model.messageProperty().isNotEmpty(), message);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox answer = new HBox(field, check, next, score, message);
        answer.getStyleClass().add("predict-row");
        answer.setAlignment(Pos.CENTER_LEFT);

        Label verdict = new Label();
        verdict.setId(lessonId + "-predict-verdict");
        verdict.getStyleClass().add("predict-verdict");
        verdict.setWrapText(true);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        Label why = new Label();
        why.setId(lessonId + "-predict-explanation");
        why.getStyleClass().add("predict-explanation");
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        model.gradeProperty()
                .addListener(
                        (o, was, g) -> {
                            verdict.setText(g == null ? "" : g.headline());
                            why.setText(g == null ? "" : g.explanation());
                            verdict.pseudoClassStateChanged(RIGHT, g != null && g.right());
                            verdict.pseudoClassStateChanged(
                                    WRONG, g != null && g.outcome() == Grade.Outcome.WRONG);
                        });
        VBox reveal = new VBox(verdict, why);
        reveal.getStyleClass().add("predict-reveal");
        shownWhile(model.revealedProperty(), reveal);

        getChildren().addAll(head, answer, reveal);
        // Off, the bar gives its rows back to the lesson; the switch in the menu row turns it on.
        shownWhile(session.onProperty(), this);
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        return b;
    }

    private static void shownWhile(ObservableBooleanValue condition, Node... nodes) {
        for (Node n : nodes) {
            n.visibleProperty().bind(condition);
            n.managedProperty().bind(condition);
        }
    }

    /**
     * Hides {@code nodes} while {@code hiding} holds, keeping their space so that the lesson does
     * not jump when the answer appears; hidden, they take no clicks or hovers either, so no tooltip
     * or probe gives the answer away.
     */
    public static void veil(BooleanBinding hiding, Node... nodes) {
        for (Node n : nodes) {
            n.opacityProperty().bind(Bindings.when(hiding).then(0.0).otherwise(1.0));
            n.mouseTransparentProperty().bind(hiding);
            if (!n.getStyleClass().contains("predict-veiled")) {
                n.getStyleClass().add("predict-veiled");
            }
        }
    }
}
