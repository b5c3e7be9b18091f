package org.convlab.view.detector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.convlab.conv.Image;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.Window;
import org.convlab.view.shared.MapView;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.detector.DetectorViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The colour layer on screen: painting one channel, editing one slice, the 225 drawing. */
@ExtendWith(ApplicationExtension.class)
class ChannelsViewTest {
    private DetectorViewModel model;

    @Start
    void start(Stage stage) {
        model = new DetectorViewModel();
        stage.setScene(new Scene(new DetectorView(model, new DisplaySettings()), 1280, 800));
        stage.show();
    }

    private void openColourLayer(FxRobot robot) {
        robot.clickOn("#scenes").clickOn("Colour: 3 filters of 5×5×3 on RGB");
        assertThat(model.getWorkspace().image().channels()).isEqualTo(3);
    }

    private static double[] plane(Image img, int c) {
        double[] all = img.toArray();
        double[] p = new double[img.height() * img.width()];
        System.arraycopy(all, c * p.length, p, 0, p.length);
        return p;
    }

    /** Scrolls the channels board so that the node {@code id} is in view, as a user would. */
    private static void scrollBoardTo(FxRobot robot, String id) {
        ScrollPane board = robot.lookup("#channels-board").queryAs(ScrollPane.class);
        Node node = robot.lookup(id).query();
        robot.interact(
                () -> {
                    Node content = board.getContent();
                    double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
                    double room =
                            content.getLayoutBounds().getHeight()
                                    - board.getViewportBounds().getHeight();
                    board.setVvalue(room <= 0 ? 0 : Math.min(1, y / room));
                });
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aOneChannelWorkspaceHasNoChannelRow(FxRobot robot) {
        assertThat(robot.lookup("#channels-bar").query().isVisible()).isFalse();
        // The filter card is one untitled kernel, as before colour came in.
        assertThat(robot.lookup("#kernel-title-0-0").query().isVisible()).isFalse();
        assertThat(robot.lookup("#kernel-0-1").tryQuery()).isEmpty();
        assertThat(robot.lookup("#channels-board").query().isVisible()).isFalse();
    }

    @Test
    void paintingTheGreenChannelChangesOnlyGreen(FxRobot robot) {
        openColourLayer(robot);
        assertThat(robot.lookup("#channels-bar").query().isVisible()).isTrue();
        Image before = model.getWorkspace().image();
        robot.clickOn("#paint-channel-1");
        MapView input = robot.lookup("#input-map").queryAs(MapView.class);
        robot.interact(
                () -> {
                    MapMouse.fire(input, MouseEvent.MOUSE_PRESSED, 2, 20, false);
                    MapMouse.fire(input, MouseEvent.MOUSE_DRAGGED, 2, 25, false);
                    MapMouse.fire(input, MouseEvent.MOUSE_RELEASED, 2, 25, false);
                });
        Image after = model.getWorkspace().image();
        assertThat(plane(after, 0)).isEqualTo(plane(before, 0));
        assertThat(plane(after, 2)).isEqualTo(plane(before, 2));
        for (int x = 20; x <= 25; x++) {
            assertThat(before.get(1, 2, x)).isEqualTo(0);
            assertThat(after.get(1, 2, x)).as("green at (2, %d)", x).isEqualTo(1);
        }
        // The colour input shows green where the stroke went, and no red or blue.
        int argb = input.drawnArgb(2, 22);
        assertThat((argb >> 8) & 0xff).isGreaterThan((argb >> 16) & 0xff);
        assertThat((argb >> 8) & 0xff).isGreaterThan(argb & 0xff);
    }

    @Test
    void editingSliceTwoChangesOnlyPartialMapTwo(FxRobot robot) {
        openColourLayer(robot);
        robot.clickOn("#channels-board-toggle");
        assertThat(robot.lookup("#channels-board").query().isVisible()).isTrue();
        List<ResponseMap> before = model.channels().getPartialMaps();
        assertThat(before).hasSize(3);
        assertThat(text(robot, "#partial-sentence"))
                .isEqualTo("The response of red ↘ is the sum of these 3 maps, plus the bias");
        MapView first = robot.lookup("#partial-0").queryAs(MapView.class);
        MapView second = robot.lookup("#partial-1").queryAs(MapView.class);
        int firstArgb = first.drawnArgb(12, 12);
        int secondArgb = second.drawnArgb(18, 18);
        scrollBoardTo(robot, "#slice-1-2-2");
        robot.doubleClickOn("#slice-1-2-2").eraseText(3).write("4").type(KeyCode.ENTER);
        assertThat(model.getWorkspace().filters().get(0).filter().get(1, 2, 2)).isEqualTo(4);
        List<ResponseMap> after = model.channels().getPartialMaps();
        assertThat(after.get(0).toArray()).isEqualTo(before.get(0).toArray());
        assertThat(after.get(2).toArray()).isEqualTo(before.get(2).toArray());
        assertThat(after.get(1).toArray()).isNotEqualTo(before.get(1).toArray());
        // The green ↗ stroke passes (20, 20), the centre of cell (18, 18): slice 2 now sees it.
        assertThat(after.get(1).get(18, 18)).isEqualTo(4);
        MapView firstNow = robot.lookup("#partial-0").queryAs(MapView.class);
        MapView secondNow = robot.lookup("#partial-1").queryAs(MapView.class);
        assertThat(firstNow.drawnArgb(12, 12)).isEqualTo(firstArgb);
        assertThat(secondNow.drawnArgb(18, 18)).isNotEqualTo(secondArgb);
        assertThat(text(robot, "#cell-sums")).contains("Σ x·w per channel: R ");
    }

    @Test
    void theFilterCardShowsThreeSlicesAndEditingSliceTwoChangesOnlyPartialMapTwo(FxRobot robot) {
        openColourLayer(robot);
        robot.clickOn("#channels-board-toggle");
        for (int s = 0; s < 3; s++) {
            Label title = robot.lookup("#kernel-title-0-" + s).queryAs(Label.class);
            assertThat(title.isVisible()).isTrue();
            assertThat(title.getText()).isEqualTo(List.of("R", "G", "B").get(s));
        }
        MapView red = robot.lookup("#kernel-0").queryAs(MapView.class);
        MapView green = robot.lookup("#kernel-0-1").queryAs(MapView.class);
        assertThat(red.getRows()).isEqualTo(5);
        assertThat(green.getCols()).isEqualTo(5);
        assertThat(robot.lookup("#kernel-0-2").queryAs(MapView.class).isVisible()).isTrue();
        List<ResponseMap> before = model.channels().getPartialMaps();
        int greenBefore = green.drawnArgb(2, 2);
        robot.interact(
                () -> {
                    MapMouse.fire(green, MouseEvent.MOUSE_PRESSED, 2, 2, false);
                    MapMouse.fire(green, MouseEvent.MOUSE_RELEASED, 2, 2, false);
                });
        // The click cycled the green slice's centre 0 → 1 and left the red slice alone.
        assertThat(model.getWorkspace().filters().get(0).filter().get(1, 2, 2)).isEqualTo(1);
        assertThat(model.getWorkspace().filters().get(0).filter().get(0, 2, 2)).isEqualTo(1);
        assertThat(text(robot, "#weight-label-0")).isEqualTo("G w[2, 2]");
        assertThat(green.drawnArgb(2, 2)).isNotEqualTo(greenBefore);
        assertThat(green.getOutlines()).hasSize(1);
        assertThat(red.getOutlines()).isEmpty();
        List<ResponseMap> after = model.channels().getPartialMaps();
        assertThat(after.get(0).toArray()).isEqualTo(before.get(0).toArray());
        assertThat(after.get(2).toArray()).isEqualTo(before.get(2).toArray());
        assertThat(after.get(1).get(18, 18)).isEqualTo(1);
        assertThat(before.get(1).get(18, 18)).isEqualTo(0);
    }

    @Test
    void aPresetForOneSliceLeavesTheOtherSlicesZero(FxRobot robot) {
        openColourLayer(robot);
        robot.clickOn("#presets-0").clickOn("B only");
        // The submenu's item, to the right of the whole-filter item of the same name.
        Node item =
                robot.lookup("Horizontal line").queryAll().stream()
                        .max(
                                java.util.Comparator.comparingDouble(
                                        n -> n.localToScreen(0, 0).getX()))
                        .orElseThrow();
        robot.moveTo("B only").moveTo(item).clickOn(item);
        double[] w = model.getWorkspace().filters().get(0).filter().toArray();
        for (int i = 0; i < 50; i++) {
            assertThat(w[i]).as("red and green weight %d", i).isZero();
        }
        assertThat(w[50 + 2 * 5 + 1]).isEqualTo(1);
        assertThat(model.getMessage()).isEqualTo("Filter red ↘ is now a blue-only Horizontal line");
    }

    private static List<Window> planeOutlines(FxRobot robot, int c) {
        return robot.lookup("#plane-" + c).queryAs(MapView.class).getOutlines().stream()
                .map(MapView.Outline::window)
                .toList();
    }

    @Test
    void theSlideMovesTheFilterAsAStackOverTheThreePlanes(FxRobot robot) {
        openColourLayer(robot);
        robot.clickOn("#channels-board-toggle");
        robot.clickOn("#animation-home");
        for (int c = 0; c < 3; c++) {
            assertThat(planeOutlines(robot, c)).containsExactly(new Window(0, 0, 5, 5));
        }
        robot.clickOn("#animation-step");
        assertThat(model.animation().getPosition()).isEqualTo(1);
        for (int c = 0; c < 3; c++) {
            assertThat(planeOutlines(robot, c))
                    .as("plane %d", c)
                    .containsExactly(new Window(0, 1, 5, 5));
        }
        assertThat(text(robot, "#stack-caption"))
                .isEqualTo("Filter red ↘, 5×5×3: 3 slices over their planes at cell [0, 1]");
        for (int s = 0; s < 3; s++) {
            assertThat(robot.lookup("#stack-slice-" + s).query().isVisible()).isTrue();
        }
        // The red slice's diagonal lies on the red plane; the other two slices are zero.
        List<MapView.Mark> red = robot.lookup("#plane-0").queryAs(MapView.class).getMarks();
        assertThat(red).hasSize(5);
        assertThat(red.get(4).row()).isEqualTo(4);
        assertThat(red.get(4).col()).isEqualTo(5);
        assertThat(robot.lookup("#plane-1").queryAs(MapView.class).getMarks()).isEmpty();
        assertThat(text(robot, "#cell-sums"))
                .startsWith("red ↘[0, 1] = Σ x·w per channel: R 0 + G 0 + B 0 = 0");
        // Depthwise, filter red ↘ reads the red plane alone.
        robot.clickOn("#groups-3");
        robot.clickOn("#animation-home");
        assertThat(planeOutlines(robot, 0)).containsExactly(new Window(0, 0, 5, 5));
        assertThat(planeOutlines(robot, 1)).isEmpty();
        assertThat(planeOutlines(robot, 2)).isEmpty();
        assertThat(robot.lookup("#stack-slice-1").tryQuery()).isEmpty();
    }

    @Test
    void theHomeworkLayerIsDrawnAsBlocksWith225(FxRobot robot) {
        openColourLayer(robot);
        robot.clickOn("#channels-board-toggle");
        Label tally = robot.lookup("#layer-tally").queryAs(Label.class);
        assertThat(tally.isVisible()).isTrue();
        assertThat(tally.getText()).isEqualTo("weights N · KH · KW · C: 225 = 3 · 5 · 5 · 3");
        assertThat(tally.getStyleClass()).contains("tally-homework");
        assertThat(text(robot, "#layer-input")).isEqualTo("input 32×32×3");
        assertThat(text(robot, "#layer-filters")).isEqualTo("3 filters 5×5×3");
        assertThat(text(robot, "#layer-output")).isEqualTo("output 28×28×3");
        assertThat(robot.lookup("#slice-2").query().isVisible()).isTrue();
    }

    @Test
    void depthwiseChangesTheCountsTheSlicesAndTheMaps(FxRobot robot) {
        openColourLayer(robot);
        robot.clickOn("#channels-board-toggle");
        robot.clickOn("#groups-3");
        assertThat(model.getWorkspace().convolution().groups()).isEqualTo(3);
        assertThat(text(robot, "#layer-filters")).isEqualTo("3 filters 5×5×1 (depthwise)");
        assertThat(text(robot, "#layer-tally"))
                .isEqualTo("weights N · KH · KW · C/g: 75 = 3 · 5 · 5 · 1");
        assertThat(robot.lookup("#slice-1").tryQuery()).isEmpty();
        assertThat(model.channels().getPartialMaps()).hasSize(1);
        // Each one-colour filter kept its own slice, so the responses are unchanged.
        assertThat(model.getDetection().responses().get(1).get(18, 18)).isEqualTo(5);
        robot.clickOn("#groups-1");
        assertThat(text(robot, "#layer-tally"))
                .isEqualTo("weights N · KH · KW · C: 225 = 3 · 5 · 5 · 3");
    }
}
