package org.convlab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.convlab.viewmodel.Lesson;
import org.convlab.viewmodel.MainViewModel;
import org.convlab.viewmodel.reveal.GuidedReveal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The guided reveal on screen: every step of every lesson names a node that exists, marks it, and
 * shows its sentence; the on-screen Next and End work; at 1024×768 in presenter mode the marked
 * node is in view.
 */
@ExtendWith(ApplicationExtension.class)
class GuidedRevealViewTest {
    private MainViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = ClassroomScreens.open(stage, 1024, 768);
    }

    @Test
    void everyStepMarksANodeThatIsThereAndInView(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (Lesson lesson : Lesson.values()) {
            ClassroomScreens.show(
                    robot, stage, model, lesson, new ClassroomScreens.Size(1024, 768), true);
            GuidedReveal reveal = model.reveal(lesson);
            for (int i = 0; i < reveal.stepCount(); i++) {
                int step = i;
                robot.interact(() -> reveal.go(step));
                ClassroomScreens.settle(robot, stage);
                robot.interact(
                        () -> {
                            Scene scene = stage.getScene();
                            String where =
                                    lesson.id()
                                            + " step "
                                            + (step + 1)
                                            + " (#"
                                            + reveal.getLook()
                                            + ")";
                            Node look = scene.lookup("#" + reveal.getLook());
                            if (look == null) {
                                problems.add(where + ": no such node");
                                return;
                            }
                            if (!look.getStyleClass().contains(RevealBar.LOOK)) {
                                problems.add(where + ": not marked");
                            }
                            // What the sentence points at is on the projector, not below it.
                            problems.addAll(
                                    ClassroomScreens.topNotInView(scene, "#" + reveal.getLook())
                                            .stream()
                                            .map(p -> where + ": " + p)
                                            .toList());
                            String sentence =
                                    ((javafx.scene.control.Labeled)
                                                    scene.lookup(
                                                            "#" + lesson.id() + "-reveal-sentence"))
                                            .getText();
                            if (!sentence.equals(reveal.getSentence())) {
                                problems.add(where + ": shows \"" + sentence + "\"");
                            }
                            problems.addAll(
                                    ClassroomScreens.cutTexts(scene.getRoot()).stream()
                                            .map(c -> where + ": cut " + c)
                                            .toList());
                        });
            }
            robot.interact(reveal::stop);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theButtonsBesideTheMenusAndInTheBarDriveTheReveal(FxRobot robot) {
        robot.clickOn("#reveal-start");
        assertThat(model.reveal(Lesson.DETECTOR).getStep()).isZero();
        assertThat(robot.lookup("#reveal-start").query().isVisible()).isFalse();
        robot.clickOn("#detector-reveal-next");
        assertThat(model.reveal(Lesson.DETECTOR).getStep()).isEqualTo(1);
        assertThat(robot.lookup("#detector-reveal-step").queryLabeled().getText())
                .isEqualTo("2 / 10");
        robot.clickOn("#detector-reveal-back");
        assertThat(model.reveal(Lesson.DETECTOR).getStep()).isZero();
        robot.clickOn("#detector-reveal-end");
        assertThat(model.reveal(Lesson.DETECTOR).getStep()).isEqualTo(-1);
        assertThat(robot.lookup("#detector-reveal").query().isVisible()).isFalse();
        assertThat(robot.lookup("#reveal-start").query().isVisible()).isTrue();
    }
}
