package org.convlab.view.shared;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Runs with the toolkit started: controls cannot be created before it. */
@ExtendWith(ApplicationExtension.class)
class ScaledSizesTest {
    @Test
    void explicitWidthsGrowWithTheScaleAndComeBack(FxRobot robot) {
        robot.interact(ScaledSizesTest::check);
    }

    private static void check() {
        Spinner<Integer> spinner = new Spinner<>(1, 9, 3);
        spinner.setPrefWidth(70);
        HBox computed = new HBox();
        VBox bound = new VBox();
        bound.prefWidthProperty().bind(computed.widthProperty());
        VBox root = new VBox(new HBox(spinner), computed, bound);

        ScaledSizes.apply(root, 1.5);
        assertThat(spinner.getPrefWidth()).isEqualTo(105);
        assertThat(computed.getPrefWidth()).isEqualTo(HBox.USE_COMPUTED_SIZE);
        ScaledSizes.apply(root, 2);
        assertThat(spinner.getPrefWidth()).isEqualTo(140);
        ScaledSizes.apply(root, 1);
        assertThat(spinner.getPrefWidth()).isEqualTo(70);
    }
}
