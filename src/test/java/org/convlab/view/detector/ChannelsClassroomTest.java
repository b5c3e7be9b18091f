package org.convlab.view.detector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.convlab.view.ClassroomScreens;
import org.convlab.view.ClassroomScreens.Size;
import org.convlab.viewmodel.Lesson;
import org.convlab.viewmodel.MainViewModel;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The channels board at every classroom size, presenter mode on and off: the channel row, the
 * layer's blocks and the 225 tally are on screen without scrolling, and no text is cut.
 */
@ExtendWith(ApplicationExtension.class)
class ChannelsClassroomTest {
    private MainViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = ClassroomScreens.open(stage, 1024, 768);
        stage.sizeToScene();
    }

    static Stream<Arguments> sizes() {
        return ClassroomScreens.sizesAndPresenter();
    }

    @ParameterizedTest(name = "{0}, presenter {1}")
    @MethodSource("sizes")
    void theColourLayerIsReadable(Size size, boolean presenter, FxRobot robot) {
        ClassroomScreens.show(robot, stage, model, Lesson.DETECTOR, size, presenter);
        robot.interact(
                () -> {
                    model.detector().channels().loadColourLayer();
                    ((ToggleButton) stage.getScene().lookup("#channels-board-toggle"))
                            .setSelected(true);
                });
        ClassroomScreens.settle(robot, stage);
        robot.interact(
                () -> {
                    Scene scene = stage.getScene();
                    assertThat(
                                    ClassroomScreens.notOnScreen(
                                            scene,
                                            "#channels-bar",
                                            "#paint-channel-1",
                                            "#groups-3",
                                            "#layer-input",
                                            "#layer-filters",
                                            "#layer-output",
                                            "#layer-tally",
                                            "#input-map"))
                            .as("key content not on screen")
                            .isEmpty();
                    assertThat(
                                    ClassroomScreens.cutTexts(
                                            (javafx.scene.Parent) scene.lookup("#channels-board")))
                            .as("texts cut")
                            .isEmpty();
                    assertThat(
                                    ((javafx.scene.control.Labeled) scene.lookup("#layer-tally"))
                                            .getText())
                            .endsWith("225 = 3 · 5 · 5 · 3");
                    ((ToggleButton) scene.lookup("#channels-board-toggle")).setSelected(false);
                });
    }
}
