package org.convlab.view.detector;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.convlab.lessons.detector.StreakDirection;
import org.convlab.viewmodel.detector.DetectorScenes;
import org.convlab.viewmodel.detector.DetectorViewModel;

/** Generate a seeded streak image at the input's size: direction, count, length, seed. */
final class GeneratePane extends VBox {
    GeneratePane(DetectorViewModel model) {
        super(6);
        ComboBox<StreakDirection> direction =
                new ComboBox<>(FXCollections.observableArrayList(StreakDirection.values()));
        direction.setId("streak-direction");
        direction.setValue(StreakDirection.BOTH);
        direction.setConverter(
                new StringConverter<>() {
                    @Override
                    public String toString(StreakDirection d) {
                        return d == null ? "" : d.arrow();
                    }

                    @Override
                    public StreakDirection fromString(String s) {
                        return StreakDirection.BOTH;
                    }
                });
        Spinner<Integer> count = new Spinner<>(0, 2000, DetectorScenes.STREAKS);
        count.setId("streak-count");
        Spinner<Integer> length = new Spinner<>(1, 512, DetectorScenes.STREAK_LENGTH);
        length.setId("streak-length");
        TextField seed = new TextField(Long.toString(DetectorScenes.HOMEWORK_SEED));
        seed.setId("streak-seed");
        seed.setPrefColumnCount(6);
        Label error = new Label();
        error.getStyleClass().add("inline-error");
        error.setWrapText(true);
        Button generate = new Button("Generate streaks");
        generate.setId("generate-streaks");
        generate.setOnAction(
                e -> {
                    long s;
                    try {
                        s = Long.parseLong(seed.getText().strip());
                    } catch (NumberFormatException ex) {
                        error.setText(
                                "The seed must be a whole number, got \""
                                        + seed.getText().strip()
                                        + "\"");
                        return;
                    }
                    boolean ok =
                            model.painting()
                                    .generateStreaks(
                                            direction.getValue(),
                                            count.getValue(),
                                            length.getValue(),
                                            s);
                    error.setText(ok ? "" : model.getMessage());
                });
        count.setPrefWidth(90);
        length.setPrefWidth(90);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label("Direction"), direction);
        g.addRow(1, new Label("Count"), count);
        g.addRow(2, new Label("Length"), length);
        g.addRow(3, new Label("Seed"), seed);
        Label hint = new Label("Same seed, same image. Replaces the input; undo brings it back.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        getChildren().addAll(g, generate, error, hint);
    }
}
