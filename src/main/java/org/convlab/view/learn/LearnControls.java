package org.convlab.view.learn;

import javafx.beans.property.Property;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.convlab.lessons.learn.Optimizer;
import org.convlab.lessons.learn.StartingWeights;
import org.convlab.view.shared.Presenting;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.learn.LearnViewModel;

/** Where training starts, its settings and the Train / Pause / Step / Reset buttons. */
final class LearnControls extends FlowPane {
    LearnControls(LearnViewModel model, DisplaySettings display) {
        getStyleClass().add("learn-controls");
        setId("learn-controls");
        ComboBox<StartingWeights> start = new ComboBox<>();
        start.getItems().setAll(StartingWeights.values());
        start.setConverter(labels(StartingWeights::label));
        start.setId("learn-start");
        start.valueProperty().bindBidirectional(model.startProperty());
        start.valueProperty().addListener(o -> model.reset());
        Spinner<Integer> seed = intSpinner("learn-seed", 0, 9999, model.seedProperty().get());
        seed.valueProperty().addListener((o, was, now) -> model.seedProperty().set(now));
        seed.valueProperty().addListener(o -> model.reset());

        Button train = button("Train", "learn-train", model::train);
        train.disableProperty().bind(model.runningProperty());
        Button pause = button("Pause", "learn-pause", model::pause);
        pause.disableProperty().bind(model.runningProperty().not());
        Button step = button("Step", "learn-step", model::step);
        Button reset = button("Reset", "learn-reset", model::reset);
        Button use = button("Use these filters in the detector", "learn-use", model::useInDetector);
        Button painting = button("Use my painting", "learn-use-painting", model.own()::usePainting);

        Spinner<Double> rate =
                doubleSpinner("learn-rate", 0.001, 5, 0.01, model.learningRateProperty().get());
        bind(rate, model.learningRateProperty());
        Spinner<Double> temp =
                doubleSpinner(
                        "learn-temperature", 0.05, 20, 0.1, model.temperatureProperty().get());
        bind(temp, model.temperatureProperty());
        Spinner<Integer> batch =
                intSpinner(
                        "learn-batch",
                        1,
                        LearnViewModel.MAX_BATCH,
                        model.batchSizeProperty().get());
        batch.valueProperty().addListener((o, was, now) -> model.batchSizeProperty().set(now));
        Spinner<Integer> speed =
                intSpinner(
                        "learn-speed",
                        1,
                        LearnViewModel.MAX_STEPS_PER_SECOND,
                        model.stepsPerSecondProperty().get());
        speed.valueProperty().addListener((o, was, now) -> model.stepsPerSecondProperty().set(now));

        ComboBox<Optimizer> update = new ComboBox<>();
        update.getItems().setAll(Optimizer.values());
        update.setConverter(labels(Optimizer::label));
        update.setId("learn-optimizer");
        update.valueProperty().bindBidirectional(model.optimizerProperty());
        HBox updateGroup = group(new Label("Update"), update);
        HBox startGroup = group(new Label("Start from"), start, new Label("seed"), seed);
        HBox tempGroup = group(new Label("Temperature T"), temp);
        HBox batchGroup = group(new Label("Batch"), batch);
        HBox speedGroup = group(new Label("Steps per second"), speed);
        // On the stage the teacher trains, steps and hands over; the rest waits for F5 off.
        Presenting.hideWhile(display, updateGroup, startGroup, tempGroup, batchGroup, speedGroup);
        getChildren()
                .addAll(
                        group(train, pause, step, reset),
                        group(new Label("Learning rate η"), rate),
                        updateGroup,
                        startGroup,
                        tempGroup,
                        batchGroup,
                        speedGroup,
                        group(painting, use));
    }

    /** Shows each choice by its label; the choices are never typed. */
    private static <T> StringConverter<T> labels(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T choice) {
                return choice == null ? "" : label.apply(choice);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static HBox group(javafx.scene.Node... nodes) {
        HBox b = new HBox(nodes);
        b.getStyleClass().add("control-group");
        for (javafx.scene.Node n : nodes) {
            if (n instanceof Label l) {
                l.setMinWidth(Label.USE_PREF_SIZE);
            }
        }
        return b;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Button.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Spinner<Integer> intSpinner(String id, int min, int max, int value) {
        Spinner<Integer> s = new Spinner<>(min, max, value);
        s.setEditable(true);
        s.setId(id);
        s.getStyleClass().add("learn-spinner");
        return s;
    }

    private static Spinner<Double> doubleSpinner(
            String id, double min, double max, double step, double value) {
        Spinner<Double> s = new Spinner<>();
        s.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, value, step));
        s.setEditable(true);
        s.setId(id);
        s.getStyleClass().add("learn-spinner");
        return s;
    }

    private static void bind(Spinner<Double> s, Property<Number> p) {
        s.valueProperty().addListener((o, was, now) -> p.setValue(now));
    }
}
