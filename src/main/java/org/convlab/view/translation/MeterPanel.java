package org.convlab.view.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.lessons.shift.InvarianceMeter;
import org.convlab.lessons.shift.MeterStage;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.translation.InvarianceMeterModel;
import org.convlab.viewmodel.translation.MeterInput;

/**
 * The invariance meter: the signal (or the 2D image) shifted by k = 0…K, and for the conv output,
 * conv + max pool 2 and conv + global max, both errors plotted against k with the sentence the
 * numbers make. A toggle picks 1D or 2D, a spinner K, a check box zero fill instead of the ring.
 */
final class MeterPanel extends VBox {
    private final InvarianceMeterModel model;
    private final List<ErrorPlot> plots = new ArrayList<>();
    private final List<Label> captions = new ArrayList<>();
    private final List<Label> sentences = new ArrayList<>();
    private final Spinner<Integer> shifts = new Spinner<>();
    private boolean syncing;

    MeterPanel(InvarianceMeterModel model, DisplaySettings display) {
        this.model = model;
        setId("meter-panel");
        getStyleClass().add("meter-panel");
        setSpacing(6);
        Label title =
                new Label(
                        "4 · Invariance meter: shift by k = 0…K and measure, stage by stage, how far"
                                + " the output is from staying the same (invariance) and from moving"
                                + " with the input (equivariance)");
        title.getStyleClass().add("section-title");
        title.setId("meter-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);

        ToggleGroup inputs = new ToggleGroup();
        ToggleButton oneD = input(MeterInput.SIGNAL, "meter-1d", inputs);
        ToggleButton twoD = input(MeterInput.IMAGE, "meter-2d", inputs);
        inputs.selectToggle(model.getInput() == MeterInput.SIGNAL ? oneD : twoD);
        inputs.selectedToggleProperty()
                .addListener(
                        (o, a, b) -> {
                            if (b == null) {
                                inputs.selectToggle(a);
                            } else {
                                model.setInput((MeterInput) b.getUserData());
                            }
                        });
        model.inputProperty()
                .addListener(
                        (o, a, b) -> inputs.selectToggle(b == MeterInput.SIGNAL ? oneD : twoD));

        SpinnerValueFactory.IntegerSpinnerValueFactory range =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(
                        1, model.getShiftLimit(), model.getMaxShift());
        shifts.setValueFactory(range);
        shifts.setId("meter-k");
        shifts.getStyleClass().add("block-spinner");
        shifts.setMinWidth(Region.USE_PREF_SIZE);
        shifts.setTooltip(new Tooltip("K: the meter shifts the input by k = 0…K cells"));
        shifts.valueProperty()
                .addListener(
                        (o, a, b) -> {
                            if (!syncing && b != null && b != model.getMaxShift()) {
                                model.setMaxShift(b);
                            }
                        });
        CheckBox zeroFill = new CheckBox("Zero fill instead of a ring");
        zeroFill.setId("meter-zero-fill");
        zeroFill.setMinWidth(Region.USE_PREF_SIZE);
        zeroFill.setTooltip(
                new Tooltip(
                        "Shift with zero fill and correlate with same padding: the border adds errors of its own"));
        zeroFill.selectedProperty().bindBidirectional(model.zeroFillProperty());
        Label upTo = new Label("Shift up to K =");
        upTo.setMinWidth(Region.USE_PREF_SIZE);
        HBox inputGroup = row("meter-input-group", oneD, twoD);
        HBox kGroup = row("meter-k-group", upTo, shifts);
        FlowPane controls = new FlowPane(14, 6, inputGroup, kGroup, zeroFill);
        controls.setId("meter-controls");
        controls.getStyleClass().add("control-bar");
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setRowValignment(VPos.CENTER);
        controls.setPrefWrapLength(200);
        controls.setMinWidth(0);

        Label setup = wrapped("meter-setup", "sentence");
        setup.textProperty().bind(model.setupProperty());
        Label refusal = wrapped("meter-refusal", "input-error");
        refusal.textProperty().bind(model.refusalProperty());
        refusal.visibleProperty().bind(model.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());

        FlowPane legend =
                new FlowPane(
                        14,
                        4,
                        key(
                                "meter-swatch-invariance",
                                "invariance error max |F(S\u2096x)[i] \u2212 F(x)[i]|"),
                        key(
                                "meter-swatch-equivariance",
                                "equivariance error max |F(S\u2096x)[i] \u2212 F(x)[i \u2212 k/s]|, s the stage's stride"),
                        key("meter-swatch-undefined", "n/a: undefined, not 0"),
                        hint("one pair of bars per shift k, written under it"));
        legend.setId("meter-legend");
        legend.setPrefWrapLength(200);
        legend.setMinWidth(0);

        List<Region> columns = new ArrayList<>();
        for (MeterStage stage : MeterStage.values()) {
            String id = stage.name().toLowerCase(Locale.ROOT).replace('_', '-');
            Label caption = wrapped("meter-caption-" + id, "caption");
            ErrorPlot plot = new ErrorPlot(display);
            plot.setId("meter-plot-" + id);
            Label sentence = wrapped("meter-sentence-" + id, "sentence");
            captions.add(caption);
            plots.add(plot);
            sentences.add(sentence);
            VBox column = new VBox(4, caption, plot, sentence);
            column.setMinWidth(0);
            columns.add(column);
        }
        EvenColumns stages = new EvenColumns(columns, 280, 16, display);
        stages.setId("meter-stages");
        stages.visibleProperty().bind(model.refusalProperty().isEmpty());
        stages.managedProperty().bind(stages.visibleProperty());

        getChildren().addAll(title, controls, setup, refusal, legend, stages);
        model.revisionProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private static ToggleButton input(MeterInput in, String id, ToggleGroup group) {
        ToggleButton b = new ToggleButton(in.label());
        b.setId(id);
        b.setUserData(in);
        b.setToggleGroup(group);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static HBox row(String id, Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setId(id);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static Label wrapped(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** A colour swatch (coloured by the stylesheet) and what it stands for. */
    private static HBox key(String swatchClass, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("meter-swatch", swatchClass);
        HBox box = new HBox(6, swatch, hint(text));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void refresh() {
        syncing = true;
        try {
            SpinnerValueFactory.IntegerSpinnerValueFactory range =
                    (SpinnerValueFactory.IntegerSpinnerValueFactory) shifts.getValueFactory();
            range.setMax(model.getShiftLimit());
            range.setValue(model.getMaxShift());
        } finally {
            syncing = false;
        }
        InvarianceMeter m = model.getMeter();
        List<String> said = model.getSentences();
        for (MeterStage stage : MeterStage.values()) {
            int i = stage.ordinal();
            if (m == null) {
                plots.get(i).setErrors(List.of());
                captions.get(i).setText("");
                sentences.get(i).setText("");
                continue;
            }
            plots.get(i).setErrors(m.of(stage).errors());
            // short, so the three plots start on one line; k is the axis under each plot
            captions.get(i).setText(stage.label());
            sentences.get(i).setText(said.get(i));
        }
    }
}
