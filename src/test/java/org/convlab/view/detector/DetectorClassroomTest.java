package org.convlab.view.detector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
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
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The detector as a class sees it, at every classroom size with presenter mode on and off: the
 * input, each response map, the sum with its argmax and the result sentence are on screen without
 * scrolling, no text is cut, and in presenter mode the maps grow with the screen. A pooled,
 * two-layer detector stays readable on the smallest screen.
 */
@ExtendWith(ApplicationExtension.class)
class DetectorClassroomTest {
    private MainViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = ClassroomScreens.open(stage, 1024, 768);
    }

    static Stream<Arguments> sizes() {
        return ClassroomScreens.sizesAndPresenter();
    }

    @ParameterizedTest(name = "{0}, presenter {1}")
    @MethodSource("sizes")
    void theKeyContentIsOnScreenAndNoTextIsCut(Size size, boolean presenter, FxRobot robot) {
        ClassroomScreens.show(robot, stage, model, Lesson.DETECTOR, size, presenter);
        robot.interact(
                () -> {
                    Scene scene = stage.getScene();
                    assertOnScreenAndUncut(scene, "#response-1-map", "#animation-bar");
                    assertThat(
                                    ((javafx.scene.control.Labeled) scene.lookup("#argmax-text"))
                                            .getText())
                            .startsWith("Maximum 10 at row 14, column 17");
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.convlab.view.detector.DetectorClassroomTest#screens")
    void presenterModeMakesTheMapsLargerNotSmaller(Size size, FxRobot robot) {
        ClassroomScreens.show(robot, stage, model, Lesson.DETECTOR, size, false);
        double normal = side(robot, "#combined-map");
        ClassroomScreens.show(robot, stage, model, Lesson.DETECTOR, size, true);
        double presenting = side(robot, "#combined-map");
        if (size.width() >= 1280) {
            assertThat(presenting)
                    .as("sum map side in presenter mode vs normal (%s)", normal)
                    .isGreaterThanOrEqualTo(normal);
        } else {
            // At 1024×768 the 150 % text takes rows the maps had; they keep most of their size.
            assertThat(presenting)
                    .as("sum map side in presenter mode vs normal (%s)", normal)
                    .isGreaterThanOrEqualTo(0.75 * normal);
        }
        // At least a fifth of the screen's height: readable from the back of the room.
        assertThat(presenting).isGreaterThanOrEqualTo(size.height() / 5.0);
        robot.interact(
                () -> {
                    // A weight can still be clicked: the kernels stay on the stage.
                    Node kernel = stage.getScene().lookup("#kernel-0");
                    assertThat(ClassroomScreens.notOnScreen(stage.getScene(), "#kernel-0"))
                            .isEmpty();
                    assertThat(kernel.isDisabled()).isFalse();
                });
    }

    /**
     * The homework detector with max pooling and its offsets as a second layer, on the smallest
     * classroom screen with presenter mode off and on: responses, pooled maps and layer 2 all on
     * screen, large enough to read, no text cut.
     */
    @ParameterizedTest(name = "presenter {0}")
    @ValueSource(booleans = {false, true})
    void pooledMapsAndLayerTwoAreOnScreenAndReadable(boolean presenter, FxRobot robot) {
        Workspace home = DetectorScenes.homework();
        Workspace staged =
                home.withPooling(Pooling.window(Pooling.Kind.MAX, 2))
                        .withSecondLayer(SecondLayer.fromOffsets(home.filters()));
        robot.interact(() -> model.detector().load(staged));
        ClassroomScreens.show(
                robot, stage, model, Lesson.DETECTOR, ClassroomScreens.SIZES.get(0), presenter);
        robot.interact(
                () -> {
                    Scene scene = stage.getScene();
                    assertOnScreenAndUncut(scene, "#pooled-0-map", "#pooled-1-map");
                    MapView pooled = (MapView) scene.lookup("#pooled-0-map");
                    assertThat(pooled.getRows()).isEqualTo(14);
                    assertThat(pooled.getWidth()).as("pooled map width").isGreaterThan(70);
                    assertThat(((Labeled) scene.lookup("#combined-title")).getText())
                            .isEqualTo("Layer 2: 1×1 kernel over the pooled maps  14×14");
                });
    }

    /** The pipeline every detector shows, and {@code more}, wholly on screen; no text cut. */
    private static void assertOnScreenAndUncut(Scene scene, String... more) {
        List<String> selectors =
                new ArrayList<>(
                        List.of(
                                "#input-map",
                                "#response-0-map",
                                "#combined-map",
                                "#combined-title",
                                "#argmax-text"));
        selectors.addAll(List.of(more));
        assertThat(ClassroomScreens.notOnScreen(scene, selectors.toArray(new String[0])))
                .as("key content not on screen")
                .isEmpty();
        assertThat(ClassroomScreens.cutTexts(scene.lookup("#detector-view").getParent()))
                .as("texts cut")
                .isEmpty();
    }

    /**
     * The channels board at every size: the channel row, the layer's blocks and the 225 tally are
     * on screen without scrolling, and no text is cut.
     */
    @ParameterizedTest(name = "{0}, presenter {1}")
    @MethodSource("sizes")
    void theChannelsBoardOfTheColourLayerIsReadable(Size size, boolean presenter, FxRobot robot) {
        openColourBoard(robot, size, presenter);
        Scene scene = stage.getScene();
        robot.interact(
                () -> {
                    assertOnTheBoardAndUncut(
                            scene,
                            "#channels-bar",
                            "#paint-channel-1",
                            "#groups-3",
                            "#layer-input",
                            "#layer-filters",
                            "#layer-output",
                            "#layer-tally");
                    assertThat(
                                    ((javafx.scene.control.Labeled) scene.lookup("#layer-tally"))
                                            .getText())
                            .endsWith("225 = 3 · 5 · 5 · 3");
                    // At a desk the input stays beside the board, to paint on.
                    assertThat(ClassroomScreens.notOnScreen(scene, "#input-map"))
                            .isEqualTo(presenter ? List.of("#input-map: hidden") : List.of());
                    ((ToggleButton) scene.lookup("#channels-board-toggle")).setSelected(false);
                });
    }

    /**
     * On the stage the open board has the centre to itself: at every classroom size the layer's
     * blocks and tally, the three planes with the filter's stack, the focused cell's per-channel
     * sums, the partial maps with the response and the sentence that ties them are all on screen at
     * once, with nothing cut and no scrolling.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.convlab.view.detector.DetectorClassroomTest#screens")
    void onTheStageTheWholeBoardFitsTheScreen(Size size, FxRobot robot) {
        openColourBoard(robot, size, true);
        robot.interact(
                () -> {
                    Scene scene = stage.getScene();
                    assertOnTheBoardAndUncut(
                            scene,
                            "#layer-input",
                            "#layer-output",
                            "#layer-tally",
                            "#plane-0",
                            "#plane-2",
                            "#kernel-stack",
                            "#cell-sums",
                            "#partial-0",
                            "#partial-2",
                            "#partial-response",
                            "#partial-sentence");
                    assertThat(((MapView) scene.lookup("#partial-0")).getWidth())
                            .as("a partial map's width")
                            .isGreaterThanOrEqualTo(80);
                    // The input's planes are on the board; the input panel gives them its room.
                    assertThat(ClassroomScreens.notOnScreen(scene, "#input-map"))
                            .containsExactly("#input-map: hidden");
                    ((ToggleButton) scene.lookup("#channels-board-toggle")).setSelected(false);
                });
    }

    /** The homework's colour layer at {@code size}, its channels board open. */
    private void openColourBoard(FxRobot robot, Size size, boolean presenter) {
        robot.interact(() -> model.detector().channels().loadColourLayer());
        ClassroomScreens.show(robot, stage, model, Lesson.DETECTOR, size, presenter);
        robot.clickOn("#channels-board-toggle");
        ClassroomScreens.settle(robot, stage);
    }

    /** {@code selectors} wholly on screen, and no text on the board cut. */
    private static void assertOnTheBoardAndUncut(Scene scene, String... selectors) {
        assertThat(ClassroomScreens.notOnScreen(scene, selectors))
                .as("board content not on screen")
                .isEmpty();
        assertThat(ClassroomScreens.cutTexts((javafx.scene.Parent) scene.lookup("#channels-board")))
                .as("texts cut")
                .isEmpty();
    }

    static Stream<Size> screens() {
        return ClassroomScreens.SIZES.stream();
    }

    private double side(FxRobot robot, String id) {
        double[] side = new double[1];
        robot.interact(
                () -> {
                    MapView m = (MapView) stage.getScene().lookup(id);
                    side[0] = m.getCellSize() * Math.max(m.getRows(), m.getCols());
                });
        return side[0];
    }
}
