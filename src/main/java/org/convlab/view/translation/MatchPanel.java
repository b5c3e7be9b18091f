package org.convlab.view.translation;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.convlab.core.Argmax;
import org.convlab.core.MatchMode;
import org.convlab.core.NumberText;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.translation.MatchReport;
import org.convlab.viewmodel.translation.TranslationViewModel;

/** "What is a match?": the edited signal scored four ways, each argmax marked, with live sentences. */
final class MatchPanel extends VBox {
    private final TranslationViewModel model;
    private final Map<MatchMode, BarPlot> plots = new EnumMap<>(MatchMode.class);
    private final Map<MatchMode, Label> captions = new EnumMap<>(MatchMode.class);
    private final VBox sentences = new VBox(4);
    private final Label title = new Label();

    MatchPanel(TranslationViewModel model, DisplaySettings display) {
        this.model = model;
        getStyleClass().add("match-panel");
        setSpacing(6);
        title.getStyleClass().add("section-title");
        title.setId("match-title");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(2);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        int i = 0;
        for (MatchMode m : MatchMode.values()) {
            Label caption = new Label();
            caption.setId("match-caption-" + m.id());
            caption.getStyleClass().add("caption");
            caption.setWrapText(true);
            caption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            BarPlot p = new BarPlot(display, BarPlot.Kind.OUTPUT);
            p.setId("match-" + m.id());
            p.setPrefWidth(300);
            p.setBaseHeight(96);
            plots.put(m, p);
            captions.put(m, caption);
            grid.add(caption, i % 2, (i / 2) * 2);
            grid.add(p, i % 2, (i / 2) * 2 + 1);
            i++;
        }
        sentences.setId("match-sentences");
        getChildren().addAll(title, grid, sentences);
        model.revisionProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        MatchReport r = model.getMatchReport();
        boolean ring = model.isCircular() && model.getMode() == org.convlab.viewmodel.translation.LessonMode.TRANSLATE;
        title.setText("2 · What is a match? The signal as edited, scored four ways ("
                + (ring ? "circular correlation" : model.getPadding() + " padding") + ")");
        int n = model.getSignal().length;
        int k = model.getKernel().length;
        double first = r.outputStart() + (k - 1) / 2.0;
        for (MatchMode m : MatchMode.values()) {
            double[] out = r.outputs().get(m);
            BarPlot p = plots.get(m);
            p.setBars(out, first);
            p.setAxis(Math.min(0, first), Math.max(n - 1, first + out.length - 1));
            Argmax a = r.best().get(m);
            Set<Integer> ties = new HashSet<>();
            for (int[] t : a.ties()) {
                ties.add(t[1]);
            }
            p.setPeaks(ties);
            captions.get(m).setText(m.label() + ": max " + NumberText.exact(a.max()) + " at " + (ties.size() == 1 ? "index " : "indices ")
                    + String.join(", ", a.ties().stream().map(t -> Integer.toString(t[1])).toList()));
        }
        List<String> lines = r.sentences();
        sentences.getChildren().clear();
        MatchMode[] modes = MatchMode.values();
        for (int i = 0; i < lines.size(); i++) {
            Label l = new Label(lines.get(i));
            l.setId("match-sentence-" + modes[i].id());
            l.getStyleClass().add("sentence");
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            sentences.getChildren().add(l);
        }
    }
}
