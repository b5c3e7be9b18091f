package org.convlab.view.shared;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.convlab.conv.DivergingColorMap;
import org.convlab.viewmodel.DisplaySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A map given in a buffer the caller updates recolours just the rows it is told changed, and
 * everything when the scale or the buffer changes.
 */
@ExtendWith(ApplicationExtension.class)
class MapViewRowsTest {
    private MapView map;

    @Start
    void start(Stage stage) {
        map = new MapView(new DisplaySettings());
        stage.setScene(new Scene(new StackPane(map), 300, 300));
        stage.show();
    }

    private void show(FxRobot robot, double[] buffer, DivergingColorMap scale, int from, int to) {
        robot.interact(() -> map.setRows(buffer, 3, 2, MapView.Style.DIVERGING, scale, from, to));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void recoloursOnlyTheRowsSaidToHaveChanged(FxRobot robot) {
        DivergingColorMap scale = new DivergingColorMap(4);
        double[] buffer = {0, 0, 0, 0, 0, 0};
        show(robot, buffer, scale, 0, 2);
        assertThat(map.drawnArgb(0, 0)).isEqualTo(scale.argb(0));
        buffer[0] = 4;
        buffer[4] = -4;
        show(robot, buffer, scale, 2, 2);
        assertThat(map.drawnArgb(2, 0)).isEqualTo(scale.argb(-4));
        // Row 0 was not said to change, so it keeps its colour: the caller's promise is trusted.
        assertThat(map.drawnArgb(0, 0)).isEqualTo(scale.argb(0));
        DivergingColorMap wider = new DivergingColorMap(8);
        show(robot, buffer, wider, -1, -1);
        assertThat(map.drawnArgb(0, 0)).isEqualTo(wider.argb(4));
        assertThat(map.drawnArgb(2, 0)).isEqualTo(wider.argb(-4));
        double[] other = {1, 1, 1, 1, 1, 1};
        show(robot, other, wider, -1, -1);
        assertThat(map.drawnArgb(1, 1)).isEqualTo(wider.argb(1));
    }
}
