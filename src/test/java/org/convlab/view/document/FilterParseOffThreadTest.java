package org.convlab.view.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.convlab.conv.Filter;
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

/**
 * Paste Filter and Import Filter parse in the background: while the parse is held back the FX
 * thread goes on handling events and no dialog is up; the parse runs on the worker's thread, and
 * only then does the FX thread ask where the filter goes (or say why the text is no filter).
 */
@ExtendWith(ApplicationExtension.class)
class FilterParseOffThreadTest {
    private final List<Runnable> held = new ArrayList<>();
    private FakeDocument doc;
    private FileActions actions;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("org/convlab/test-" + UUID.randomUUID());
        doc = new FakeDocument(DocumentViewModelTest.start());
        DocumentViewModel model =
                new DocumentViewModel(
                        doc,
                        WorkspaceCodec.json(),
                        new RecentFiles(prefs),
                        DocumentViewModelTest::start,
                        new UndoHistory());
        actions = new FileActions(model, () -> stage, held::add);
        stage.setScene(new Scene(new StackPane(new Label("work")), 400, 300));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
    }

    private Task<Filter> pasteOnFxThread(String text) throws Exception {
        CompletableFuture<Task<Filter>> task = new CompletableFuture<>();
        Platform.runLater(() -> task.complete(actions.pasteFilter(text)));
        return task.get(10, TimeUnit.SECONDS);
    }

    /** Runs the held work on a thread of the test's own and returns that thread's name. */
    private String runHeldWork() throws Exception {
        assertThat(held).hasSize(1);
        AtomicReference<String> where = new AtomicReference<>();
        Thread worker =
                new Thread(
                        () -> {
                            where.set(Thread.currentThread().getName());
                            held.remove(0).run();
                        },
                        "test-worker");
        worker.start();
        worker.join(10_000);
        return where.get();
    }

    @Test
    void pasteParsesOffTheFxThreadAndAsksWhereAfterwards(FxRobot robot) throws Exception {
        Task<Filter> task = pasteOnFxThread("1\t-2\r\n3\t4\r\n");
        // The FX thread returned at once and handles other events while the parse waits.
        CompletableFuture<Boolean> fxFree = new CompletableFuture<>();
        Platform.runLater(() -> fxFree.complete(Platform.isFxApplicationThread()));
        assertThat(fxFree.get(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task.isDone()).as("nothing parsed yet").isFalse();
        assertThat(robot.lookup("#filter-target-dialog").tryQuery()).isEmpty();

        assertThat(runHeldWork()).isEqualTo("test-worker");
        assertThat(task.get(5, TimeUnit.SECONDS).toArray()).containsExactly(1, -2, 3, 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#filter-target-dialog").tryQuery()).isPresent();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.current().filters().get(0).filter().toArray()).containsExactly(1, -2, 3, 4);
    }

    @Test
    void textThatIsNoFilterIsExplainedAfterTheBackgroundParse(FxRobot robot) throws Exception {
        Workspace before = doc.current();
        Task<Filter> task = pasteOnFxThread("1, 2\n3, oops");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#error-message").tryQuery()).isEmpty();
        runHeldWork();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#error-message").queryAs(Label.class).getText())
                .isEqualTo("Row 2, column 2: \"oops\" is not a number");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.current()).isSameAs(before);
    }
}
