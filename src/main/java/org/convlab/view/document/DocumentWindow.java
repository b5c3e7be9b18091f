package org.convlab.view.document;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.convlab.viewmodel.document.Autosave;
import org.convlab.viewmodel.document.DocumentViewModel;

/**
 * Ties the document to the main window: the title follows the document, closing asks about unsaved
 * changes, the autosave runs while the window is open, and after an unclean exit the autosaved work
 * is offered back.
 */
public final class DocumentWindow {
    static final ButtonType RECOVER = new ButtonType("Recover", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);

    private DocumentWindow() {}

    /**
     * Binds {@code stage}'s title, handles its close request, starts {@code autosave} (fed with
     * every committed workspace) and, once the window shows, offers any work left by a crash unless
     * {@code offerRecovery} is false (a start that only measures itself and exits must neither stop
     * at a question nor take the work from the next real start).
     */
    public static void attach(
            Stage stage,
            DocumentViewModel model,
            Autosave autosave,
            FxDocumentDialogs dialogs,
            boolean offerRecovery) {
        stage.titleProperty().bind(model.titleProperty());
        autosave.update(model.workspace());
        model.workspaceProperty().addListener((o, a, now) -> autosave.update(now));
        Optional<Autosave.Recovery> recovery =
                offerRecovery ? autosave.findRecovery() : Optional.empty();
        try {
            autosave.start();
        } catch (IOException e) {
            Platform.runLater(
                    () ->
                            dialogs.showError(
                                    "Autosave is off",
                                    "ConvLab cannot write to "
                                            + autosave.folder()
                                            + ": "
                                            + e.getMessage()
                                            + ". Save your work with File ▸ Save."));
        }
        // A handler, not setOnCloseRequest: other parts of the app may watch the close request too.
        stage.addEventHandler(
                WindowEvent.WINDOW_CLOSE_REQUEST,
                e -> {
                    // Safe first, then ask: a kill while the question is open still loses nothing.
                    autosave.saveNow();
                    if (model.confirmClose(dialogs)) {
                        autosave.close();
                    } else {
                        e.consume();
                    }
                });
        recovery.ifPresent(r -> Platform.runLater(() -> offer(stage, model, autosave, r)));
    }

    static void offer(
            Stage stage, DocumentViewModel model, Autosave autosave, Autosave.Recovery r) {
        String when =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withZone(ZoneId.systemDefault())
                        .format(r.savedAt());
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", RECOVER, DISCARD);
        a.initOwner(stage);
        a.setTitle("Recover work");
        a.setHeaderText("ConvLab did not close properly last time.");
        a.setContentText(
                "Work autosaved at "
                        + when
                        + " can be recovered. Recover it now? "
                        + "(Discard deletes it for good.)");
        a.getDialogPane().setId("recover-dialog");
        ButtonType answer = a.showAndWait().orElse(RECOVER);
        if (answer == RECOVER) {
            model.recover(r.workspace());
            // Kept until the next autosave of this run has the work, which update() just scheduled.
            autosave.saveNow();
        }
        autosave.discard(r);
    }
}
