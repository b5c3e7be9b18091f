package org.convlab;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.convlab.conv.VectorPath;
import org.convlab.format.UserDataFolder;
import org.convlab.format.WorkspaceCodec;
import org.convlab.view.AppIcon;
import org.convlab.view.EditMenu;
import org.convlab.view.FileMenu;
import org.convlab.view.MainView;
import org.convlab.view.WindowPrefs;
import org.convlab.view.document.DocumentWindow;
import org.convlab.view.document.WorksheetActions;
import org.convlab.viewmodel.MainViewModel;
import org.convlab.viewmodel.SessionPrefs;
import org.convlab.viewmodel.document.Autosave;
import org.convlab.viewmodel.document.DocumentViewModel;
import org.convlab.viewmodel.document.EditableDocument;
import org.convlab.viewmodel.worksheet.WorksheetExercises;

/**
 * The JavaFX application: one window holding the three lessons. Started with one argument naming a
 * workspace file (as the desktop does on a double-click), it opens that file.
 */
public final class ConvLabApp extends Application {
    /**
     * Overrides where settings are kept (a preferences path), e.g. for a clean classroom machine.
     */
    public static final String PREFS_PROPERTY = "convlab.prefs";

    /**
     * With {@code -Dconvlab.exitAfterStart=true} (or in {@code JAVA_TOOL_OPTIONS} for a packaged
     * launcher) the app shows its window, draws it, prints "ConvLab: main window shown" and exits
     * with status 0: the smoke test of the installer build (installer/smoke-test.sh).
     */
    public static final String EXIT_AFTER_START_PROPERTY = "convlab.exitAfterStart";

    /**
     * With {@code -Dconvlab.predictLocked=true} (or in {@code JAVA_TOOL_OPTIONS}) predict mode is
     * on and the learner cannot turn it off, as with the {@code predictLocked} preference.
     */
    public static final String PREDICT_LOCKED_PROPERTY = "convlab.predictLocked";

    /** Starts the GUI (used by {@link Launcher} and by {@code mvn javafx:run}). */
    public static void main(String[] args) {
        launch(ConvLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        MainViewModel model = new MainViewModel();
        Preferences prefs = preferences();
        new SessionPrefs(prefs).attach(model);
        if (Boolean.getBoolean(PREDICT_LOCKED_PROPERTY)) {
            model.predictSession().setLocked(true);
        }
        MainView view = new MainView(model);
        Scene scene = new Scene(view, WindowPrefs.DEFAULT_WIDTH, WindowPrefs.DEFAULT_HEIGHT);
        stage.setTitle("ConvLab");
        for (int size : AppIcon.SIZES) {
            stage.getIcons().add(AppIcon.image(size));
        }
        stage.setScene(scene);
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().stream()
                .filter(s -> !s.equals(Screen.getPrimary()))
                .forEach(s -> screens.add(s.getVisualBounds()));
        new WindowPrefs(prefs).attach(stage, screens);
        attachDocument(stage, scene, view, model, prefs);
        stage.show();
        warmUpCoreAfterFirstFrames();
        if (Boolean.getBoolean(EXIT_AFTER_START_PROPERTY)) {
            exitAfterFirstFrames();
        }
        List<String> raw = getParameters().getRaw();
        if (raw.size() == 1) {
            StartArguments.workspaceFile(raw.get(0)).ifPresent(model::openOnStart);
        }
    }

    /**
     * Files, undo and autosave: the detector's workspace is the document. The File and Edit menus
     * go before View; the window title, close request and crash recovery follow the document.
     */
    private static void attachDocument(
            Stage stage, Scene scene, MainView view, MainViewModel model, Preferences prefs) {
        DocumentViewModel document =
                DocumentViewModel.forApp(
                        EditableDocument.of(
                                model.detector().committedWorkspaceProperty(),
                                model.detector()::load),
                        WorkspaceCodec.json(),
                        prefs);
        FileMenu fileMenu = new FileMenu(document, () -> stage);
        fileMenu.addWorksheetItems(
                new WorksheetActions(
                        new WorksheetExercises(model, document), fileMenu.actions().dialogs()));
        EditMenu editMenu = new EditMenu(document, fileMenu.actions());
        view.menuBar().addLeading(fileMenu, editMenu);
        editMenu.installShortcuts(scene);
        model.setWorkspaceOpener(file -> document.open(file, fileMenu.actions().dialogs()));
        DocumentWindow.attach(
                stage,
                document,
                new Autosave(
                        UserDataFolder.resolve(), WorkspaceCodec.json(), Autosave.DEFAULT_INTERVAL),
                fileMenu.actions().dialogs(),
                !Boolean.getBoolean(EXIT_AFTER_START_PROPERTY));
    }

    /**
     * Lets the core time its Vector API loops ({@link VectorPath}) once the window is up: the
     * warm-up keeps one core busy for about a second, which would otherwise delay the first frame
     * on a two-core laptop.
     */
    private static void warmUpCoreAfterFirstFrames() {
        PauseTransition settle = new PauseTransition(Duration.seconds(1));
        settle.setOnFinished(e -> VectorPath.warmUpInBackground());
        settle.play();
    }

    /** Exits once the window has been drawn: two pulses after showing it. */
    private static void exitAfterFirstFrames() {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    System.out.println("ConvLab: main window shown" + wallClock());
                    Platform.exit();
                }
            }
        }.start();
    }

    /**
     * " (at N ms since the epoch)": the wall-clock moment the window was drawn, which the
     * installer's measure script subtracts from the moment it started the launcher. (The process
     * start time the OS reports is rounded to whole seconds of boot time here, so it cannot serve.)
     */
    private static String wallClock() {
        return " (at " + System.currentTimeMillis() + " ms since the epoch)";
    }

    private static Preferences preferences() {
        String path = System.getProperty(PREFS_PROPERTY);
        return path == null || path.isBlank()
                ? Preferences.userNodeForPackage(ConvLabApp.class)
                : Preferences.userRoot().node(path);
    }
}
