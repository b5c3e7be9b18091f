package org.convlab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.convlab.conv.Pooling;
import org.convlab.conv.SecondLayer;
import org.convlab.conv.Workspace;
import org.convlab.format.WorkspaceCodec;
import org.convlab.viewmodel.document.DocumentViewModel;
import org.convlab.viewmodel.document.DocumentViewModelTest;
import org.convlab.viewmodel.document.FakeDocument;
import org.convlab.viewmodel.document.RecentFiles;
import org.convlab.viewmodel.document.UndoHistory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DocumentMenusTest {
    private FakeDocument doc;
    private DocumentViewModel model;
    private FileMenu file;
    private EditMenu edit;
    private Stage stage;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        prefs = Preferences.userRoot().node("org/convlab/test-" + UUID.randomUUID());
        doc = new FakeDocument(DocumentViewModelTest.start());
        model =
                new DocumentViewModel(
                        doc,
                        WorkspaceCodec.json(),
                        new RecentFiles(prefs),
                        DocumentViewModelTest::start,
                        new UndoHistory());
        file = new FileMenu(model, () -> stage);
        edit = new EditMenu(model, file.actions());
        BorderPane root = new BorderPane(new Label("work"));
        root.setTop(new MenuBar(file, edit));
        Scene scene = new Scene(root, 800, 500);
        edit.installShortcuts(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
    }

    private MenuItem item(Menu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private void commit(Workspace ws) {
        robotRun(() -> doc.commit(ws));
    }

    private static void robotRun(Runnable r) {
        javafx.application.Platform.runLater(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showAsSecondLayerAndPoolingAreUndoneLikeAnyEdit(FxRobot robot) {
        Workspace start = doc.current();
        Workspace layered = start.withSecondLayer(SecondLayer.fromOffsets(start.filters()));
        commit(layered);
        assertThat(item(edit, "edit-undo").getText()).isEqualTo("Undo Show as second layer");
        Workspace pooled = layered.withPooling(Pooling.window(Pooling.Kind.MAX, 2));
        commit(pooled);
        assertThat(item(edit, "edit-undo").getText()).isEqualTo("Undo pooling change");
        robot.clickOn("work").press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.current()).isEqualTo(start);
        assertThat(doc.current().secondLayer()).isNull();
    }

    @Test
    void undoItemNamesTheStepAndShortcutsWalkTheHistory(FxRobot robot) {
        MenuItem undo = item(edit, "edit-undo");
        MenuItem redo = item(edit, "edit-redo");
        assertThat(undo.isDisable()).isTrue();
        assertThat(undo.getText()).isEqualTo("Undo");
        Workspace start = doc.current();
        Workspace painted = DocumentViewModelTest.paint(start, 2, 2);
        commit(painted);
        assertThat(undo.isDisable()).isFalse();
        assertThat(undo.getText()).isEqualTo("Undo drawing");
        assertThat(stage.getTitle()).isEqualTo("ConvLab — Untitled •");

        robot.clickOn("work").press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.current()).isEqualTo(start);
        assertThat(redo.getText()).isEqualTo("Redo drawing");
        assertThat(stage.getTitle()).isEqualTo("ConvLab — Untitled");

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.current()).isEqualTo(painted);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z)
                .release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.current()).isEqualTo(painted);
        assertThat(redo.isDisable()).isTrue();
    }

    @Test
    void examplesMenuOpensTheHomeworkDetector(FxRobot robot) {
        Menu examples = (Menu) item(file, "file-examples");
        assertThat(examples.getItems())
                .extracting(MenuItem::getText)
                .containsExactly(
                        "Homework detector (streaks, filters A and B)",
                        "Chevron from parts (filters with offsets)",
                        "Colour patches (3 channels)");
        robotRun(() -> item(examples, "example-homework-detector").fire());
        assertThat(doc.current().image().height()).isEqualTo(32);
        assertThat(doc.current().filters()).extracting(f -> f.name()).containsExactly("A", "B");
        assertThat(stage.getTitle())
                .isEqualTo("ConvLab — Homework detector (streaks, filters A and B) (example)");
    }

    @Test
    void missingRecentFileShowsAnErrorAndTheAppCarriesOn(FxRobot robot) {
        Path gone =
                Path.of(
                        System.getProperty("java.io.tmpdir"),
                        "convlab-gone-" + UUID.randomUUID() + ".convlab");
        robotRun(() -> model.recentFiles().add(gone));
        Menu recent = (Menu) item(file, "file-recent");
        assertThat(recent.getItems().get(0).getText()).startsWith(gone.getFileName().toString());
        javafx.application.Platform.runLater(() -> recent.getItems().get(0).fire());
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#error-message").queryAs(Label.class);
        assertThat(message.getText())
                .isEqualTo(
                        gone.getFileName()
                                + " does not exist any more; it was removed from the Recent list.");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(recent.getItems())
                .extracting(MenuItem::getText)
                .containsExactly("No recent files");
        commit(DocumentViewModelTest.paint(doc.current(), 1, 1));
        assertThat(item(edit, "edit-undo").isDisable()).isFalse();
    }

    /**
     * Edit ▸ Paste Filter after the clipboard was read: Monocle's clipboard needs an --add-exports
     * the build does not pass, so the text is handed over directly.
     */
    private void paste(String text) throws Exception {
        java.util.concurrent.CompletableFuture<javafx.concurrent.Task<?>> task =
                new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> task.complete(file.actions().pasteFilter(text)));
        // The text is parsed in the background; then the FX thread shows what came of it.
        javafx.concurrent.Task<?> parse = task.get(10, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, parse::isDone);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pastedSpreadsheetCellsReplaceTheChosenFilter(FxRobot robot) throws Exception {
        paste("1\t-2\r\n3\t4\r\n");
        assertThat(robot.lookup("#filter-target-dialog").tryQuery()).isPresent();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.current().filters().get(0).filter().toArray()).containsExactly(1, -2, 3, 4);
        assertThat(doc.current().filters().get(0).name()).isEqualTo("A");
        assertThat(item(edit, "edit-undo").getText()).isEqualTo("Undo filter import");
    }

    @Test
    void pastedTextThatIsNoFilterIsExplained(FxRobot robot) throws Exception {
        Workspace before = doc.current();
        paste("1, 2\n3, oops");
        Label message = robot.lookup("#error-message").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("Row 2, column 2: \"oops\" is not a number");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.current()).isSameAs(before);
    }
}
