package org.convlab.view;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.convlab.viewmodel.MainViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainViewTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new MainView(new MainViewModel()), 1200, 800));
        stage.show();
    }

    @Test
    void showsTheFourLessonsAsTabs(FxRobot robot) {
        TabPane tabs = robot.lookup("#lessons").queryAs(TabPane.class);
        assertThat(tabs.getTabs())
                .extracting(t -> t.getText())
                .containsExactly(
                        "Pattern detector",
                        "Conv vs fully connected",
                        "Translation",
                        "Learn the filters");
    }
}
