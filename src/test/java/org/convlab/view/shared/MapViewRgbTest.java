package org.convlab.view.shared;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.convlab.viewmodel.DisplaySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A colour input is drawn in its own colours, not as channel 1 in black and white. */
@ExtendWith(ApplicationExtension.class)
class MapViewRgbTest {
    private MapView map;

    @Start
    void start(Stage stage) {
        map = new MapView(new DisplaySettings());
        stage.setScene(new Scene(new StackPane(map), 200, 100));
        stage.show();
    }

    @Test
    void rgbDataIsDrawnInItsOwnColours(FxRobot robot) {
        // 1×2 image: a red cell and a blue cell, planar [c][y][x]
        double[] planar = {1, 0, /* green */ 0, 0, /* blue */ 0, 1};
        robot.interact(() -> map.setRgbData(planar, 1, 2));
        WritableImage[] out = new WritableImage[1];
        robot.interact(() -> out[0] = map.snapshot(null, null));
        double[] left = map.cellOrigin(0, 0);
        double[] right = map.cellOrigin(0, 1);
        double half = map.getCellSize() / 2;
        int red = out[0].getPixelReader().getArgb((int) (left[0] + half), (int) (left[1] + half));
        int blue =
                out[0].getPixelReader().getArgb((int) (right[0] + half), (int) (right[1] + half));
        assertThat(red & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(blue & 0xFFFFFF).isEqualTo(0x0000FF);
        assertThat(map.getRows()).isEqualTo(1);
        assertThat(map.getCols()).isEqualTo(2);
    }
}
