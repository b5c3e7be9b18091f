package org.convlab.viewmodel.detector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.convlab.conv.Cell;
import org.convlab.conv.Detection;
import org.convlab.conv.DetectionEngine;
import org.convlab.conv.Image;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.Window;
import org.convlab.conv.Workspace;
import org.convlab.format.WorkspaceLimits;

/**
 * State and commands of the pattern detector: the workspace being edited, its detection (response
 * maps, combined map, argmax), the kernel slide and the arithmetic of the cell in focus.
 *
 * <p>Two workspace properties: {@link #workspaceProperty()} follows every brush dab; {@link
 * #committedWorkspaceProperty()} changes only when an edit is complete (end of a stroke, one filter
 * or settings edit, generate, stamp, clear, invert, shift, resize) and is what undo and saving
 * listen to. {@link #load} replaces the state without counting as an edit: it sets both properties
 * while {@link #isLoading()} is true, so an undo history ignores that change.
 *
 * <p>A setting the detector cannot run with (a kernel larger than the padded image, offsets with no
 * common position) is kept in the workspace, so the user can go on fixing it, while {@link
 * #problemProperty()} says what is wrong and the last maps that could be computed stay.
 *
 * <p>This class keeps the workspace, load, edit and commit, and the focus; painting, the scenes,
 * the filter bank, the shared settings, plant-and-test and the captions live in their own view
 * models (see the accessors), which edit through this one.
 */
public final class DetectorViewModel {
    /** Image side limits. */
    public static final int MIN_SIZE = 8;

    public static final int MAX_SIZE = 512;

    /** Largest kernel side. */
    public static final int MAX_KERNEL = 11;

    /** Most filters in the bank: what a workspace file may hold. */
    public static final int MAX_FILTERS = WorkspaceLimits.MAX_FILTERS;

    /** Extras key of the target pattern ({@code {"name", "rows"}}). */
    public static final String PATTERN_KEY = "detector.pattern";

    /** Extras key of the one-line lesson note shown above the maps. */
    public static final String NOTE_KEY = "detector.note";

    /** Extras key: the filters and settings the note was written for (a fingerprint). */
    public static final String NOTE_FOR_KEY = "detector.noteFor";

    /** Extras key of the offsets {@code [[dx, dy], …]} a preset suggests (the chevron's fix). */
    public static final String OFFSETS_KEY = "detector.suggestedOffsets";

    /** A cell in focus and the map it lies in (for D a local cell: row 0 is D's top row). */
    public record Probe(MapRef map, Cell cell) {}

    /**
     * What the focused cell shows: the arithmetic, each filter's input window (null where the
     * filter has no cell there), each filter's focused map cell (or null) and the combined map's
     * focused local cell (or null).
     */
    public record Focus(
            List<String> lines,
            List<Window> windows,
            List<Cell> mapCells,
            Cell combinedCell,
            List<List<Tap>> taps) {
        public Focus {
            lines = List.copyOf(lines);
            windows = Collections.unmodifiableList(new ArrayList<>(windows));
            mapCells = Collections.unmodifiableList(new ArrayList<>(mapCells));
            taps = Collections.unmodifiableList(new ArrayList<>(taps));
        }
    }

    /**
     * An input cell a kernel weight other than 0 reads, for the cell in focus; {@code counts} when
     * its product is not 0 (ink under a weight), so the screen can show which cells made the sum.
     */
    public record Tap(int row, int col, boolean counts) {}

    private final DetectionEngine engine = new DetectionEngine();
    private boolean engineInSync;
    private final SlideAnimation animation = new SlideAnimation();
    private boolean focusStale;
    // One view model per section, handed out by the accessors below; they edit through this
    // class (edit, tryEdit, refuse) so every change is recomputed and committed in one place.
    private final PaintingViewModel painting = new PaintingViewModel(this);
    private final ScenesViewModel scenes = new ScenesViewModel(this);
    private final FilterBankViewModel filters = new FilterBankViewModel(this);
    private final LayerSettingsViewModel settings = new LayerSettingsViewModel(this);
    private final PlantTestViewModel plantTest = new PlantTestViewModel(this);
    private final StagesViewModel stages = new StagesViewModel(this);
    private final ChannelsViewModel channels = new ChannelsViewModel(this);
    private final CaptionsViewModel captions = new CaptionsViewModel();

    public DetectorViewModel() {
        animation.positionProperty().addListener((o, a, b) -> refreshFocus());
        animation
                .activeProperty()
                .addListener(
                        (o, a, b) -> {
                            refreshArgmaxText();
                            refreshFocus();
                        });
        probe.addListener((o, a, b) -> refreshFocus());
        filters.selectedFilterProperty().addListener((o, a, b) -> channels.refresh(null));
        load(DetectorScenes.homework());
        stages.listen();
    }

    /** Pooling, the second layer and the receptive-field table. */
    public StagesViewModel stages() {
        return stages;
    }

    // ---- state -------------------------------------------------------------------------------

    private final ReadOnlyObjectWrapper<Workspace> workspace =
            new ReadOnlyObjectWrapper<>(this, "workspace");

    /** The live state, changing with every brush dab. */
    public Workspace getWorkspace() {
        return workspace.get();
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Workspace> committedWorkspace =
            new ReadOnlyObjectWrapper<>(this, "committedWorkspace");

    /** The state after the last complete edit (or load). */
    public Workspace getCommittedWorkspace() {
        return committedWorkspace.get();
    }

    public ReadOnlyObjectProperty<Workspace> committedWorkspaceProperty() {
        return committedWorkspace.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper loading =
            new ReadOnlyBooleanWrapper(this, "loading", false);

    /** True only while {@link #load} replaces the state: changes seen then are not edits. */
    public boolean isLoading() {
        return loading.get();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Detection> detection =
            new ReadOnlyObjectWrapper<>(this, "detection");

    /** The last detection that could be computed (see {@link #problemProperty()}). */
    public Detection getDetection() {
        return detection.get();
    }

    public ReadOnlyObjectProperty<Detection> detectionProperty() {
        return detection.getReadOnlyProperty();
    }

    private Workspace detectedWorkspace;

    /**
     * The workspace {@link #getDetection()} was computed from (older than the live one while there
     * is a problem).
     */
    public Workspace getDetectedWorkspace() {
        return detectedWorkspace;
    }

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** Why the current settings give no maps, or "" when they do. */
    public String getProblem() {
        return problem.get();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** Feedback on the last command: what it did, or why it was refused. */
    public String getMessage() {
        return message.get();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper messageIsError =
            new ReadOnlyBooleanWrapper(this, "messageIsError", false);

    public boolean isMessageError() {
        return messageIsError.get();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** The captions around the maps: input size, map names, sum formula, argmax, note. */
    public CaptionsViewModel captions() {
        return captions;
    }

    private final ReadOnlyObjectWrapper<Probe> probe = new ReadOnlyObjectWrapper<>(this, "probe");

    /** The response cell hovered or clicked, or null. */
    public Probe getProbe() {
        return probe.get();
    }

    public ReadOnlyObjectProperty<Probe> probeProperty() {
        return probe.getReadOnlyProperty();
    }

    /** Focuses {@code cell} of {@code map}. */
    public void setProbe(MapRef map, Cell cell) {
        probe.set(new Probe(map, cell));
    }

    public void clearProbe() {
        probe.set(null);
    }

    private final ReadOnlyObjectWrapper<Focus> focus = new ReadOnlyObjectWrapper<>(this, "focus");

    /**
     * The cell in focus and its arithmetic: the probed cell, else the slide's position while it
     * runs, else the argmax.
     */
    public Focus getFocus() {
        return focus.get();
    }

    public ReadOnlyObjectProperty<Focus> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    /** The kernel slide. */
    /** The channels of the layer: painting channel, groups, slices and partial sums. */
    public ChannelsViewModel channels() {
        return channels;
    }

    public SlideAnimation animation() {
        return animation;
    }

    /** The brush, the tools and the commands that edit the input image. */
    public PaintingViewModel painting() {
        return painting;
    }

    /** The target pattern, stamping and the lesson's ready-made scenes. */
    public ScenesViewModel scenes() {
        return scenes;
    }

    /** The filters: adding, naming, sizing, weights, bias, gain, offsets, presets. */
    public FilterBankViewModel filterBank() {
        return filters;
    }

    /** Matching, activation, padding, stride, dilation and flip, shared by every filter. */
    public LayerSettingsViewModel layerSettings() {
        return settings;
    }

    /** Plant-and-test: planting the pattern at random and counting how often it is found. */
    public PlantTestViewModel plantTest() {
        return plantTest;
    }

    private final ReadOnlyObjectWrapper<Window> selection =
            new ReadOnlyObjectWrapper<>(this, "selection");

    /** The rectangle dragged with the select tool, or null. */
    public Window getSelection() {
        return selection.get();
    }

    public ReadOnlyObjectProperty<Window> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /**
     * The select tool's rectangle between two corner cells, clipped to the image; null clears it.
     */
    public void select(int r0, int c0, int r1, int c1) {
        Image img = getWorkspace().image();
        int t = Math.max(0, Math.min(r0, r1));
        int l = Math.max(0, Math.min(c0, c1));
        int b = Math.min(img.height() - 1, Math.max(r0, r1));
        int r = Math.min(img.width() - 1, Math.max(c0, c1));
        selection.set(b < t || r < l ? null : new Window(t, l, b - t + 1, r - l + 1));
    }

    public void clearSelection() {
        selection.set(null);
    }

    // ---- load, edit, commit ------------------------------------------------------------------

    /** Replaces the whole state (New, Open, Undo, Redo, Recover); not itself an edit. */
    public void load(Workspace ws) {
        loading.set(true);
        try {
            painting.cancelStroke();
            filters.cancelWeightStroke();
            selection.set(null);
            probe.set(null);
            animation.end();
            workspace.set(ws);
            recompute(ws, null);
            committedWorkspace.set(ws);
            if (filters.getSelectedFilter() >= ws.filters().size()) {
                filters.setSelectedFilter(Math.max(0, ws.filters().size() - 1));
            }
        } finally {
            loading.set(false);
        }
    }

    void setLive(Workspace next, Window changed) {
        workspace.set(next);
        recompute(next, changed);
    }

    void commit() {
        if (committedWorkspace.get() != workspace.get()) {
            committedWorkspace.set(workspace.get());
        }
    }

    /** One complete edit: shown and committed at once. */
    void edit(Workspace next) {
        if (painting.isStroking()) {
            painting.endStroke();
        }
        setLive(next, null);
        commit();
    }

    /** Runs an edit that may be refused; a refusal becomes the message and nothing changes. */
    boolean tryEdit(Supplier<Workspace> next) {
        Workspace ws;
        try {
            ws = next.get();
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage());
            return false;
        }
        message.set("");
        edit(ws);
        return true;
    }

    void refuse(String text) {
        messageIsError.set(true);
        message.set(capitalise(text));
    }

    void say(String text) {
        messageIsError.set(false);
        message.set(text);
    }

    /** Clears the message (a typed value was accepted). */
    void clearMessage() {
        message.set("");
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void recompute(Workspace ws, Window changed) {
        try {
            Detection d =
                    changed != null && engineInSync ? engine.update(ws, changed) : engine.reset(ws);
            engineInSync = true;
            detectedWorkspace = ws;
            problem.set("");
            detection.set(d);
        } catch (IllegalArgumentException e) {
            engineInSync = false;
            problem.set(
                    capitalise(e.getMessage())
                            + ". The maps below are the last ones that could be computed.");
        }
        refreshDerived();
        channels.refresh(changed);
    }

    private void refreshDerived() {
        Detection d = detection.get();
        Workspace dw = detectedWorkspace;
        captions.refresh(workspace.get(), d, dw);
        if (d == null || dw == null) {
            captions.refreshArgmax(null, false);
            refreshFocus();
            return;
        }
        int maxRows = 1;
        int maxCols = 1;
        for (ResponseMap m : d.responses()) {
            maxRows = Math.max(maxRows, m.height());
            maxCols = Math.max(maxCols, m.width());
        }
        animation.setGrid(maxRows, maxCols);
        refreshArgmaxText();
        if (probe.get() != null && !CellFocus.probeInRange(probe.get(), d)) {
            probe.set(null);
        }
        refreshFocus();
    }

    private void refreshArgmaxText() {
        captions.refreshArgmax(detection.get(), animation.isActive());
    }

    /** Refreshes the focus if painting left it out of date. */
    void refreshFocusIfStale() {
        if (focusStale) {
            refreshFocus();
        }
    }

    /**
     * Cells of response map {@code k} the slide has not reached yet (drawn blank), or null when the
     * slide is not running.
     */
    public boolean[] hiddenCells(int k) {
        Detection d = detection.get();
        return d == null || k >= d.responses().size()
                ? null
                : animation.hiddenCells(d.responses().get(k));
    }

    /** Cells of the combined map not yet known while sliding, or null when not sliding. */
    public boolean[] hiddenCombinedCells() {
        Detection d = detection.get();
        return d == null
                ? null
                : animation.hiddenCombinedCells(d.combined(), detectedWorkspace.filters());
    }

    private void refreshFocus() {
        if (painting.isStroking() && probe.get() == null && !animation.isActive()) {
            // While painting, the argmax arithmetic would be recomputed at every dab for nobody:
            // it is refreshed once when the stroke ends.
            focusStale = true;
            return;
        }
        focusStale = false;
        Detection d = detection.get();
        Workspace dw = detectedWorkspace;
        Probe p = probe.get();
        if (d == null || dw == null) {
            focus.set(null);
        } else if (CellFocus.staged(d, dw, p, animation.isActive())) {
            focus.set(StagedFocus.of(d, dw, p != null && CellFocus.probeInRange(p, d) ? p : null));
        } else {
            focus.set(CellFocus.of(d, dw, p, animation));
            channels.refreshCell();
        }
    }
}
