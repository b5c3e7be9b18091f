package org.convlab.view.detector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.convlab.conv.Pooling;
import org.convlab.conv.SecondLayer;
import org.convlab.conv.Workspace;
import org.convlab.view.ClassroomScreens;
import org.convlab.view.ClassroomScreens.Size;
import org.convlab.view.shared.MapView;
import org.convlab.viewmodel.Lesson;
import org.convlab.viewmodel.MainViewModel;
import org.convlab.viewmodel.detector.DetectorScenes;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The homework detector with max pooling and its offsets as a second layer, on the smallest
 * classroom screen and in presenter mode: responses, pooled maps and layer 2 all on screen, large
 * enough to read, no text cut.
 */
@ExtendWith(ApplicationExtension.class)
class DetectorStagesClassroomTest {
    private MainViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = ClassroomScreens.open(stage, 1024, 768);
    }

    static Stream<Arguments> smallestScreen() {
        return Stream.of(
                Arguments.of(ClassroomScreens.SIZES.get(0), false),
                Arguments.of(ClassroomScreens.SIZES.get(0), true));
    }

    @ParameterizedTest(name = "{0}, presenter {1}")
    @MethodSource("smallestScreen")
    void pooledMapsAndLayerTwoAreOnScreenAndReadable(Size size, boolean presenter, FxRobot robot) {
        Workspace home = DetectorScenes.homework();
        Workspace staged =
                home.withPooling(Pooling.window(Pooling.Kind.MAX, 2))
                        .withSecondLayer(SecondLayer.fromOffsets(home.filters()));
        robot.interact(() -> model.detector().load(staged));
        ClassroomScreens.show(robot, stage, model, Lesson.DETECTOR, size, presenter);
        robot.interact(
                () -> {
                    Scene scene = stage.getScene();
                    assertThat(
                                    ClassroomScreens.notOnScreen(
                                            scene,
                                            "#input-map",
                                            "#response-0-map",
                                            "#pooled-0-map",
                                            "#pooled-1-map",
                                            "#combined-map",
                                            "#combined-title",
                                            "#argmax-text"))
                            .as("key content not on screen")
                            .isEmpty();
                    assertThat(
                                    ClassroomScreens.cutTexts(
                                            scene.lookup("#detector-view").getParent()))
                            .as("texts cut")
                            .isEmpty();
                    MapView pooled = (MapView) scene.lookup("#pooled-0-map");
                    assertThat(pooled.getRows()).isEqualTo(14);
                    assertThat(pooled.getWidth()).as("pooled map width").isGreaterThan(70);
                    assertThat(
                                    ((javafx.scene.control.Labeled) scene.lookup("#combined-title"))
                                            .getText())
                            .isEqualTo("Layer 2: 1×1 kernel over the pooled maps  14×14");
                });
    }
}
