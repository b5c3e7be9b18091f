package org.convlab.viewmodel.detector;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.convlab.conv.Cell;
import org.convlab.conv.ChannelSums;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Detection;
import org.convlab.conv.DetectionEngine;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.Window;
import org.convlab.conv.Workspace;
import org.convlab.lessons.detector.FilterPresets;

/**
 * The channels of the detector's layer: which channel the brush paints, the groups (standard →
 * grouped → depthwise), each filter's slices, the partial maps of the selected filter that add up
 * to its response, the focused cell's per-channel sums, and the layer as labelled blocks tied to
 * the parameter tally. A one-channel workspace has nothing here to show.
 */
public final class ChannelsViewModel {
    /** The brush paints every channel. */
    public static final int ALL = -1;

    private final DetectorViewModel vm;

    /** Keeps the selected filter's partial maps current after each dab, as the main engine does. */
    private final DetectionEngine partialEngine = new DetectionEngine();

    private Workspace partialLayer;

    ChannelsViewModel(DetectorViewModel vm) {
        this.vm = vm;
        boardOpen.addListener((o, was, open) -> refresh(null));
    }

    // ---- painting channel --------------------------------------------------------------------

    private final IntegerProperty paintChannel =
            new SimpleIntegerProperty(this, "paintChannel", ALL);

    /** The channel the brush paints, or {@link #ALL}. */
    public IntegerProperty paintChannelProperty() {
        return paintChannel;
    }

    public void setPaintChannel(int c) {
        if (c != ALL && (c < 0 || c >= getChannels())) {
            vm.refuse("this image has no channel " + (c + 1) + "; it has " + getChannels());
            return;
        }
        paintChannel.set(c);
    }

    /**
     * The channel a stroke paints on the current image (every one where the pick is out of range).
     */
    int paintedChannel() {
        int c = paintChannel.get();
        return c >= 0 && c < vm.getWorkspace().image().channels() ? c : ALL;
    }

    private final BooleanProperty boardOpen = new SimpleBooleanProperty(this, "boardOpen", false);

    /**
     * Whether the channels board is open in place of the maps (shown for a many-channel image
     * only); a property here so that the guided reveal can open it.
     */
    public BooleanProperty boardOpenProperty() {
        return boardOpen;
    }

    // ---- shape of the layer ------------------------------------------------------------------

    private final ReadOnlyIntegerWrapper channels = new ReadOnlyIntegerWrapper(this, "channels", 1);

    public int getChannels() {
        return channels.get();
    }

    public ReadOnlyIntegerProperty channelsProperty() {
        return channels.getReadOnlyProperty();
    }

    private final ReadOnlyIntegerWrapper groups = new ReadOnlyIntegerWrapper(this, "groups", 1);

    public int getGroups() {
        return groups.get();
    }

    public ReadOnlyIntegerProperty groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    /** The group counts the image's channels allow, from standard (1) to depthwise (C). */
    public List<Integer> groupChoices() {
        List<Integer> list = new ArrayList<>();
        for (int g = 1; g <= getChannels(); g++) {
            if (getChannels() % g == 0) {
                list.add(g);
            }
        }
        return list;
    }

    /** What g groups are called: standard, depthwise, or "g groups". */
    public String groupsName(int g) {
        if (g == 1) {
            return "standard";
        }
        return g == getChannels() ? "depthwise" : g + " groups";
    }

    /**
     * Regroups the layer: each filter keeps the slices of the channels it reads in both layouts
     * (zeros for channels it did not read before), so standard → depthwise keeps filter n's slice
     * of its own group and depthwise → standard gives every filter zeros outside its channel.
     */
    public boolean setGroups(int g) {
        Workspace ws = vm.getWorkspace();
        int c = ws.image().channels();
        int n = ws.filters().size();
        if (g == ws.convolution().groups()) {
            return true;
        }
        ConvSettings next = ws.convolution().withGroups(g);
        try {
            next.requireGroupsFit(c, n);
        } catch (IllegalArgumentException e) {
            vm.refuse(e.getMessage());
            return false;
        }
        List<FilterSpec> regrouped = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            FilterSpec spec = ws.filters().get(k);
            Filter f = spec.filter();
            int oldFirst = ws.firstChannel(k);
            int newFirst = next.firstChannel(k, n, c);
            int depth = c / g;
            int plane = f.height() * f.width();
            double[] w = new double[depth * plane];
            for (int s = 0; s < depth; s++) {
                int old = newFirst + s - oldFirst;
                if (old >= 0 && old < f.channels()) {
                    System.arraycopy(f.toArray(), old * plane, w, s * plane, plane);
                }
            }
            regrouped.add(spec.withFilter(Filter.of(f.height(), f.width(), depth, w, f.bias())));
        }
        // Through an empty bank, so no step holds filters of the wrong depth for its groups.
        if (vm.tryEdit(
                () -> ws.withFilters(List.of()).withConvolution(next).withFilters(regrouped))) {
            vm.say(
                    "The layer is now "
                            + groupsName(g)
                            + ": each filter reads "
                            + (c / g == c
                                    ? "every channel"
                                    : c / g + " of the " + c + " channels"));
            return true;
        }
        return false;
    }

    // ---- slices ------------------------------------------------------------------------------

    /** Sets weight (i, j) of slice s of filter k. */
    public boolean setSliceWeight(int k, int s, int i, int j, double value) {
        Workspace ws = vm.getWorkspace();
        if (k < 0 || k >= ws.filters().size()) {
            vm.refuse("there is no filter number " + (k + 1));
            return false;
        }
        Filter f = ws.filters().get(k).filter();
        if (s < 0 || s >= f.channels() || i < 0 || i >= f.height() || j < 0 || j >= f.width()) {
            vm.refuse("filter " + ws.filters().get(k).name() + " has no weight there");
            return false;
        }
        double[] w = f.toArray();
        w[(s * f.height() + i) * f.width() + j] = value;
        Filter edited = Filter.of(f.height(), f.width(), f.channels(), w, f.bias());
        return vm.tryEdit(() -> ws.withFilter(k, ws.filters().get(k).withFilter(edited)));
    }

    /** The same from typed text, refusing anything but a finite number. */
    public boolean setSliceWeightText(int k, int s, int i, int j, String text) {
        Double v = vm.layerSettings().parseNumber(text, "weight");
        return v != null && setSliceWeight(k, s, i, j, v);
    }

    /** Filter k becomes {@code preset} in slice s alone, zeros elsewhere: a red-only diagonal. */
    public boolean channelOnlyPreset(int k, int s, FilterPresets preset) {
        Workspace ws = vm.getWorkspace();
        if (k < 0 || k >= ws.filters().size()) {
            vm.refuse("there is no filter number " + (k + 1));
            return false;
        }
        FilterSpec spec = ws.filters().get(k);
        Filter f = spec.filter();
        if (s < 0 || s >= f.channels()) {
            vm.refuse("filter " + spec.name() + " has no slice " + (s + 1));
            return false;
        }
        Filter made =
                PresetSlices.of(preset.make(f.height(), f.width()), f.channels(), s, f.bias());
        if (vm.tryEdit(() -> ws.withFilter(k, spec.withFilter(made)))) {
            String channel = ChannelNames.word(ws.firstChannel(k) + s, ws.image().channels());
            vm.say("Filter " + spec.name() + " is now a " + channel + "-only " + preset.label());
            return true;
        }
        return false;
    }

    /** Loads the homework's layer: three 5×5×3 filters on an RGB image. */
    public void loadColourLayer() {
        vm.edit(ColourScene.layer());
        paintChannel.set(ALL);
        vm.say(
                "The homework's layer: 3 filters of 5×5×3 on an RGB image; each filter is three"
                        + " 5×5 slices, one per colour");
    }

    // ---- partial maps, cell sums and blocks --------------------------------------------------

    private final ReadOnlyObjectWrapper<List<ResponseMap>> partialMaps =
            new ReadOnlyObjectWrapper<>(this, "partialMaps", List.of());

    /**
     * The selected filter's maps, one per channel it reads, while the board is open; empty when
     * they do not apply.
     */
    public ReadOnlyObjectProperty<List<ResponseMap>> partialMapsProperty() {
        return partialMaps.getReadOnlyProperty();
    }

    public List<ResponseMap> getPartialMaps() {
        return partialMaps.get();
    }

    private final ReadOnlyStringWrapper partialSentence =
            new ReadOnlyStringWrapper(this, "partialSentence", "");

    public ReadOnlyStringProperty partialSentenceProperty() {
        return partialSentence.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper cellSums = new ReadOnlyStringWrapper(this, "cellSums", "");

    /** The focused cell of the selected filter, channel by channel. */
    public ReadOnlyStringProperty cellSumsProperty() {
        return cellSums.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<LayerBlocks> blocks =
            new ReadOnlyObjectWrapper<>(this, "blocks");

    public ReadOnlyObjectProperty<LayerBlocks> blocksProperty() {
        return blocks.getReadOnlyProperty();
    }

    public LayerBlocks getBlocks() {
        return blocks.get();
    }

    /** Brings everything up to date with the detection; {@code changed} as for the engine. */
    void refresh(Window changed) {
        Workspace ws = vm.getDetectedWorkspace();
        Workspace live = vm.getWorkspace();
        channels.set(live.image().channels());
        groups.set(live.convolution().groups());
        Detection d = vm.getDetection();
        if (ws == null || d == null || ws.filters().isEmpty()) {
            partialMaps.set(List.of());
            partialSentence.set("");
            return;
        }
        LayerBlocks b = LayerBlocks.of(ws, d);
        // Equal blocks are left alone, so a brush dab does not redraw the board twice.
        if (!b.equals(blocks.get())) {
            blocks.set(b);
        }
        int k = Math.min(Math.max(0, vm.filterBank().getSelectedFilter()), ws.filters().size() - 1);
        String name = ws.filters().get(k).name();
        if (ws.image().channels() == 1) {
            partialMaps.set(List.of());
            partialSentence.set("");
        } else if (!ChannelSums.splits(ws.matching())) {
            partialMaps.set(List.of());
            partialSentence.set(
                    "The "
                            + ws.matching().label()
                            + " score does not split into one map per channel; raw and zero-mean"
                            + " do");
        } else if (!boardOpen.get()) {
            // Nobody sees the partial maps with the board closed: a dab on the colour layer then
            // costs what the response maps cost.
            partialMaps.set(List.of());
            partialLayer = null;
            partialSentence.set("");
        } else {
            Workspace layer = ChannelSums.layer(ws, k);
            boolean same = partialLayer != null && layer.filters().equals(partialLayer.filters());
            Detection pd =
                    same && changed != null
                            ? partialEngine.update(layer, changed)
                            : partialEngine.reset(layer);
            partialLayer = layer;
            partialMaps.set(pd.responses());
            partialSentence.set(
                    "The response of "
                            + name
                            + " is the sum of these "
                            + pd.responses().size()
                            + " maps, plus the bias"
                            + (ws.activation().id().equals("none") ? "" : ", before the ReLU"));
        }
        refreshCell();
    }

    private final ReadOnlyObjectWrapper<SlideStack> slideStack =
            new ReadOnlyObjectWrapper<>(this, "slideStack");

    /**
     * The selected filter as a stack of slices over the input planes at the focused or sliding
     * cell; null for one channel or when the filter has no cell in focus.
     */
    public ReadOnlyObjectProperty<SlideStack> slideStackProperty() {
        return slideStack.getReadOnlyProperty();
    }

    public SlideStack getSlideStack() {
        return slideStack.get();
    }

    /** Writes out the focused cell of the selected filter channel by channel. */
    void refreshCell() {
        Workspace ws = vm.getDetectedWorkspace();
        DetectorViewModel.Focus focus = vm.getFocus();
        int k = vm.filterBank().getSelectedFilter();
        if (ws == null
                || focus == null
                || ws.image().channels() == 1
                || k < 0
                || k >= ws.filters().size()
                || k >= focus.mapCells().size()
                || focus.mapCells().get(k) == null
                || focus.windows().get(k) == null) {
            cellSums.set("");
            slideStack.set(null);
            return;
        }
        Cell cell = focus.mapCells().get(k);
        slideStack.set(SlideStack.of(ws, k, cell.row(), cell.col(), focus.windows().get(k)));
        if (!ChannelSums.splits(ws.matching())) {
            cellSums.set("");
            return;
        }
        cellSums.set(
                ChannelSumsText.explain(
                        ws.filters().get(k).name(),
                        cell.row(),
                        cell.col(),
                        ChannelSums.cell(ws, k, cell.row(), cell.col()),
                        ws.image().channels(),
                        ws.activation()));
    }
}
