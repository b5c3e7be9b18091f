package org.convlab.view.translation;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.translation.TranslationViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The invariance meter as a user drives it: on the homework's signal it shows the errors worked out
 * by hand, and K, 2D and zero fill change what it shows.
 */
@ExtendWith(ApplicationExtension.class)
class MeterPanelTest {
    private TranslationViewModel model;

    /** Monocle's headless screen is 1280×800, so the window must fit inside it. */
    @Start
    void start(Stage stage) {
        model = new TranslationViewModel();
        stage.setScene(new Scene(new TranslationView(model, new DisplaySettings()), 1200, 780));
        stage.sizeToScene();
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static ErrorPlot plot(FxRobot robot, String stage) {
        return robot.lookup("#meter-plot-" + stage).queryAs(ErrorPlot.class);
    }

    /** Scrolls the lesson so that {@code id} is in view, as a user would before clicking it. */
    private static void bringIntoView(FxRobot robot, String id) {
        robot.interact(
                () -> {
                    ScrollPane scroll =
                            robot.lookup("#translation-scroll").queryAs(ScrollPane.class);
                    Node content = scroll.getContent();
                    Node n = robot.lookup(id).query();
                    double y = content.sceneToLocal(n.localToScene(n.getLayoutBounds())).getMinY();
                    double free =
                            content.getLayoutBounds().getHeight()
                                    - scroll.getViewportBounds().getHeight();
                    scroll.setVvalue(Math.min(1, Math.max(0, (y - 40) / free)));
                });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theHomeworkSignalShowsTheErrorsWorkedOutByHand(FxRobot robot) {
        bringIntoView(robot, "#meter-stages");
        assertThat(plot(robot, "conv").valueTexts())
                .containsExactly(
                        "k = 0: invariance 0, equivariance 0",
                        "k = 1: invariance 18, equivariance 0",
                        "k = 2: invariance 28, equivariance 0",
                        "k = 3: invariance 30, equivariance 0",
                        "k = 4: invariance 30, equivariance 0",
                        "k = 5: invariance 28, equivariance 0",
                        "k = 6: invariance 18, equivariance 0");
        assertThat(plot(robot, "max-pool").valueTexts())
                .containsExactly(
                        "k = 0: invariance 0, equivariance 0",
                        "k = 1: invariance 18, equivariance n/a",
                        "k = 2: invariance 18, equivariance 0",
                        "k = 3: invariance 21, equivariance n/a",
                        "k = 4: invariance 28, equivariance 0",
                        "k = 5: invariance 18, equivariance n/a",
                        "k = 6: invariance 10, equivariance n/a");
        assertThat(plot(robot, "global-max").valueTexts())
                .containsExactly(
                        "k = 0: invariance 0, equivariance 0",
                        "k = 1: invariance 0, equivariance n/a",
                        "k = 2: invariance 0, equivariance n/a",
                        "k = 3: invariance 0, equivariance n/a",
                        "k = 4: invariance 0, equivariance n/a",
                        "k = 5: invariance 0, equivariance n/a",
                        "k = 6: invariance 0, equivariance n/a");
        assertThat(plot(robot, "max-pool").getAccessibleText())
                .startsWith("k = 0: invariance 0, equivariance 0; k = 1: invariance 18");
        assertThat(text(robot, "#meter-sentence-conv"))
                .endsWith("Equivariance error 0 at every k from 0 to 6: equivariant.");
        assertThat(text(robot, "#meter-sentence-max-pool"))
                .contains("Equivariance error 0 at k = 0, 2 and 4;")
                .endsWith("equivariant only at multiples of 2.");
        assertThat(text(robot, "#meter-sentence-global-max"))
                .contains("invariance error 0 at every k from 0 to 6: invariant.");
        assertThat(text(robot, "#meter-caption-conv")).isEqualTo("Conv output");
    }

    @Test
    void kTwoDimensionsAndZeroFillChangeWhatTheMeterShows(FxRobot robot) {
        bringIntoView(robot, "#meter-controls");
        robot.clickOn("#meter-k .decrement-arrow-button");
        robot.clickOn("#meter-k .decrement-arrow-button");
        assertThat(robot.lookup("#meter-k").queryAs(Spinner.class).getValue()).isEqualTo(4);
        assertThat(model.meter().getMaxShift()).isEqualTo(4);
        assertThat(plot(robot, "conv").valueTexts())
                .hasSize(5)
                .last()
                .isEqualTo("k = 4: invariance 30, equivariance 0");
        assertThat(text(robot, "#meter-setup")).contains("shifted right by k = 0…4 around a ring");

        robot.clickOn("#meter-2d");
        assertThat(text(robot, "#meter-setup")).startsWith("The 16×16 image of panel 3");
        assertThat(text(robot, "#meter-sentence-conv"))
                .startsWith("Conv output (16×16 cells, stride 1)")
                .endsWith("equivariant.");
        assertThat(text(robot, "#meter-sentence-max-pool"))
                .startsWith("Conv + max pool 2 (8×8 cells, stride 2)");
        assertThat(plot(robot, "global-max").valueTexts())
                .allSatisfy(t -> assertThat(t).contains(": invariance 0,"));
        // the image is 16 wide: K may now go up to 15
        for (int i = 0; i < 11; i++) {
            robot.clickOn("#meter-k .increment-arrow-button");
        }
        assertThat(model.meter().getMaxShift()).isEqualTo(15);
        assertThat(plot(robot, "max-pool").valueTexts()).hasSize(16);

        robot.clickOn("#meter-1d");
        assertThat(robot.lookup("#meter-k").queryAs(Spinner.class).getValue()).isEqualTo(6);
        robot.clickOn("#meter-zero-fill");
        assertThat(robot.lookup("#meter-zero-fill").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(text(robot, "#meter-setup")).contains("with zero fill and same padding");
        assertThat(plot(robot, "conv").valueTexts())
                .contains("k = 1: invariance 18, equivariance 15");
        assertThat(text(robot, "#meter-sentence-conv")).contains("not equivariant at k = 1");
    }
}
