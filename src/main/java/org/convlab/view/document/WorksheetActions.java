package org.convlab.view.document;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.concurrent.Task;
import org.convlab.viewmodel.worksheet.WorksheetExercises;

/**
 * File ▸ Export ▸ Worksheet… and File ▸ Open Worksheet Exercise…: the dialogs around {@link
 * WorksheetExercises}. The PDF is written off the FX thread; any refusal is shown as one sentence.
 */
public final class WorksheetActions {
    private final WorksheetExercises model;
    private final FxDocumentDialogs dialogs;
    private final Executor background;

    public WorksheetActions(WorksheetExercises model, FxDocumentDialogs dialogs) {
        this(model, dialogs, FileActions::startDaemon);
    }

    WorksheetActions(WorksheetExercises model, FxDocumentDialogs dialogs, Executor background) {
        this.model = model;
        this.dialogs = dialogs;
        this.background = background;
    }

    public void exportWorksheet() {
        Optional<WorksheetDialog.Request> req =
                new WorksheetDialog(dialogs.owner(), true).showAndWait();
        if (req.isEmpty()) {
            return;
        }
        WorksheetDialog.Request r = req.get();
        Optional<Path> target =
                dialogs.chooseExportFile(
                        "Export Worksheet",
                        "worksheet-" + r.choice().id() + "-seed-" + r.seed() + ".pdf",
                        "PDF document",
                        ".pdf");
        if (target.isEmpty()) {
            return;
        }
        Callable<Path> job;
        try {
            job = model.export(r.seed(), r.choice(), r.number(), r.paper(), target.get());
        } catch (IllegalArgumentException e) {
            dialogs.showError("Could not export the worksheet", e.getMessage());
            return;
        }
        Task<Path> task =
                new Task<>() {
                    @Override
                    protected Path call() throws Exception {
                        return job.call();
                    }
                };
        task.setOnSucceeded(
                e ->
                        dialogs.showInfo(
                                "Worksheet exported",
                                task.getValue().getFileName()
                                        + " is saved: "
                                        + r.number()
                                        + (r.number() == 1 ? " exercise" : " exercises")
                                        + " from seed "
                                        + r.seed()
                                        + ", answer key on the last pages."));
        task.setOnFailed(
                e ->
                        dialogs.showError(
                                "Could not export the worksheet",
                                FileActions.messageOf(task.getException())));
        background.execute(task);
    }

    public void openExercise() {
        Optional<WorksheetDialog.Request> req =
                new WorksheetDialog(dialogs.owner(), false).showAndWait();
        req.ifPresent(
                r -> {
                    try {
                        model.open(r.seed(), r.choice(), r.number());
                    } catch (IllegalArgumentException e) {
                        dialogs.showError("Could not open the exercise", e.getMessage());
                    }
                });
    }
}
