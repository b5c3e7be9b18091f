package org.convlab.view.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.convlab.format.WorkspaceCodec;
import org.convlab.view.EditMenu;
import org.convlab.view.FileMenu;
import org.convlab.viewmodel.document.Autosave;
import org.convlab.viewmodel.document.DocumentViewModel;
import org.convlab.viewmodel.document.DocumentViewModelTest;
import org.convlab.viewmodel.document.FakeDocument;
import org.convlab.viewmodel.document.RecentFiles;
import org.convlab.viewmodel.document.UndoHistory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DocumentWindowTest {
    @TempDir Path data;

    private final Preferences prefs =
            Preferences.userRoot().node("org/convlab/test-" + UUID.randomUUID());

    @Start
    void start(Stage primary) {
        primary.setScene(new Scene(new Label("primary"), 200, 100));
        primary.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
    }

    @Test
    void quitAsksAboutUnsavedChangesAndCancelKeepsTheWindow(FxRobot robot) throws Exception {
        FakeDocument doc = new FakeDocument(DocumentViewModelTest.start());
        AtomicReference<Stage> window = new AtomicReference<>();
        AtomicReference<FileMenu> menu = new AtomicReference<>();
        Autosave autosave = new Autosave(data, WorkspaceCodec.json(), Duration.ofMinutes(5));
        Platform.runLater(
                () -> {
                    Stage stage = new Stage();
                    DocumentViewModel model = model(doc);
                    FileMenu file = new FileMenu(model, () -> stage);
                    BorderPane root = new BorderPane(new Label("lesson"));
                    root.setTop(new MenuBar(file, new EditMenu(model, file.actions())));
                    stage.setScene(new Scene(root, 600, 400));
                    DocumentWindow.attach(stage, model, autosave, file.actions().dialogs(), true);
                    stage.show();
                    window.set(stage);
                    menu.set(file);
                    doc.commit(DocumentViewModelTest.paint(doc.current(), 3, 3));
                });
        WaitForAsyncUtils.waitForFxEvents();
        Stage stage = window.get();
        assertThat(stage.getTitle()).isEqualTo("ConvLab — Untitled •");
        assertThat(Files.exists(data.resolve("running-" + ProcessHandle.current().pid()))).isTrue();

        Platform.runLater(
                () ->
                        menu.get().getItems().stream()
                                .filter(i -> "file-quit".equals(i.getId()))
                                .findFirst()
                                .orElseThrow()
                                .fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#unsaved-changes-dialog").tryQuery()).isPresent();
        // The work was autosaved before the question, in case the app is killed while it is open.
        assertThat(
                        Files.exists(
                                data.resolve(
                                        "autosave-" + ProcessHandle.current().pid() + ".convlab")))
                .isTrue();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();

        Platform.runLater(
                () ->
                        menu.get().getItems().stream()
                                .filter(i -> "file-quit".equals(i.getId()))
                                .findFirst()
                                .orElseThrow()
                                .fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
        try (Stream<Path> left = Files.list(data)) {
            assertThat(left).as("a clean exit leaves nothing to recover").isEmpty();
        }
    }

    @Test
    void afterACrashTheAutosavedWorkIsOfferedAndRecovered(FxRobot robot) throws Exception {
        var lost = DocumentViewModelTest.paint(DocumentViewModelTest.start(), 6, 6);
        leaveWorkOfACrash(lost);
        FakeDocument doc = new FakeDocument(DocumentViewModelTest.start());
        Autosave autosave = new Autosave(data, WorkspaceCodec.json(), Duration.ofMinutes(5));
        Stage window = openWindow(doc, autosave, true);
        assertThat(robot.lookup("#recover-dialog").tryQuery()).isPresent();
        robot.clickOn("Recover");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.current()).isEqualTo(lost);
        assertThat(window.getTitle()).isEqualTo("ConvLab — Untitled •");
        assertThat(Files.exists(data.resolve("autosave-999999999.convlab")))
                .as("offered once only")
                .isFalse();
        assertThat(
                        WorkspaceCodec.json()
                                .read(
                                        Files.readString(
                                                data.resolve(
                                                        "autosave-"
                                                                + ProcessHandle.current().pid()
                                                                + ".convlab"))))
                .as("the recovered work is in this run's autosave at once")
                .isEqualTo(lost);
        Platform.runLater(window::close);
        autosave.close();
    }

    @Test
    void aStartThatOnlyMeasuresItselfNeitherAsksNorTakesTheWorkOfACrash(FxRobot robot)
            throws Exception {
        leaveWorkOfACrash(DocumentViewModelTest.paint(DocumentViewModelTest.start(), 6, 6));
        FakeDocument doc = new FakeDocument(DocumentViewModelTest.start());
        Autosave autosave = new Autosave(data, WorkspaceCodec.json(), Duration.ofMinutes(5));
        Stage window = openWindow(doc, autosave, false);
        assertThat(robot.lookup("#recover-dialog").tryQuery()).isEmpty();
        assertThat(doc.current()).isEqualTo(DocumentViewModelTest.start());
        assertThat(Files.exists(data.resolve("autosave-999999999.convlab")))
                .as("kept for the next real start")
                .isTrue();
        assertThat(Files.exists(data.resolve("running-999999999"))).isTrue();
        Platform.runLater(window::close);
        autosave.close();
    }

    /** What a killed run leaves behind: its marker and its autosave (pid beyond any real one). */
    private void leaveWorkOfACrash(org.convlab.conv.Workspace lost) throws java.io.IOException {
        Files.writeString(data.resolve("running-999999999"), "999999999");
        Files.writeString(
                data.resolve("autosave-999999999.convlab"), WorkspaceCodec.json().write(lost));
    }

    /** The document model of a window on {@code doc}, with this test's preferences. */
    private DocumentViewModel model(FakeDocument doc) {
        return new DocumentViewModel(
                doc,
                WorkspaceCodec.json(),
                new RecentFiles(prefs),
                DocumentViewModelTest::start,
                new UndoHistory());
    }

    /** A shown window on {@code doc}, a label for its lesson, attached to {@code autosave}. */
    private Stage openWindow(FakeDocument doc, Autosave autosave, boolean offerRecovery) {
        AtomicReference<Stage> window = new AtomicReference<>();
        Platform.runLater(
                () -> {
                    Stage stage = new Stage();
                    DocumentViewModel model = model(doc);
                    FileMenu file = new FileMenu(model, () -> stage);
                    stage.setScene(new Scene(new BorderPane(new Label("lesson")), 600, 400));
                    DocumentWindow.attach(
                            stage, model, autosave, file.actions().dialogs(), offerRecovery);
                    stage.show();
                    window.set(stage);
                });
        WaitForAsyncUtils.waitForFxEvents();
        return window.get();
    }
}
