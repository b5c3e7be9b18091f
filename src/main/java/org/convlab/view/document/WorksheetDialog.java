package org.convlab.view.document;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.convlab.format.WorksheetPdf;
import org.convlab.lessons.worksheet.Worksheet;
import org.convlab.lessons.worksheet.WorksheetChoice;

/**
 * Asks for a worksheet's seed and lessons, and either how many exercises and which paper (export)
 * or which exercise (open). The seed field takes only a whole number; OK stays off until it holds
 * one, so the answer is always usable.
 */
public final class WorksheetDialog extends Dialog<WorksheetDialog.Request> {
    /** The answer: {@code number} is the count when exporting, the exercise when opening. */
    public record Request(
            long seed, WorksheetChoice choice, int number, WorksheetPdf.Paper paper) {}

    private final TextField seed = new TextField("1");
    private final ChoiceBox<WorksheetChoice> lesson = new ChoiceBox<>();
    private final Spinner<Integer> number;
    private final ChoiceBox<WorksheetPdf.Paper> paper = new ChoiceBox<>();

    /** The export dialog when {@code export}, else the one that opens an exercise. */
    public WorksheetDialog(Window owner, boolean export) {
        initOwner(owner);
        String title = export ? "Export Worksheet (PDF)" : "Open Worksheet Exercise";
        setTitle(title);
        setHeaderText(
                export
                        ? "Exercises made from a seed, with an answer key"
                        : "The seed, lessons and exercise number printed on the sheet");
        getDialogPane().setId(export ? "worksheet-export-dialog" : "worksheet-open-dialog");
        seed.setId("worksheet-seed");
        seed.setPrefColumnCount(12);
        seed.setTextFormatter(
                new TextFormatter<>(c -> c.getControlNewText().matches("-?\\d{0,18}") ? c : null));
        lesson.getItems().setAll(WorksheetChoice.values());
        lesson.setValue(WorksheetChoice.ALL);
        lesson.setId("worksheet-lesson");
        number = new Spinner<>(1, Worksheet.MAX_EXERCISES, export ? 6 : 1);
        number.setEditable(true);
        number.setId(export ? "worksheet-count" : "worksheet-number");
        ExportDialog.digitsOnly(number);
        paper.getItems().setAll(WorksheetPdf.Paper.values());
        paper.setValue(WorksheetPdf.Paper.A4);
        paper.setId("worksheet-paper");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label("Seed (a whole number)"), seed);
        grid.addRow(1, new Label("Lessons"), lesson);
        grid.addRow(
                2,
                new Label(
                        (export ? "Exercises" : "Exercise number")
                                + " (1–"
                                + Worksheet.MAX_EXERCISES
                                + ")"),
                number);
        if (export) {
            grid.addRow(3, new Label("Paper"), paper);
        }
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty()
                .bind(Bindings.createBooleanBinding(() -> !seedIsNumber(), seed.textProperty()));
        setResultConverter(
                b ->
                        b == ButtonType.OK && seedIsNumber()
                                ? new Request(
                                        Long.parseLong(seed.getText()),
                                        lesson.getValue(),
                                        number.getValue(),
                                        paper.getValue())
                                : null);
    }

    private boolean seedIsNumber() {
        return seed.getText().matches("-?\\d{1,18}");
    }
}
