package org.convlab.view.detector;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.convlab.view.shared.Converters;
import org.convlab.view.shared.MapView;
import org.convlab.view.shared.Presenting;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.detector.DetectorViewModel;
import org.convlab.viewmodel.detector.Tool;

/**
 * Tools and commands for the input: paint tools, brush, clear/invert, size, zoom, scenes, stamp.
 */
final class DetectorToolBar extends FlowPane {
    private final Button applyOffsets = new Button();

    DetectorToolBar(
            DetectorViewModel model, MapView input, DisplaySettings display, Runnable togglePlant) {
        super(6, 6);
        setId("detector-toolbar");
        getStyleClass().add("detector-toolbar");
        setAlignment(Pos.CENTER_LEFT);
        ToggleGroup tools = new ToggleGroup();
        for (Tool t : Tool.values()) {
            ToggleButton b = new ToggleButton(t.label());
            b.setId("tool-" + t.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(tools);
            b.setUserData(t);
            b.setTooltip(new Tooltip(t.help()));
            b.setSelected(model.painting().getTool() == t);
            getChildren().add(b);
            // Painting goes on with the current tool (P, E, L, S, T switch it); the buttons step
            // aside.
            Presenting.hideWhile(display, b);
        }
        tools.selectedToggleProperty()
                .addListener(
                        (o, a, b) -> {
                            if (b == null) {
                                a.setSelected(true);
                            } else {
                                model.painting().setTool((Tool) b.getUserData());
                            }
                        });
        model.painting()
                .toolProperty()
                .addListener(
                        (o, a, b) ->
                                tools.getToggles()
                                        .forEach(t -> t.setSelected(t.getUserData() == b)));
        Spinner<Integer> brush = new Spinner<>(1, 9, model.painting().getBrushSize());
        brush.setId("brush-size");
        brush.setPrefWidth(70);
        brush.valueProperty().addListener((o, a, b) -> model.painting().setBrushSize(b));
        Button clear =
                command("Clear", "clear-input", "Set every cell to 0", model.painting()::clear);
        Button invert = command("Invert", "invert-input", "Swap 0 and 1", model.painting()::invert);
        Spinner<Integer> rows =
                new Spinner<>(
                        DetectorViewModel.MIN_SIZE,
                        DetectorViewModel.MAX_SIZE,
                        model.getWorkspace().image().height());
        Spinner<Integer> cols =
                new Spinner<>(
                        DetectorViewModel.MIN_SIZE,
                        DetectorViewModel.MAX_SIZE,
                        model.getWorkspace().image().width());
        for (Spinner<Integer> s : List.of(rows, cols)) {
            s.setEditable(true);
            // Blank or partial text on focus loss keeps the old value instead of failing inside the
            // spinner.
            s.getValueFactory()
                    .setConverter(
                            Converters.of(
                                    String::valueOf,
                                    t ->
                                            t != null && t.strip().matches("\\d{1,3}")
                                                    ? Integer.valueOf(t.strip())
                                                    : s.getValue()));
            s.setPrefWidth(84);
            s.getEditor()
                    .textProperty()
                    .addListener(
                            (o, a, b) -> {
                                if (!b.matches("\\d{0,3}")) {
                                    s.getEditor().setText(a);
                                }
                            });
        }
        rows.setId("size-rows");
        cols.setId("size-cols");
        Button resize =
                command(
                        "Resize",
                        "resize-input",
                        "Resize the input, keeping what fits",
                        () -> {
                            model.painting().resize(typed(rows), typed(cols));
                        });
        model.workspaceProperty()
                .addListener(
                        (o, a, b) -> {
                            if (!rows.isFocused()) {
                                rows.getValueFactory().setValue(b.image().height());
                            }
                            if (!cols.isFocused()) {
                                cols.getValueFactory().setValue(b.image().width());
                            }
                        });
        Slider zoom = new Slider(1, 16, 1);
        zoom.setId("zoom");
        zoom.setPrefWidth(110);
        zoom.setTooltip(new Tooltip("Zoom the input (Ctrl + wheel); scroll bars or the wheel pan"));
        zoom.valueProperty().bindBidirectional(input.zoomProperty());
        MenuButton scenes = new MenuButton("Scenes");
        scenes.setId("scenes");
        scenes.getItems()
                .addAll(
                        item(
                                "Homework: X where ↘ and ↗ cross",
                                "scene-homework",
                                model.scenes()::loadHomework),
                        item(
                                "Chevron V (needs offsets)",
                                "scene-chevron",
                                model.scenes()::loadChevron),
                        item("Two X's (a tie)", "scene-tie", model.scenes()::loadTie),
                        item(
                                "Colour: 3 filters of 5×5×3 on RGB",
                                "scene-colour",
                                () -> model.channels().loadColourLayer()));
        applyOffsets.setId("apply-offsets");
        applyOffsets.setOnAction(e -> model.scenes().applySuggestedOffsets());
        applyOffsets.getStyleClass().add("accent");
        Runnable offsets =
                () -> {
                    String s = model.scenes().suggestedOffsetsText();
                    applyOffsets.setText("Apply offsets: " + s);
                    applyOffsets.setVisible(!s.isEmpty());
                    applyOffsets.setManaged(!s.isEmpty());
                };
        model.workspaceProperty().addListener((o, a, b) -> offsets.run());
        offsets.run();
        Button stamp =
                command(
                        "Stamp at random",
                        "stamp-random",
                        "Stamp the target pattern at a random spot",
                        model.scenes()::stampRandom);
        Label brushLabel = new Label("brush");
        Label sizeLabel = new Label("size");
        Label times = new Label("×");
        Label zoomLabel = new Label("zoom");
        Separator s1 = new Separator();
        Separator s2 = new Separator();
        Button plant =
                command(
                        "Plant and test",
                        "plant-open",
                        "Run the detector on fresh images with the pattern planted",
                        togglePlant);
        // The presenter's slim bar: the paint tools, the scenes and the offsets that fix the
        // chevron. (Plant and test too: at 1024 px it would push the slide's buttons onto a
        // second row.)
        Node[] paintTools = {
            brushLabel,
            brush,
            clear,
            invert,
            s1,
            sizeLabel,
            rows,
            times,
            cols,
            resize,
            zoomLabel,
            zoom,
            s2
        };
        getChildren().addAll(paintTools);
        getChildren().addAll(scenes, stamp, plant, applyOffsets);
        Presenting.hideWhile(display, paintTools);
        Presenting.hideWhile(display, stamp, plant);
    }

    /** What is typed in the spinner (the model refuses sizes out of range with a message). */
    private static int typed(Spinner<Integer> s) {
        String t = s.getEditor().getText();
        return t.matches("\\d{1,3}") ? Integer.parseInt(t) : s.getValue();
    }

    private static Button command(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }
}
