package org.convlab.view.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.convlab.view.ClassroomScreens;
import org.convlab.view.ClassroomScreens.Size;
import org.convlab.viewmodel.Lesson;
import org.convlab.viewmodel.MainViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The learning lesson on a classroom projector, presenting and not: the controls, the filters, the
 * loss curve, the hit rate, the held-out strip and the step with its hint all in view without
 * scrolling, and no text cut short.
 */
@ExtendWith(ApplicationExtension.class)
class LearnClassroomTest {
    /** What a teacher needs on the screen while the class watches the detector learn. */
    private static final String[] KEY_NODES = {
        "#learn-train",
        "#learn-step",
        "#learn-pause",
        "#learn-reset",
        "#learn-use-painting",
        "#learn-use",
        "#learn-filter-0",
        "#learn-filter-1",
        "#learn-filter-caption-1",
        "#learn-steps",
        "#learn-curve",
        "#learn-hits",
        "#learn-strip",
        "#learn-error-map",
        "#learn-gradient-1",
        "#learn-step-hint"
    };

    private MainViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = ClassroomScreens.open(stage, 1024, 768);
    }

    @AfterEach
    void restore(FxRobot robot) {
        robot.interact(() -> model.presenter().setActive(false));
        ClassroomScreens.settle(robot, stage);
    }

    /** The projector sizes of the Monocle screen (1280 × 800), presenting and not. */
    static Stream<Arguments> screens() {
        return Stream.of(new Size(1024, 768), new Size(1280, 720))
                .flatMap(s -> Stream.of(Arguments.of(s, true), Arguments.of(s, false)));
    }

    @ParameterizedTest(name = "{0}, presenter {1}")
    @MethodSource("screens")
    void everythingTheTeacherNeedsIsInViewWithoutScrolling(
            Size size, boolean presenter, FxRobot robot) throws Exception {
        ClassroomScreens.show(robot, stage, model, Lesson.LEARNING, size, presenter);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !robot.lookup("#learn-hits").queryAs(Label.class).getText().isEmpty());
        ClassroomScreens.settle(robot, stage);
        robot.interact(
                () -> {
                    Scene scene = stage.getScene();
                    assertThat(scene.getWidth()).as("window width").isEqualTo(size.width());
                    assertThat(model.display().isPresenting()).isEqualTo(presenter);
                    assertThat(ClassroomScreens.notOnScreen(scene, KEY_NODES))
                            .as("key nodes not wholly in view at %s, presenter %s", size, presenter)
                            .isEmpty();
                    assertThat(((Label) scene.getRoot().lookup("#learn-hits")).getText())
                            .endsWith("held-out images peak at the X");
                    assertThat(
                                    ClassroomScreens.cutTexts(
                                            (Parent) scene.getRoot().lookup("#learning-view")))
                            .as("texts cut short or broken inside a word")
                            .isEmpty();
                });
    }
}
