package org.convlab.view;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.viewmodel.LessonGuide;
import org.convlab.viewmodel.MainViewModel;

/**
 * The "What to try" panel beside a lesson: the homework question it answers and a few numbered
 * steps. F9 or the × button hides it for every lesson at once; View ▸ What to try brings it back.
 * It is hidden in presenter mode.
 */
final class LessonGuidePane extends VBox {
    private final BooleanProperty shut = new SimpleBooleanProperty(this, "shut", false);

    /** Folds the guide shut (or opens it) while a narrow window keeps it as a tab. */
    void setShut(boolean value) {
        shut.set(value);
    }

    LessonGuidePane(LessonGuide guide, MainViewModel model) {
        setId(guide.lesson().id() + "-guide");
        getStyleClass().add("lesson-guide");
        setAccessibleText("What to try in " + guide.lesson().title());

        Label title = new Label("What to try");
        title.getStyleClass().add("guide-title");
        Button hide = new Button("\u00d7");
        hide.setId(guide.lesson().id() + "-guide-hide");
        hide.getStyleClass().add("guide-hide");
        hide.setAccessibleText("Hide the What to try guide (F9)");
        hide.setOnAction(e -> model.setGuideVisible(false));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(title, gap, hide);
        head.getStyleClass().add("guide-header");

        Label question = new Label(guide.question());
        question.getStyleClass().add("guide-question");
        question.setWrapText(true);
        getChildren().addAll(head, question);

        int n = 1;
        for (String step : guide.steps()) {
            Label number = new Label(n + ".");
            number.getStyleClass().add("guide-step-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(step);
            text.getStyleClass().add("guide-step");
            text.setWrapText(true);
            text.setAccessibleText("Step " + n + ": " + step);
            HBox row = new HBox(number, text);
            row.getStyleClass().add("guide-step-row");
            getChildren().add(row);
            n++;
        }
        // Presenter mode is a stage for the lesson's visuals: the guide steps aside while it is on.
        // Managed: the guide is wanted; visible: and not folded shut into its tab by a narrow
        // window.
        BooleanBinding wanted =
                model.guideVisibleProperty().and(model.display().presentingProperty().not());
        managedProperty().bind(wanted);
        visibleProperty().bind(wanted.and(shut.not()));
    }
}
