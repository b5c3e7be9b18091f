package org.convlab.view.translation;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.conv.Argmax;
import org.convlab.conv.Cell;
import org.convlab.conv.MatchMode;
import org.convlab.conv.NumberText;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.translation.LessonMode;
import org.convlab.viewmodel.translation.MatchReport;
import org.convlab.viewmodel.translation.TranslationViewModel;

/**
 * "What is a match?": the edited signal scored four ways, each argmax marked, with live sentences.
 */
final class MatchPanel extends VBox {
    private final TranslationViewModel model;
    private final Map<MatchMode, BarPlot> plots = new EnumMap<>(MatchMode.class);
    private final Map<MatchMode, Label> captions = new EnumMap<>(MatchMode.class);
    private final VBox sentences = new VBox(4);
    private final Label title = new Label();
    private final GridPane grid = new GridPane();
    private final DisplaySettings display;
    private int columns;

    /** Narrowest a score's column may be (at scale 1) before the four go two by two. */
    static final double MIN_SCORE_COLUMN = 150;

    MatchPanel(TranslationViewModel model, DisplaySettings display) {
        this.model = model;
        this.display = display;
        setId("match-panel");
        getStyleClass().add("match-panel");
        setSpacing(6);
        title.getStyleClass().add("section-title");
        title.setId("match-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        grid.setId("match-scores");
        grid.setHgap(14);
        grid.setVgap(2);
        for (MatchMode m : MatchMode.values()) {
            Label caption = new Label();
            caption.setId("match-caption-" + m.id());
            caption.getStyleClass().add("caption");
            caption.setWrapText(true);
            caption.setMinHeight(Region.USE_PREF_SIZE);
            GridPane.setValignment(caption, VPos.BOTTOM);
            BarPlot p = new BarPlot(display, BarPlot.Kind.OUTPUT);
            p.setId("match-" + m.id());
            p.setPrefWidth(200);
            p.setMinWidth(100);
            p.setBaseHeight(110);
            plots.put(m, p);
            captions.put(m, caption);
        }
        // The four scores side by side, so a class compares them at a glance; two by two only where
        // a quarter of the width is too narrow for the bars' numbers.
        grid.widthProperty().addListener((o, a, b) -> arrange(b.doubleValue()));
        display.scaleProperty().addListener((o, a, b) -> arrange(grid.getWidth()));
        arrange(-1);
        sentences.setId("match-sentences");
        getChildren().addAll(title, grid, sentences);
        model.revisionProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Four columns, or two when the width (−1: not known yet) is too narrow for four. */
    private void arrange(double width) {
        int want =
                width < 0 || width >= 4 * MIN_SCORE_COLUMN * display.getScale() + 3 * grid.getHgap()
                        ? 4
                        : 2;
        if (want == columns) {
            return;
        }
        columns = want;
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        for (int c = 0; c < want; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / want);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        int i = 0;
        for (MatchMode m : MatchMode.values()) {
            grid.add(captions.get(m), i % want, (i / want) * 2);
            grid.add(plots.get(m), i % want, (i / want) * 2 + 1);
            i++;
        }
    }

    /** How many score plots stand side by side. */
    int columns() {
        return columns;
    }

    private void refresh() {
        MatchReport r = model.getMatchReport();
        boolean ring = model.isCircular() && model.getMode() == LessonMode.TRANSLATE;
        title.setText(
                "2 · What is a match? The signal as edited, scored four ways ("
                        + (ring ? "circular correlation" : model.getPadding() + " padding")
                        + ")");
        int n = model.getSignal().length;
        int k = model.getKernel().length;
        double first = r.outputStart() + (k - 1) / 2.0;
        for (MatchMode m : MatchMode.values()) {
            double[] out = r.outputs().get(m);
            BarPlot p = plots.get(m);
            boolean ssd = m == MatchMode.SSD;
            // SSD itself, 0 for an exact copy: its best is the smallest bar (the core ranks −SSD)
            p.setBars(ssd ? ShiftPanel.negated(out) : out, first);
            p.setAxis(Math.min(0, first), Math.max(n - 1, first + out.length - 1));
            Argmax a = r.best().get(m);
            Set<Integer> ties = new HashSet<>();
            for (Cell t : a.ties()) {
                ties.add(t.col());
            }
            p.setPeaks(ties);
            String where =
                    " at "
                            + (ties.size() == 1 ? "index " : "indices ")
                            + String.join(
                                    ", ",
                                    a.ties().stream().map(t -> Integer.toString(t.col())).toList());
            captions.get(m)
                    .setText(
                            ssd
                                    ? m.label()
                                            + ": min "
                                            + NumberText.exact(0.0 - a.max())
                                            + where
                                            + " (best = smallest)"
                                    : m.label() + ": max " + NumberText.exact(a.max()) + where);
        }
        List<String> lines = r.sentences();
        sentences.getChildren().clear();
        MatchMode[] modes = MatchMode.values();
        for (int i = 0; i < lines.size(); i++) {
            Label l = new Label(lines.get(i));
            l.setId("match-sentence-" + modes[i].id());
            l.getStyleClass().add("sentence");
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            sentences.getChildren().add(l);
        }
    }
}
