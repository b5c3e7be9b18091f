package org.convlab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.convlab.viewmodel.Lesson;
import org.convlab.viewmodel.MainViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window shows only the lesson on show at first; the others follow on demand or soon after. */
@ExtendWith(ApplicationExtension.class)
class LessonBuildingTest {
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = new MainViewModel();
        stage.setScene(new Scene(new MainView(model), 1200, 780));
        stage.show();
    }

    private static Tab tab(FxRobot robot, Lesson lesson) {
        return robot.lookup("#lessons").queryAs(TabPane.class).getTabs().stream()
                .filter(t -> t.getUserData() == lesson)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void onlyTheLessonOnShowIsBuiltAtFirstAndAChosenTabIsBuiltAtOnce(FxRobot robot) {
        assertThat(model.getLesson()).isEqualTo(Lesson.DETECTOR);
        assertThat(tab(robot, Lesson.DETECTOR).getContent()).isNotNull();
        assertThat(tab(robot, Lesson.PARAMETERS).getContent()).isNull();
        assertThat(tab(robot, Lesson.TRANSLATION).getContent()).isNull();
        robot.interact(() -> model.setLesson(Lesson.TRANSLATION));
        assertThat(tab(robot, Lesson.TRANSLATION).getContent()).isNotNull();
        assertThat(robot.lookup("#shift-slider").tryQuery()).isPresent();
    }

    @Test
    void theHiddenLessonsAreBuiltSoonAfterTheWindowAppears(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () ->
                        tab(robot, Lesson.PARAMETERS).getContent() != null
                                && tab(robot, Lesson.TRANSLATION).getContent() != null);
        assertThat(model.getLesson())
                .as("building them does not switch lessons")
                .isEqualTo(Lesson.DETECTOR);
    }
}
