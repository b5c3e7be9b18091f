package org.convlab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.convlab.viewmodel.Lesson;
import org.convlab.viewmodel.MainViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presenter mode on the smallest classroom screen we support (1280×800, 150 % text): every button
 * and label must still say all of what it says, and the detector's maps must be big enough to read
 * from the back of the room.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterLayoutTest {
    private static final double SCREEN_WIDTH = 1280;
    private static final double SCREEN_HEIGHT = 800;

    private MainViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new MainViewModel();
        stage.setScene(new Scene(new MainView(model), SCREEN_WIDTH, SCREEN_HEIGHT));
        stage.show();
    }

    private void presenterOn(FxRobot robot) {
        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.presenter().isActive()).isTrue();
        assertThat(model.display().getScale()).isEqualTo(1.5);
        // Full screen on the headless screen must still be a 1280×800 window.
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

    @Test
    void noButtonOrLabelIsCutShortInPresenterModeOnAnyLesson(FxRobot robot) {
        presenterOn(robot);
        List<String> cut = new ArrayList<>();
        for (Lesson lesson : Lesson.values()) {
            show(robot, lesson);
            robot.interact(() -> collectCut(stage.getScene().getRoot(), lesson.title() + " ", cut));
            if (lesson == Lesson.TRANSLATION) robot.interact(() -> dump(stage.getScene().getRoot(), 0));
        }
        assertThat(cut).as("texts shown cut short").isEmpty();
    }

    @Test
    void detectorMapsGrowInPresenterMode(FxRobot robot) {
        show(robot, Lesson.DETECTOR);
        double[] before = mapSides(robot);
        presenterOn(robot);
        show(robot, Lesson.DETECTOR);
        double[] after = mapSides(robot);
        robot.interact(() -> dump(stage.getScene().getRoot(), 0));
        System.out.printf("maps before %s after %s%n", java.util.Arrays.toString(before), java.util.Arrays.toString(after));
        // Side of the drawn 28×28 grid: each filter's response and the sum.
        assertThat(after[0]).as("filter A map side").isGreaterThanOrEqualTo(MIN_FILTER_MAP);
        assertThat(after[1]).as("filter B map side").isGreaterThanOrEqualTo(MIN_FILTER_MAP);
        assertThat(after[2]).as("sum map side").isGreaterThanOrEqualTo(MIN_SUM_MAP);
        assertThat(after[2]).as("sum map grows with the text").isGreaterThan(before[2]);
    }

    static final double MIN_FILTER_MAP = 150;
    static final double MIN_SUM_MAP = 250;

    private double[] mapSides(FxRobot robot) {
        double[] sides = new double[3];
        robot.interact(() -> {
            String[] ids = {"#response-0-map", "#response-1-map", "#combined-map"};
            for (int i = 0; i < ids.length; i++) {
                MapView m = (MapView) stage.getScene().getRoot().lookup(ids[i]);
                sides[i] = m.getCellSize() * Math.max(m.getRows(), m.getCols());
            }
        });
        return sides;
    }

    private static void dump(Node n, int depth) {
        if (!n.isVisible() || depth > 16) return;
        if (n instanceof javafx.scene.layout.Region r && r.getHeight() > 20 && (r.getStyleClass().size() > 0 || r.getId() != null)) {
            javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
            System.out.printf("%s%s %s %s %.0f,%.0f %.0fx%.0f%n", " ".repeat(depth), n.getClass().getSimpleName(), n.getId(), r.getStyleClass(), b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
        }
        if (n instanceof Parent p && !(n instanceof Labeled)) for (Node c : p.getChildrenUnmodifiable()) dump(c, depth + 1);
    }

    /** Every visible Labeled whose rendered text is not its whole text, as "id/class: text → shown". */
    private static void collectCut(Node node, String where, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            String shown = rendered(l);
            String whole = l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
            if (shown != null && !shown.equals(whole)) {
                cut.add(where + (l.getId() != null ? "#" + l.getId() : l.getClass().getSimpleName()) + ": \"" + whole + "\" shown as \""
                        + shown + "\"");
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
