package org.convlab.view.translation;

import static org.convlab.view.translation.PanelParts.caption;
import static org.convlab.view.translation.PanelParts.fixed;
import static org.convlab.view.translation.PanelParts.flow;
import static org.convlab.view.translation.PanelParts.group;
import static org.convlab.view.translation.PanelParts.hint;
import static org.convlab.view.translation.PanelParts.sentence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.conv.Argmax;
import org.convlab.conv.Cell;
import org.convlab.conv.MatchMode;
import org.convlab.conv.NumberText;
import org.convlab.conv.Padding;
import org.convlab.lessons.shift.EquivarianceCheck;
import org.convlab.view.shared.Converters;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.translation.LessonMode;
import org.convlab.viewmodel.translation.TranslationViewModel;

/**
 * The main experiment: the signal, what the translation (or block move) made of it, and the output
 * before and after, on one shared axis so every output bar stands under the centre of its window.
 */
final class ShiftPanel extends VBox {
    private final TranslationViewModel model;
    private final BarPlot signalPlot;
    private final BarPlot transformedPlot;
    private final BarPlot beforePlot;
    private final BarPlot afterPlot;
    private final Label signalCaption = caption("caption-signal");
    private final Label transformedCaption = caption("caption-transformed");
    private final Label beforeCaption = caption("caption-before");
    private final Label afterCaption = caption("caption-after");
    private final Slider shiftSlider = new Slider();
    private final BlockMoveControls blockControls;

    /** True while the controls show the model, so their listeners do not write back. */
    private boolean syncing;

    private final PlotStage stage;

    ShiftPanel(TranslationViewModel model, DisplaySettings display) {
        this.model = model;
        getStyleClass().add("shift-panel");
        setId("shift-panel");
        setSpacing(6);
        signalPlot = plot(display, BarPlot.Kind.SIGNAL, "plot-signal");
        transformedPlot = plot(display, BarPlot.Kind.SIGNAL, "plot-transformed");
        beforePlot = plot(display, BarPlot.Kind.OUTPUT, "plot-before");
        afterPlot = plot(display, BarPlot.Kind.OUTPUT, "plot-after");
        signalPlot.setOnBarNudged((i, d) -> model.setSignalValue(i, model.getSignal()[i] + d));

        Label title = new Label("1 · Translate the signal, or move the pattern");
        title.getStyleClass().add("section-title");
        title.setId("shift-title");
        // on a projector the mode buttons below say the same: the plots get its line
        title.visibleProperty().bind(display.presentingProperty().not());
        title.managedProperty().bind(title.visibleProperty());
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);

        ToggleGroup modes = new ToggleGroup();
        ToggleButton translate = new ToggleButton(LessonMode.TRANSLATE.label());
        translate.setId("mode-translate");
        translate.setUserData(LessonMode.TRANSLATE);
        ToggleButton move =
                new ToggleButton(LessonMode.MOVE_PATTERN.label() + " (what the homework did)");
        move.setId("mode-move");
        move.setUserData(LessonMode.MOVE_PATTERN);
        translate.setToggleGroup(modes);
        move.setToggleGroup(modes);
        modes.selectToggle(model.getMode() == LessonMode.TRANSLATE ? translate : move);
        modes.selectedToggleProperty()
                .addListener(
                        (o, a, b) -> {
                            if (b == null) {
                                modes.selectToggle(a);
                            } else {
                                model.setMode((LessonMode) b.getUserData());
                            }
                        });
        model.modeProperty()
                .addListener(
                        (o, a, b) ->
                                modes.selectToggle(b == LessonMode.TRANSLATE ? translate : move));

        ChoiceBox<Padding> padding = new ChoiceBox<>();
        padding.getItems().addAll(Padding.VALID, Padding.SAME, Padding.FULL);
        padding.setId("padding");
        padding.valueProperty().bindBidirectional(model.paddingProperty());
        padding.setTooltip(new Tooltip("Zero padding of the correlation"));
        ChoiceBox<MatchMode> score = new ChoiceBox<>();
        score.getItems().addAll(MatchMode.values());
        score.setId("match-mode");
        score.setConverter(Converters.of(MatchMode::label, MatchMode::parse));
        score.valueProperty().bindBidirectional(model.matchModeProperty());
        // a choice cut to "va…" hides the setting; the key hint beside them wraps instead
        padding.setMinWidth(Region.USE_PREF_SIZE);
        score.setMinWidth(Region.USE_PREF_SIZE);
        HBox modeRow = group("mode-toggles", translate, move);

        PanelParts.wholeSteps(shiftSlider, "shift-slider", "shift-slider");
        shiftSlider.setBlockIncrement(1);
        shiftSlider.setAccessibleText("Shift k");
        shiftSlider
                .valueProperty()
                .addListener(
                        (o, a, b) -> {
                            int k = (int) Math.round(b.doubleValue());
                            if (!syncing
                                    && k != model.getShift()
                                    && Math.abs(k) <= model.getMaxShift()) {
                                model.setShift(k);
                            }
                        });
        Label shiftLabel = PanelParts.valueLabel("shift-label");
        shiftLabel
                .textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> "k = " + signed(model.getShift()), model.shiftProperty()));
        CheckBox circular = new CheckBox("Circular (a ring)");
        circular.setTooltip(
                new Tooltip(
                        "Shift around a ring, and compute the output by circular correlation too: a ring has no border"));
        circular.setId("circular");
        circular.setMinWidth(Region.USE_PREF_SIZE);
        circular.selectedProperty().bindBidirectional(model.circularProperty());
        padding.disableProperty()
                .bind(circular.selectedProperty().and(translate.selectedProperty()));
        // Each row of the bar is a flow: its groups wrap onto a new line instead of running off
        // the right edge or cutting a label short.
        HBox translateRow =
                group(
                        "translate-controls",
                        group("shift-group", fixed("Shift"), shiftSlider, shiftLabel),
                        circular);
        translateRow.setSpacing(14);
        Label keys = hint("Keys: ← / → move by one · Home: back to 0");
        keys.setId("key-hint");
        // On a projector the class does not need the key hint: the bar stays slim
        keys.visibleProperty().bind(display.presentingProperty().not());
        keys.managedProperty().bind(keys.visibleProperty());
        HBox paddingGroup = group("padding-group", fixed("Padding"), padding);
        HBox scoreGroup = group("score-group", fixed("Score"), score);

        blockControls = new BlockMoveControls(model, this::refresh);
        HBox targetGroup = blockControls.targetGroup;
        HBox moveRow = blockControls.blockGroup;
        targetGroup.visibleProperty().bind(move.selectedProperty());
        targetGroup.managedProperty().bind(targetGroup.visibleProperty());
        translateRow.visibleProperty().bind(translate.selectedProperty());
        translateRow.managedProperty().bind(translateRow.visibleProperty());
        moveRow.visibleProperty().bind(move.selectedProperty());
        moveRow.managedProperty().bind(moveRow.visibleProperty());
        // One flow: its groups wrap onto a new line instead of running off the right edge or
        // cutting a label short, and share lines where they fit.
        FlowPane bar =
                flow(
                        "shift-controls",
                        modeRow,
                        paddingGroup,
                        scoreGroup,
                        translateRow,
                        moveRow,
                        targetGroup,
                        keys);
        bar.getStyleClass().add("control-bar");

        Label verdict = sentence("verdict", "verdict");
        verdict.textProperty().bind(model.verdictProperty());
        Label border = sentence("border-warning", "border-warning");
        border.textProperty().bind(model.borderWarningProperty());
        border.visibleProperty().bind(model.borderWarningProperty().isNotEmpty());
        border.managedProperty().bind(border.visibleProperty());
        Label comparison = sentence("comparison", "comparison");
        comparison.textProperty().bind(model.comparisonProperty());

        legend.getStyleClass().add("hint");
        legend.setId("after-legend");
        legend.setWrapText(true);
        stage =
                new PlotStage(
                        new Label[] {
                            signalCaption, transformedCaption, beforeCaption, afterCaption
                        },
                        new BarPlot[] {signalPlot, transformedPlot, beforePlot, afterPlot},
                        legend,
                        display);
        stage.setId("shift-stage");
        getChildren().addAll(title, bar, stage, verdict, border, comparison);
        model.revisionProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** The four plots: the lesson view tells it how much height the screen has left. */
    PlotStage plotStage() {
        return stage;
    }

    /** Focus lands here when the lesson opens, so ← / → work at once. */
    Slider shiftSlider() {
        return shiftSlider;
    }

    private final Label legend = new Label();

    private static BarPlot plot(DisplaySettings display, BarPlot.Kind kind, String id) {
        BarPlot p = new BarPlot(display, kind);
        p.setId(id);
        p.setBaseHeight(kind == BarPlot.Kind.SIGNAL ? 92 : 108);
        return p;
    }

    static String signed(int v) {
        return v > 0 ? "+" + v : NumberText.exact(v);
    }

    private static Set<Integer> ties(Argmax a) {
        Set<Integer> s = new HashSet<>();
        for (Cell t : a.ties()) {
            s.add(t.col());
        }
        return s;
    }

    /**
     * The values as plotted: SSD itself for SSD (the core scores −SSD so that larger is better).
     */
    private double[] shown(double[] scores) {
        return model.getMatchMode() == MatchMode.SSD ? negated(scores) : scores;
    }

    /** −v for each value, without a "−0" for the exact copy. */
    static double[] negated(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = 0.0 - v[i];
        }
        return out;
    }

    /** "max 44 at index 0", or for SSD "min 0 at index 3 (best = smallest)". */
    private String best(Argmax a) {
        return model.getMatchMode() == MatchMode.SSD
                ? "min " + at(a, true) + " (best = smallest)"
                : "max " + at(a, false);
    }

    private static String at(Argmax a, boolean negate) {
        List<Cell> t = a.ties();
        StringBuilder b =
                new StringBuilder(NumberText.exact(negate ? 0.0 - a.max() : a.max()))
                        .append(t.size() == 1 ? " at index " : " at indices ");
        for (int i = 0; i < t.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(t.get(i).col());
        }
        return b.toString();
    }

    private void refresh() {
        syncing = true;
        try {
            double[] signal = model.getSignal();
            double[] moved = model.getTransformed();
            double[] before = model.getOutputBefore();
            double[] after = model.getOutputAfter();
            int n = signal.length;
            int kLen = model.getKernel().length;
            double firstOut = model.getOutputStart() + (kLen - 1) / 2.0;
            double lo = Math.min(0, firstOut);
            double hi = Math.max(n - 1, firstOut + before.length - 1);
            boolean translating = model.getMode() == LessonMode.TRANSLATE;

            shiftSlider.setMin(-model.getMaxShift());
            shiftSlider.setMax(model.getMaxShift());
            shiftSlider.setValue(model.getShift());
            blockControls.sync(n);

            for (BarPlot p : List.of(signalPlot, transformedPlot)) {
                p.setBars(p == signalPlot ? signal : moved, 0);
                p.setAxis(lo, hi);
            }
            // SSD is plotted as itself (0 = exact copy, the smaller the closer), not as the −SSD
            // the core maximizes: a bar of −75 read as "the best is the highest" misleads a class.
            boolean ssd = model.getMatchMode() == MatchMode.SSD;
            for (BarPlot p : List.of(beforePlot, afterPlot)) {
                p.setBars(shown(p == beforePlot ? before : after), firstOut);
                p.setAxis(lo, hi);
            }
            beforePlot.setPeaks(ties(model.getArgmaxBefore()));
            afterPlot.setPeaks(ties(model.getArgmaxAfter()));
            String scoreName = model.getMatchMode().label();
            signalCaption.setText("Signal (" + n + " values)");
            if (translating) {
                EquivarianceCheck c = model.getCheck();
                boolean ring = model.isCircular();
                transformedCaption.setText(
                        "Shifted by k = "
                                + signed(model.getShift())
                                + (ring
                                        ? ", around the ring"
                                        : ", zero-fill: what leaves is lost, zeros come in"));
                String kind = ring ? "circular correlation" : model.getPadding() + " padding";
                beforeCaption.setText(
                        "Output before ("
                                + scoreName
                                + ", "
                                + kind
                                + "): "
                                + best(model.getArgmaxBefore()));
                afterCaption.setText("Output after: " + best(model.getArgmaxAfter()));
                legend.setText(
                        model.getShift() == 0
                                ? ""
                                : "dashed: the old output moved by k · red: changed by the border");
                double[] expected = new double[after.length];
                boolean[] mask = new boolean[after.length];
                for (int i = 0; i < after.length; i++) {
                    mask[i] = c.hasCounterpart(i);
                    expected[i] = mask[i] ? (ssd ? 0.0 - c.expected(i) : c.expected(i)) : 0;
                }
                if (model.getShift() != 0) {
                    afterPlot.setGhost(expected, mask);
                }
                afterPlot.setChanged(new HashSet<>(c.changed()));
            } else {
                signalPlot.setBand(model.getBlockStart(), model.getBlockLength());
                transformedPlot.setBand(model.getMoveTarget(), model.getBlockLength());
                transformedCaption.setText(
                        "Block moved to index "
                                + model.getMoveTarget()
                                + " (the rest keeps its order)");
                beforeCaption.setText(
                        "Output before ("
                                + scoreName
                                + ", "
                                + model.getPadding()
                                + " padding): "
                                + best(model.getArgmaxBefore()));
                afterCaption.setText(
                        "Output after the block move: " + best(model.getArgmaxAfter()));
                legend.setText("yellow: the block");
            }
        } finally {
            syncing = false;
        }
    }
}
