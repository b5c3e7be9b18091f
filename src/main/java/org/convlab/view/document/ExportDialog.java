package org.convlab.view.document;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.convlab.format.MapPicture;
import org.convlab.format.SlideGif;
import org.convlab.view.shared.Converters;

/**
 * Asks what to export and at which scale: a picture (input or map) or the sliding-kernel animation
 * of one filter (with its frame delay). The choices come from the view model.
 */
public final class ExportDialog<T> extends Dialog<ExportDialog.Request<T>> {
    /**
     * The answer: what, how many pixels per cell, and the frame delay for animations (0 otherwise).
     */
    public record Request<T>(T what, int scale, int delayMs) {}

    private final ChoiceBox<T> what = new ChoiceBox<>();
    private final Spinner<Integer> scale;
    private final Spinner<Integer> delay;

    /**
     * Only digits can be typed, and an empty field keeps the last value, so committing the text can
     * never throw; the range is in the label and the arrows stop at its ends.
     */
    static void digitsOnly(Spinner<Integer> spinner) {
        spinner.getEditor()
                .setTextFormatter(
                        new TextFormatter<>(
                                c -> c.getControlNewText().matches("\\d{0,5}") ? c : null));
        SpinnerValueFactory<Integer> f = spinner.getValueFactory();
        f.setConverter(
                Converters.of(
                        String::valueOf,
                        text ->
                                text == null || text.isBlank()
                                        ? f.getValue()
                                        : Integer.valueOf(text)));
    }

    public ExportDialog(
            Window owner,
            String title,
            String whatLabel,
            List<T> choices,
            int suggestedScale,
            boolean animation) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(title);
        getDialogPane().setId("export-dialog");
        what.getItems().setAll(choices);
        what.getSelectionModel().selectFirst();
        what.setId("export-what");
        scale = new Spinner<>(1, MapPicture.MAX_SCALE, suggestedScale);
        scale.setEditable(true);
        scale.setId("export-scale");
        delay = new Spinner<>(SlideGif.MIN_DELAY_MS, SlideGif.MAX_DELAY_MS, 150, 10);
        delay.setEditable(true);
        delay.setId("export-delay");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(8));
        digitsOnly(scale);
        digitsOnly(delay);
        grid.addRow(0, new Label(whatLabel), what);
        grid.addRow(1, new Label("Pixels per cell (1–" + MapPicture.MAX_SCALE + ")"), scale);
        if (animation) {
            grid.addRow(
                    2,
                    new Label(
                            "Milliseconds per frame ("
                                    + SlideGif.MIN_DELAY_MS
                                    + "–"
                                    + SlideGif.MAX_DELAY_MS
                                    + ")"),
                    delay);
        }
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(
                b ->
                        b == ButtonType.OK && what.getValue() != null
                                ? new Request<>(
                                        what.getValue(),
                                        scale.getValue(),
                                        animation ? delay.getValue() : 0)
                                : null);
    }
}
