package org.convlab.view.detector;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.conv.Filter;
import org.convlab.conv.Image;
import org.convlab.conv.NumberText;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.Window;
import org.convlab.conv.Workspace;
import org.convlab.lessons.detector.FilterPresets;
import org.convlab.view.shared.MapView;
import org.convlab.view.shared.Presenting;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.detector.ChannelNames;
import org.convlab.viewmodel.detector.ChannelsViewModel;
import org.convlab.viewmodel.detector.DetectorViewModel;
import org.convlab.viewmodel.detector.LayerBlocks;
import org.convlab.viewmodel.detector.SlideStack;

/**
 * The channels board, over the maps: the layer as labelled blocks with its weight count, the input
 * as its C planes, the selected filter as its slices (each editable, with one-channel presets), and
 * its partial maps beside its response with the sentence that ties them together.
 */
final class ChannelsBoard extends ScrollPane {
    private final DetectorViewModel model;
    private final ChannelsViewModel channels;
    private final DisplaySettings display;
    private final Label input = block("layer-input");
    private final Label filters = block("layer-filters");
    private final Label output = block("layer-output");
    private final Label tally = new Label();
    private final HBox planes = new HBox(8);
    private final FlowPane slices = new FlowPane(12, 8);
    private final FlowPane partials = new FlowPane(8, 8);
    private final Label sentence = new Label();
    private final Label cellSums = new Label();
    private final KernelStack stack;
    private final Label stackCaption = new Label();
    private final VBox content;
    private Filter slicesShown;
    private int slicesFilter = -1;

    ChannelsBoard(DetectorViewModel model, DisplaySettings display) {
        this.model = model;
        this.channels = model.channels();
        partials.setId("partial-maps");
        this.display = display;
        setId("channels-board");
        getStyleClass().add("channels-board");
        setFitToWidth(true);
        tally.setId("layer-tally");
        tally.getStyleClass().add("layer-tally");
        sentence.setId("partial-sentence");
        sentence.getStyleClass().add("partial-sentence");
        sentence.setWrapText(true);
        cellSums.setId("cell-sums");
        cellSums.getStyleClass().add("cell-sums");
        cellSums.setWrapText(true);
        stack = new KernelStack(display);
        stackCaption.setId("stack-caption");
        stackCaption.getStyleClass().add("channels-map-title");
        stackCaption.setWrapText(true);
        VBox stackBox = new VBox(4, stackCaption, stack);
        stackBox.setMinWidth(Region.USE_PREF_SIZE);
        stackCaption.setPrefWidth(150);
        // One row: the planes give way on a narrow screen, so the stack stays beside them.
        HBox planesAndStack = new HBox(16, planes, stackBox);
        HBox.setHgrow(planes, Priority.ALWAYS);
        FlowPane blocks = new FlowPane(6, 6, input, arrow(), filters, arrow(), output);
        blocks.setAlignment(Pos.CENTER_LEFT);
        tally.setWrapText(true);
        Label layerHeading = heading("The layer");
        Label planesHeading = heading("The input planes and the filter over them");
        Label partialsHeading = heading("Partial maps and the response");
        VBox sliceEditor = new VBox(8, heading("The selected filter, slice by slice"), slices);
        sliceEditor.setId("slice-editor");
        content =
                new VBox(
                        8,
                        layerHeading,
                        blocks,
                        tally,
                        planesHeading,
                        planesAndStack,
                        cellSums,
                        sliceEditor,
                        partialsHeading,
                        partials,
                        sentence);
        // On the stage the board has the centre to itself and must fit a 1024×768 projector: the
        // headings give their rows (the blocks and the maps' titles say what each part is), the
        // filters' column shows every slice (each weight still clickable there), and the focused
        // cell's sums sit beside the filter's stack.
        Presenting.hideWhile(display, layerHeading, planesHeading, partialsHeading, sliceEditor);
        display.presentingProperty().addListener((o, a, b) -> placeCellSums(planesAndStack));
        placeCellSums(planesAndStack);
        content.getStyleClass().add("channels-content");
        setContent(content);
        channels.partialMapsProperty().addListener((o, a, b) -> refresh());
        channels.blocksProperty().addListener((o, a, b) -> refresh());
        channels.cellSumsProperty().addListener((o, a, b) -> cellSums.setText(b));
        channels.slideStackProperty().addListener((o, a, b) -> showStack());
        model.filterBank().selectedFilterProperty().addListener((o, a, b) -> refresh());
        visibleProperty().addListener((o, a, b) -> refresh());
    }

    private static Label block(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("layer-block");
        return l;
    }

    private static Label arrow() {
        Label l = new Label("→");
        l.getStyleClass().add("layer-arrow");
        return l;
    }

    /** The focused cell's sums: under the planes, or beside the stack on the stage. */
    private void placeCellSums(HBox planesAndStack) {
        boolean stage = display.isPresenting();
        Pane home = stage ? planesAndStack : content;
        if (cellSums.getParent() == home) {
            return;
        }
        ((Pane) cellSums.getParent()).getChildren().remove(cellSums);
        if (stage) {
            planesAndStack.getChildren().add(cellSums);
        } else {
            content.getChildren().add(content.getChildren().indexOf(planesAndStack) + 1, cellSums);
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("channels-heading");
        return l;
    }

    /** Redraws what the detection shows; nothing while the board is closed. */
    void refresh() {
        Workspace ws = model.getDetectedWorkspace();
        if (!isVisible() || ws == null || ws.filters().isEmpty()) {
            return;
        }
        LayerBlocks b = channels.getBlocks();
        if (b != null) {
            input.setText(b.input());
            filters.setText(b.filters());
            output.setText(b.output());
            tally.setText(b.tally());
            tally.getStyleClass().remove("tally-homework");
            if (b.homework()) {
                tally.getStyleClass().add("tally-homework");
            }
        }
        showPlanes(ws.image());
        showStack();
        int k =
                Math.min(
                        Math.max(0, model.filterBank().getSelectedFilter()),
                        ws.filters().size() - 1);
        Filter f = ws.filters().get(k).filter();
        if (f != slicesShown || k != slicesFilter) {
            showSlices(ws, k, f);
        }
        showPartials(ws, k);
        sentence.setText(channels.partialSentenceProperty().get());
        cellSums.setText(channels.cellSumsProperty().get());
    }

    private void showPlanes(Image img) {
        int c = img.channels();
        while (planes.getChildren().size() > c) {
            planes.getChildren().remove(planes.getChildren().size() - 1);
        }
        while (planes.getChildren().size() < c) {
            planes.getChildren().add(new BoardMap(display, "plane-" + planes.getChildren().size()));
        }
        for (int i = 0; i < c; i++) {
            ((BoardMap) planes.getChildren().get(i)).showPlane(ChannelNames.word(i, c), img, i);
        }
    }

    /**
     * The selected filter's window and taps on every plane it reads, and the filter as a stack of
     * slices: as the slide plays, the windows move together over the planes.
     */
    private void showStack() {
        SlideStack st = channels.getSlideStack();
        Workspace ws = model.getDetectedWorkspace();
        boolean shown =
                isVisible() && st != null && ws != null && st.filter() < ws.filters().size();
        stack.setVisible(shown);
        stackCaption.setText(shown ? st.caption() : "");
        for (int c = 0; c < planes.getChildren().size(); c++) {
            MapView plane = ((BoardMap) planes.getChildren().get(c)).map();
            Window w = shown && c < st.windows().size() ? st.windows().get(c) : null;
            plane.setOutlines(
                    w == null
                            ? List.of()
                            : List.of(
                                    new MapView.Outline(
                                            w, FilterColors.of(st.filter()), false, "")));
            List<MapView.Mark> marks = new ArrayList<>();
            if (w != null) {
                for (DetectorViewModel.Tap t : st.taps().get(c)) {
                    marks.add(
                            new MapView.Mark(
                                    t.row(), t.col(), FilterColors.of(st.filter()), t.counts()));
                }
                if (model.animation().isActive()) {
                    plane.scrollToCell(w.top() + w.height() / 2, w.left() + w.width() / 2);
                }
            }
            plane.setMarks(marks);
        }
        if (shown) {
            int k = st.filter();
            stack.show(ws.filters().get(k).filter(), k, ws.firstChannel(k), ws.image().channels());
        }
    }

    private void showSlices(Workspace ws, int k, Filter f) {
        slicesShown = f;
        slicesFilter = k;
        slices.getChildren().clear();
        int c = ws.image().channels();
        for (int s = 0; s < f.channels(); s++) {
            int slice = s;
            GridPane grid = new GridPane();
            grid.setId("slice-" + s);
            grid.getStyleClass().add("slice-grid");
            for (int i = 0; i < f.height(); i++) {
                for (int j = 0; j < f.width(); j++) {
                    int row = i;
                    int col = j;
                    TextField t = new TextField(NumberText.exact(f.get(s, i, j)));
                    t.setId("slice-" + s + "-" + i + "-" + j);
                    t.getStyleClass().add("slice-weight");
                    t.setPrefColumnCount(2);
                    t.setOnAction(
                            e -> channels.setSliceWeightText(k, slice, row, col, t.getText()));
                    grid.add(t, j, i);
                }
            }
            String name = ChannelNames.of(ws.firstChannel(k) + s, c);
            MenuButton presets = new MenuButton(name + "-only preset");
            presets.setId("slice-preset-" + s);
            for (FilterPresets p : FilterPresets.all()) {
                MenuItem item = new MenuItem(p.label());
                item.setOnAction(e -> channels.channelOnlyPreset(k, slice, p));
                presets.getItems().add(item);
            }
            Label title =
                    new Label(
                            ws.filters().get(k).name()
                                    + ", slice "
                                    + (s + 1)
                                    + " ("
                                    + ChannelNames.word(ws.firstChannel(k) + s, c)
                                    + ")");
            title.getStyleClass().add("channels-map-title");
            slices.getChildren().add(new VBox(4, title, grid, presets));
        }
    }

    /**
     * The partial maps, "+", and the response: the views are built again only when their number
     * changes, so a brush dab only hands each view its new values.
     */
    private void showPartials(Workspace ws, int k) {
        List<ResponseMap> maps = channels.getPartialMaps();
        boolean response =
                model.getDetection() != null && k < model.getDetection().responses().size();
        int boxes = maps.size() + (response ? 1 : 0);
        if (partials.getChildren().size() != Math.max(0, 2 * boxes - 1)) {
            partials.getChildren().clear();
            for (int s = 0; s < boxes; s++) {
                boolean last = s == boxes - 1 && response;
                if (s > 0) {
                    Label op = new Label(last ? "+ b =" : "+");
                    op.getStyleClass().add("layer-arrow");
                    partials.getChildren().add(op);
                }
                partials.getChildren()
                        .add(new BoardMap(display, last ? "partial-response" : "partial-" + s));
            }
        }
        int c = ws.image().channels();
        for (int s = 0; s < maps.size(); s++) {
            show(2 * s, "Σ over " + ChannelNames.word(ws.firstChannel(k) + s, c), maps.get(s));
        }
        if (response) {
            show(
                    2 * maps.size(),
                    "Response " + ws.filters().get(k).name(),
                    model.getDetection().responses().get(k));
        }
    }

    private void show(int child, String title, ResponseMap m) {
        ((BoardMap) partials.getChildren().get(child)).showMap(title, m);
    }
}
