package org.convlab.view.translation;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convlab.view.MainView;
import org.convlab.viewmodel.MainViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The lesson inside the main window: choosing its tab makes ← / → shift the signal at once. */
@ExtendWith(ApplicationExtension.class)
class TranslationTabTest {
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = new MainViewModel();
        stage.setScene(new Scene(new MainView(model), 1200, 780));
        stage.show();
    }

    @Test
    void choosingTheTabLetsTheArrowKeysShiftTheSignal(FxRobot robot) {
        robot.clickOn("Translation");
        robot.sleep(200);
        assertThat(robot.lookup("#shift-slider").queryAs(Slider.class).isFocused()).isTrue();
        robot.type(KeyCode.RIGHT);
        assertThat(model.translation().getShift()).isEqualTo(1);
        assertThat(model.translation().getArgmaxAfter().col()).isEqualTo(1);
    }

    @Test
    void plotsGrowWithThePresenterScale(FxRobot robot) {
        robot.clickOn("Translation");
        BarPlot after = robot.lookup("#plot-after").queryAs(BarPlot.class);
        double before = after.getPrefHeight();
        robot.interact(() -> model.display().setScale(2));
        assertThat(after.getPrefHeight()).isEqualTo(before * 2);
        assertThat(after.getValues()).containsExactly(model.translation().getOutputAfter());
    }
}
