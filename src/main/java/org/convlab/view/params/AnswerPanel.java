package org.convlab.view.params;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.convlab.lessons.params.AnswerCheck;
import org.convlab.viewmodel.params.ParametersViewModel;

/**
 * "Check an answer": the learner types a count and is told what it is, or how far off it is and
 * why. It runs the width of the lesson, so the explanation of a mistake reads in long lines, not a
 * strip.
 */
final class AnswerPanel extends VBox {
    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    private static final PseudoClass MISTAKE = PseudoClass.getPseudoClass("mistake");

    AnswerPanel(ParametersViewModel model) {
        setId("params-answer");
        getStyleClass().add("answer-panel");
        Label title = new Label("Check an answer");
        title.getStyleClass().add("section-title");
        Label prompt =
                new Label(
                        "How many parameters does your layer have? Type a number (commas or spaces are fine).");
        prompt.setWrapText(true);
        prompt.setMinHeight(Label.USE_PREF_SIZE);
        TextField input = new TextField();
        input.setId("answer-input");
        input.setPromptText("e.g. 176,930,550");
        input.setAccessibleText("Your answer");
        input.textProperty().bindBidirectional(model.answerTextProperty());
        Label message = new Label();
        message.setId("answer-message");
        message.getStyleClass().add("answer-message");
        message.setWrapText(true);
        message.textProperty().bind(model.answerMessageProperty());
        message.setMinHeight(Label.USE_PREF_SIZE);
        message.visibleProperty().bind(model.answerMessageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Label distances = new Label();
        distances.setId("answer-distances");
        distances.getStyleClass().add("answer-distances");
        distances.setWrapText(true);
        distances.setMinHeight(Label.USE_PREF_SIZE);
        distances
                .textProperty()
                .bind(
                        model.answerDistancesProperty()
                                .map(
                                        s ->
                                                s.isEmpty()
                                                        ? ""
                                                        : "How far it is from each figure:\n" + s));
        distances.visibleProperty().bind(model.answerDistancesProperty().isNotEmpty());
        distances.managedProperty().bind(distances.visibleProperty());
        model.answerVerdictProperty()
                .addListener(
                        (obs, was, v) -> {
                            message.pseudoClassStateChanged(
                                    RIGHT, v.outcome() == AnswerCheck.Outcome.MATCH);
                            message.pseudoClassStateChanged(
                                    MISTAKE, v.outcome() == AnswerCheck.Outcome.FLATTENED_SLIDING);
                            message.pseudoClassStateChanged(
                                    WRONG,
                                    v.outcome() == AnswerCheck.Outcome.NO_MATCH
                                            || v.outcome() == AnswerCheck.Outcome.UNREADABLE);
                        });
        getChildren().addAll(title, prompt, input, message, distances);
    }
}
