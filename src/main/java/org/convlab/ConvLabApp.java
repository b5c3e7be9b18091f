package org.convlab;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.convlab.view.MainView;
import org.convlab.viewmodel.MainViewModel;

/** The JavaFX application: one window holding the three lessons. */
public final class ConvLabApp extends Application {
    /** Starts the GUI (used by {@link Launcher} and by {@code mvn javafx:run}). */
    public static void main(String[] args) {
        launch(ConvLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        MainViewModel model = new MainViewModel();
        MainView view = new MainView(model);
        Scene scene = new Scene(view, 1400, 880);
        stage.setTitle("ConvLab");
        stage.setScene(scene);
        stage.show();
    }
}
