package org.convlab.view.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.convlab.view.shared.TestSheets;
import org.convlab.viewmodel.DisplaySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A bar plot's colours come from stylesheets: bar-plot.css by default, the high-contrast sheet
 * darkens the axis, and any sheet may recolour the bars.
 */
@ExtendWith(ApplicationExtension.class)
class BarPlotColoursTest {
    private final DisplaySettings display = new DisplaySettings();
    private BarPlot plot;
    private Scene scene;

    @Start
    void start(Stage stage) {
        plot = new BarPlot(display, BarPlot.Kind.OUTPUT);
        plot.setBars(new double[] {2, 4, 1}, 0);
        plot.setAxis(0, 2);
        plot.setPeaks(Set.of(1));
        StackPane root = new StackPane(plot);
        plot.setMinSize(300, 150);
        plot.setMaxSize(300, 150);
        scene = new Scene(root, 300, 150);
        stage.setScene(scene);
        stage.show();
    }

    private Color pixel(FxRobot robot, int x, int y) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = plot.snapshot(null, null));
        return shot[0].getPixelReader().getColor(x, y);
    }

    /** The middle of bar 0 (value 2 of a 4-high plot) and a point on the zero axis left of it. */
    private Color bar(FxRobot robot) {
        return pixel(robot, 50, 110);
    }

    private Color axis(FxRobot robot) {
        return pixel(robot, 3, 129);
    }

    @Test
    void highContrastDarkensTheAxisAndKeepsTheBars(FxRobot robot) {
        assertThat(bar(robot)).isEqualTo(Color.web("#C25A00"));
        assertThat(axis(robot).getRed()).isBetween(0.5, 0.6);
        TestSheets.highContrast(robot, scene, display, true);
        assertThat(bar(robot)).isEqualTo(Color.web("#C25A00"));
        assertThat(axis(robot)).isEqualTo(Color.BLACK);
        TestSheets.highContrast(robot, scene, display, false);
        assertThat(axis(robot).getRed()).isBetween(0.5, 0.6);
    }

    @Test
    void aStylesheetRecoloursTheBars(FxRobot robot) {
        robot.interact(
                () ->
                        scene.getStylesheets()
                                .add(TestSheets.of(".bar-plot { -cl-positive: #00FF00; }")));
        assertThat(bar(robot)).isEqualTo(Color.web("#00FF00"));
    }
}
