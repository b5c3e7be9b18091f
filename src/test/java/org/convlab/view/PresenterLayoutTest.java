package org.convlab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.convlab.view.shared.MapView;
import org.convlab.viewmodel.Lesson;
import org.convlab.viewmodel.MainViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presenter mode on a 1280×800 screen (150 % text): every button and label must still say all of
 * what it says, and the detector's maps must be big enough to read from the back of the room.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterLayoutTest {
    private static final double SCREEN_WIDTH = 1280;
    private static final double SCREEN_HEIGHT = 800;

    private MainViewModel model;
    private Stage stage;

    /** The primary stage is shared with the test classes that run next: leave it windowed. */
    @AfterEach
    void leaveFullScreen(FxRobot robot) {
        robot.interact(() -> stage.setFullScreen(false));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new MainViewModel();
        stage.setScene(new Scene(new MainView(model), SCREEN_WIDTH, SCREEN_HEIGHT));
        stage.sizeToScene(); // the stage is shared: an earlier test may have sized it
        stage.show();
    }

    private void presenterOn(FxRobot robot) {
        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.presenter().isActive()).isTrue();
        assertThat(model.display().getScale()).isEqualTo(1.5);
        // The headless screen is larger: keep presenter mode on a 1280×800 window.
        robot.interact(
                () -> {
                    model.setFullScreen(false);
                    stage.setWidth(SCREEN_WIDTH);
                    stage.setHeight(SCREEN_HEIGHT);
                });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.presenter().isActive()).isTrue();
        assertThat(stage.getScene().getWidth()).isLessThanOrEqualTo(SCREEN_WIDTH);
        assertThat(stage.getScene().getHeight()).isLessThanOrEqualTo(SCREEN_HEIGHT);
    }

    private void show(FxRobot robot, Lesson lesson) {
        robot.interact(() -> model.setLesson(lesson));
        // Some panes lay out twice (wrapped text, widths scaled after the first pulse).
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> stage.getScene().getRoot().layout());
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Every text shown cut short ("…") on any lesson, named with its lesson. */
    private List<String> cutOnEveryLesson(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        for (Lesson lesson : Lesson.values()) {
            show(robot, lesson);
            robot.interact(() -> collectCut(stage.getScene().getRoot(), lesson.title() + " ", cut));
        }
        return cut;
    }

    @Test
    void noButtonOrLabelIsCutShortInPresenterModeOnAnyLesson(FxRobot robot) {
        presenterOn(robot);
        assertThat(cutOnEveryLesson(robot)).as("texts shown cut short").isEmpty();
    }

    @Test
    void noButtonOrLabelIsCutShortAtNormalSizeOnAnyLesson(FxRobot robot) {
        assertThat(cutOnEveryLesson(robot)).as("texts shown cut short").isEmpty();
    }

    @Test
    void everyNumberFieldKeepsItsWidthOnTheParametersLesson(FxRobot robot) {
        for (boolean presenter : new boolean[] {false, true}) {
            if (presenter) {
                presenterOn(robot);
            }
            show(robot, Lesson.PARAMETERS);
            List<String> squeezed = new ArrayList<>();
            robot.interact(
                    () ->
                            robot.lookup(".text-field").queryAllAs(TextField.class).stream()
                                    .filter(
                                            f ->
                                                    f.getId() != null
                                                            && f.getId().startsWith("params-")
                                                            && f.isVisible())
                                    .filter(
                                            f ->
                                                    f.getWidth() < 3.4 * f.getFont().getSize() - 0.5
                                                            || !insideItsColumn(f))
                                    .forEach(
                                            f ->
                                                    squeezed.add(
                                                            (presenter ? "presenter " : "normal ")
                                                                    + f.getId()
                                                                    + ": "
                                                                    + f.getWidth()
                                                                    + " px, ends at "
                                                                    + f.localToScene(
                                                                                    f
                                                                                            .getLayoutBounds())
                                                                            .getMaxX())));
            assertThat(squeezed)
                    .as(
                            "number fields narrower than three digits or running out of the left column")
                    .isEmpty();
            assertThat(robot.lookup("#params-channels").queryAs(TextField.class).getWidth())
                    .isGreaterThan(30);
        }
    }

    /**
     * Whether the field ends inside the parameters lesson's left column (where the table starts).
     */
    private static boolean insideItsColumn(TextField f) {
        for (javafx.scene.Parent p = f.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("left-column")) {
                return f.localToScene(f.getLayoutBounds()).getMaxX()
                        <= p.localToScene(p.getLayoutBounds()).getMaxX() + 0.5;
            }
        }
        return true;
    }

    @Test
    void theParameterTableStaysOnScreenInPresenterMode(FxRobot robot) {
        presenterOn(robot);
        show(robot, Lesson.PARAMETERS);
        robot.interact(
                () -> {
                    Node table = stage.getScene().getRoot().lookup(".comparison-table");
                    Bounds b = table.localToScene(table.getLayoutBounds());
                    // the "Fully connected" column is the homework's answer: not behind a
                    // horizontal scroll
                    assertThat(b.getMaxX()).isLessThanOrEqualTo(SCREEN_WIDTH - 16);
                });
    }

    @Test
    void detectorMapsFillTheSpaceInPresenterMode(FxRobot robot) {
        presenterOn(robot);
        show(robot, Lesson.DETECTOR);
        double[] sides = mapSides(robot);
        // Side of the drawn 28×28 grid of filter A's response, filter B's and their sum, and of the
        // 32×32 input. Before the maps were laid out to fill the space they were 66, 66 and 61 px
        // here.
        assertThat(sides[0]).as("filter A map side").isGreaterThanOrEqualTo(MIN_MAP_SIDE);
        assertThat(sides[1]).as("filter B map side").isGreaterThanOrEqualTo(MIN_MAP_SIDE);
        assertThat(sides[2]).as("sum map side").isGreaterThanOrEqualTo(MIN_MAP_SIDE);
        assertThat(sides[3]).as("input grid side (32×32)").isGreaterThanOrEqualTo(MIN_MAP_SIDE);
        robot.interact(
                () -> {
                    for (String id : MAP_IDS) {
                        Node map = stage.getScene().getRoot().lookup(id);
                        Bounds b = map.localToScene(map.getLayoutBounds());
                        assertThat(b.getMaxX())
                                .as("right edge of %s", id)
                                .isLessThanOrEqualTo(SCREEN_WIDTH);
                        assertThat(b.getMinY()).as("top of %s", id).isGreaterThan(0);
                    }
                });
    }

    @Test
    void theSumMapIsTheLargestAtNormalSize(FxRobot robot) {
        show(robot, Lesson.DETECTOR);
        double[] sides = mapSides(robot);
        // 1280×800 at 100 % with the guide beside the lesson: the filters' maps stacked, the sum
        // taking the rest of the width.
        assertThat(sides[0]).as("filter A map side").isGreaterThanOrEqualTo(100);
        assertThat(sides[2]).as("sum map side").isGreaterThanOrEqualTo(175).isGreaterThan(sides[0]);
        assertThat(sides[3]).as("input grid side").isGreaterThanOrEqualTo(200);
    }

    /** 28 cells of at least 4.3 px: a streak can be told from its neighbour across a classroom. */
    static final double MIN_MAP_SIDE = 120;

    private static final String[] MAP_IDS = {
        "#response-0-map", "#response-1-map", "#combined-map", "#input-map"
    };

    private double[] mapSides(FxRobot robot) {
        double[] sides = new double[4];
        robot.interact(
                () -> {
                    for (int i = 0; i < MAP_IDS.length; i++) {
                        MapView m = (MapView) stage.getScene().getRoot().lookup(MAP_IDS[i]);
                        sides[i] = m.getCellSize() * Math.max(m.getRows(), m.getCols());
                    }
                });
        return sides;
    }

    /**
     * Every visible Labeled whose rendered text is not its whole text, as "id/class: text → shown".
     */
    private static void collectCut(Node node, String where, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            String shown = rendered(l);
            String whole =
                    l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
            if (shown != null && !shown.equals(whole)) {
                cut.add(
                        where
                                + (l.getId() != null
                                        ? "#" + l.getId()
                                        : l.getClass().getSimpleName())
                                + ": \""
                                + whole
                                + "\" shown as \""
                                + shown
                                + "\"");
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectCut(child, where, cut);
            }
        }
    }

    /** The text the skin draws: its LabeledText child (style class "text"). */
    private static String rendered(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        return null;
    }
}
