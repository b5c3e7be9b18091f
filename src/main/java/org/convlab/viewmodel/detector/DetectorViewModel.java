package org.convlab.viewmodel.detector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.convlab.conv.Activation;
import org.convlab.conv.Detection;
import org.convlab.conv.DetectionEngine;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Padding;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.Window;
import org.convlab.conv.Workspace;
import org.convlab.format.WorkspaceLimits;
import org.convlab.lessons.detector.FilterPresets;
import org.convlab.lessons.detector.PlantAndTest;
import org.convlab.lessons.detector.StreakDirection;

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
 * the filter bank, the shared settings and plant-and-test live in their own view models, which edit
 * through this one.
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

    /**
     * Extras key: the filters and settings the note was written for ({@link
     * DetectorTexts#fingerprint}).
     */
    public static final String NOTE_FOR_KEY = "detector.noteFor";

    /** Extras key of the offsets {@code [[dx, dy], …]} a preset suggests (the chevron's fix). */
    public static final String OFFSETS_KEY = "detector.suggestedOffsets";

    /**
     * A response cell in focus: {@code map} is a filter index, −1 for the combined map (local cell)
     * or {@link StagesViewModel#pooledProbe} for a pooled map.
     */
    public record Probe(int map, int row, int col) {}

    /**
     * What the focused cell shows: the arithmetic, each filter's input window (null where the
     * filter has no cell there), each filter's focused map cell {row, col} (or null) and the
     * combined map's focused local cell (or null).
     */
    public record Focus(
            List<String> lines,
            List<Window> windows,
            List<int[]> mapCells,
            int[] combinedCell,
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
    // One view model per section; the public methods below delegate to them, so callers keep
    // talking to this class alone.
    private final PaintingViewModel painting = new PaintingViewModel(this);
    private final ScenesViewModel scenes = new ScenesViewModel(this);
    private final FilterBankViewModel filters = new FilterBankViewModel(this);
    private final LayerSettingsViewModel settings = new LayerSettingsViewModel(this);
    private final PlantTestViewModel plantTest = new PlantTestViewModel(this);
    private final StagesViewModel stages = new StagesViewModel(this);
    private final ChannelsViewModel channels = new ChannelsViewModel(this);

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

    private final ReadOnlyStringWrapper argmaxText =
            new ReadOnlyStringWrapper(this, "argmaxText", "");

    /** The argmax said in words, ties included: "4 positions share the maximum 6; …". */
    public String getArgmaxText() {
        return argmaxText.get();
    }

    public ReadOnlyStringProperty argmaxTextProperty() {
        return argmaxText.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper combinedLabel =
            new ReadOnlyStringWrapper(this, "combinedLabel", "");

    /** "Sum: A + B 28×28" or "Sum: A + B(dx=4) 28×24". */
    public String getCombinedLabel() {
        return combinedLabel.get();
    }

    public ReadOnlyStringProperty combinedLabelProperty() {
        return combinedLabel.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper inputLabel =
            new ReadOnlyStringWrapper(this, "inputLabel", "");

    /** "Input 32×32". */
    public String getInputLabel() {
        return inputLabel.get();
    }

    public ReadOnlyStringProperty inputLabelProperty() {
        return inputLabel.getReadOnlyProperty();
    }

    private final ReadOnlyListWrapper<String> mapLabels =
            new ReadOnlyListWrapper<>(this, "mapLabels", FXCollections.observableArrayList());

    /** One label per response map: "Response A 28×28". */
    public ReadOnlyListProperty<String> mapLabelsProperty() {
        return mapLabels.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");

    /** The one-line lesson of the loaded preset (why the sum works, or fails), "" when none. */
    public String getNote() {
        return note.get();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Probe> probe = new ReadOnlyObjectWrapper<>(this, "probe");

    /** The response cell hovered or clicked, or null. */
    public Probe getProbe() {
        return probe.get();
    }

    public ReadOnlyObjectProperty<Probe> probeProperty() {
        return probe.getReadOnlyProperty();
    }

    /**
     * Focuses response cell (row, col) of filter {@code map}, or of the combined map when map is −1
     * (local cell).
     */
    public void setProbe(int map, int row, int col) {
        probe.set(new Probe(map, row, col));
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

    public Tool getTool() {
        return painting.getTool();
    }

    public void setTool(Tool value) {
        painting.setTool(value);
    }

    public ObjectProperty<Tool> toolProperty() {
        return painting.toolProperty();
    }

    /** Side of the square brush in cells (1 … 9). */
    public int getBrushSize() {
        return painting.getBrushSize();
    }

    public void setBrushSize(int value) {
        painting.setBrushSize(value);
    }

    public IntegerProperty brushSizeProperty() {
        return painting.brushSizeProperty();
    }

    /** Index of the filter the filter commands (presets, size) act on. */
    public int getSelectedFilter() {
        return filters.getSelectedFilter();
    }

    public void setSelectedFilter(int value) {
        filters.setSelectedFilter(value);
    }

    public IntegerProperty selectedFilterProperty() {
        return filters.selectedFilterProperty();
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
            if (getSelectedFilter() >= ws.filters().size()) {
                setSelectedFilter(Math.max(0, ws.filters().size() - 1));
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
        Workspace ws = workspace.get();
        inputLabel.set(
                "Input "
                        + ws.image().height()
                        + "×"
                        + ws.image().width()
                        + (ws.image().channels() == 3
                                ? "×3 (red, green, blue)"
                                : ws.image().channels() > 1
                                        ? "×" + ws.image().channels() + " (channel 1 shown)"
                                        : ""));
        // A scene's note speaks of the scene's filters and settings: once they change it is gone.
        Object n = ws.extras().get(NOTE_KEY);
        Object noteFor = ws.extras().get(NOTE_FOR_KEY);
        String sceneNote =
                n instanceof String text
                                && (noteFor == null
                                        || noteFor.equals(DetectorTexts.fingerprint(ws)))
                        ? text
                        : "";
        String sizes = SizeMixNote.of(ws);
        note.set(
                sceneNote.isEmpty()
                        ? sizes
                        : sizes.isEmpty() ? sceneNote : sceneNote + " " + sizes);
        Detection d = detection.get();
        Workspace dw = detectedWorkspace;
        if (d == null || dw == null) {
            mapLabels.setAll(List.of());
            combinedLabel.set("");
            argmaxText.set("");
            refreshFocus();
            return;
        }
        List<String> labels = new ArrayList<>();
        int maxRows = 1;
        int maxCols = 1;
        for (int k = 0; k < d.responses().size(); k++) {
            ResponseMap m = d.responses().get(k);
            // Beside its pooled map ("Pooled A") a response is named by its filter alone, so
            // both fit side by side on a projector.
            labels.add(
                    (dw.pooling() == null ? "Response " : "")
                            + dw.filters().get(k).name()
                            + "  "
                            + m.height()
                            + "×"
                            + m.width()
                            + (dw.matching() != MatchMode.RAW ? " · " + dw.matching().label() : "")
                            + (dw.activation() == Activation.RELU ? " · ReLU" : ""));
            maxRows = Math.max(maxRows, m.height());
            maxCols = Math.max(maxCols, m.width());
        }
        mapLabels.setAll(labels);
        combinedLabel.set(
                StagesViewModel.staged(dw)
                        ? StagedFocus.combinedLabel(dw, d, DetectorTexts.sumFormula(dw.filters()))
                        : "Sum: "
                                + DetectorTexts.sumFormula(dw.filters())
                                + "  "
                                + d.combined().height()
                                + "×"
                                + d.combined().width());
        animation.setGrid(maxRows, maxCols);
        refreshArgmaxText();
        if (probe.get() != null && !CellFocus.probeInRange(probe.get(), d)) {
            probe.set(null);
        }
        refreshFocus();
    }

    private void refreshArgmaxText() {
        Detection d = detection.get();
        if (d == null) {
            argmaxText.set("");
        } else if (animation.isActive()) {
            argmaxText.set(
                    "The argmax is known only when every position has been computed: play on, or End shows the finished maps");
        } else {
            argmaxText.set(DetectorTexts.describeArgmax(d));
        }
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

    // ---- painting ----------------------------------------------------------------------------

    /**
     * Starts a stroke at (row, col) painting {@code value} (1 ink, 0 erase); with {@code line} the
     * stroke is a straight line from here to wherever it ends. Cells outside the image are ignored.
     */
    public void beginStroke(int row, int col, double value, boolean line) {
        painting.beginStroke(row, col, value, line);
    }

    /** Continues the stroke to (row, col): a brush stroke fills the gap from the last point. */
    public void strokeTo(int row, int col) {
        painting.strokeTo(row, col);
    }

    /** Ends the stroke: one edit. */
    public void endStroke() {
        painting.endStroke();
    }

    public boolean isStroking() {
        return painting.isStroking();
    }

    /** Sets every cell to 0. */
    public void clear() {
        painting.clear();
    }

    /** Swaps 0 and 1 (v becomes 1 − v). */
    public void invert() {
        painting.invert();
    }

    /**
     * Moves the picture by (dRow, dCol) cells; what leaves the grid is dropped, what comes in is 0.
     */
    public void shift(int dRow, int dCol) {
        painting.shift(dRow, dCol);
    }

    /** Resizes the grid, keeping the cells that fit (anchored top-left). */
    public boolean resize(int height, int width) {
        return painting.resize(height, width);
    }

    /** Replaces the input with seeded streaks (same seed, same image) at the current size. */
    public boolean generateStreaks(StreakDirection direction, int count, int length, long seed) {
        return painting.generateStreaks(direction, count, length, seed);
    }

    // ---- the target pattern and presets ------------------------------------------------------

    /**
     * The pattern a stamp places and plant-and-test plants (the X unless a preset or file says
     * otherwise).
     */
    public Image getPattern() {
        return scenes.getPattern();
    }

    public String getPatternName() {
        return scenes.getPatternName();
    }

    /**
     * Makes the selected rectangle of the input the target pattern (what stamps and plant-and-test
     * place).
     */
    public boolean patternFromSelection() {
        return scenes.patternFromSelection();
    }

    /** Stamps the pattern centred on (row, col); refused when it would run over the edge. */
    public boolean stampAt(int row, int col) {
        return scenes.stampAt(row, col);
    }

    /**
     * Stamps the pattern at a random spot where it fits (seeded by a counter, so a session
     * replays).
     */
    public boolean stampRandom() {
        return scenes.stampRandom();
    }

    /** The homework scene (streaks, X, ↘ and ↗ filters, plain sum), as one edit. */
    public void loadHomework() {
        scenes.loadHomework();
    }

    /** The homework image with a second X: a tie for the maximum. */
    public void loadTie() {
        scenes.loadTie();
    }

    /** The chevron V with the plain sum, which fails; {@link #applySuggestedOffsets} fixes it. */
    public void loadChevron() {
        scenes.loadChevron();
    }

    /** Offsets the loaded preset suggests, e.g. "dx=4 for B", or "" when none. */
    public String suggestedOffsetsText() {
        return scenes.suggestedOffsetsText();
    }

    /**
     * Applies the offsets the preset suggests (the chevron's dx = 4 for B), with its explanation.
     */
    public boolean applySuggestedOffsets() {
        return scenes.applySuggestedOffsets();
    }

    // ---- filters -----------------------------------------------------------------------------

    /** Adds an all-zero 5×5 filter named with the next free letter and selects it. */
    public void addFilter() {
        filters.addFilter();
    }

    public boolean removeFilter(int k) {
        return filters.removeFilter(k);
    }

    public boolean renameFilter(int k, String name) {
        return filters.renameFilter(k, name);
    }

    /** Moves filter k by delta places in the bank (−1 up, +1 down). */
    public boolean moveFilter(int k, int delta) {
        return filters.moveFilter(k, delta);
    }

    /** Resizes filter k to kh×kw (1 … 11), keeping the weights that fit, anchored top-left. */
    public boolean resizeFilter(int k, int kh, int kw) {
        return filters.resizeFilter(k, kh, kw);
    }

    /** Cycles weight (i, j) of filter k: 0 → +1 → −1 → 0 (any other value → 0). */
    public void cycleWeight(int k, int i, int j) {
        filters.cycleWeight(k, i, j);
    }

    public boolean setWeight(int k, int i, int j, double value) {
        return filters.setWeight(k, i, j, value);
    }

    /**
     * Sets weight (i, j) from typed text; refuses anything but a finite number with a message
     * naming the problem.
     */
    public boolean setWeightText(int k, int i, int j, String text) {
        return filters.setWeightText(k, i, j, text);
    }

    /** Starts painting weights of filter k (a drag with the weight brush); the drag is one edit. */
    public void beginWeightStroke(int k) {
        filters.beginWeightStroke(k);
    }

    /** Paints one weight during a weight stroke, recomputing live. */
    public void paintWeight(int i, int j, double value) {
        filters.paintWeight(i, j, value);
    }

    public void endWeightStroke() {
        filters.endWeightStroke();
    }

    public boolean setBias(int k, double bias) {
        return filters.setBias(k, bias);
    }

    public boolean setGain(int k, double gain) {
        return filters.setGain(k, gain);
    }

    /** Sets filter k's offset: the detector reads its map at (y + dy, x + dx). */
    public boolean setOffset(int k, int dx, int dy) {
        return filters.setOffset(k, dx, dy);
    }

    /** Replaces filter k's weights with a preset at its current size (the 3×3 classics at 3×3). */
    public void applyPreset(int k, FilterPresets preset) {
        filters.applyPreset(k, preset);
    }

    /** Copies the selected rectangle of the input into a new filter: template matching. */
    public boolean filterFromSelection() {
        return filters.filterFromSelection();
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

    // ---- global settings ---------------------------------------------------------------------

    public boolean setMatching(MatchMode m) {
        return settings.setMatching(m);
    }

    public boolean setActivation(Activation a) {
        return settings.setActivation(a);
    }

    public boolean setPadding(Padding p) {
        return settings.setPadding(p);
    }

    /**
     * Parses valid/same/full/a whole number and sets the padding; refuses other text with a
     * message.
     */
    public boolean setPaddingText(String text) {
        return settings.setPaddingText(text);
    }

    public boolean setStride(int s) {
        return settings.setStride(s);
    }

    public boolean setDilation(int d) {
        return settings.setDilation(d);
    }

    /**
     * Replaces the filter bank with {@code learned} (the learning lesson's result) as one edit,
     * which Undo takes back; refused, with the reason as the message, when they do not fit.
     */
    public boolean useLearnedFilters(List<FilterSpec> learned) {
        return tryEdit(() -> getWorkspace().withFilters(learned));
    }

    public boolean setFlip(boolean flip) {
        return settings.setFlip(flip);
    }

    /**
     * Reads a number a user typed: accepts the minus sign U+2212 and surrounding spaces, refuses
     * text, NaN and infinities with a message naming the field. Returns null when refused.
     */
    public Double parseNumber(String text, String what) {
        return settings.parseNumber(text, what);
    }

    // ---- plant and test ----------------------------------------------------------------------

    public PlantAndTest.Result getPlantResult() {
        return plantTest.getPlantResult();
    }

    public ReadOnlyObjectProperty<PlantAndTest.Result> plantResultProperty() {
        return plantTest.plantResultProperty();
    }

    /**
     * One line per run, newest first, so configurations can be compared: "A + B, raw: 18 of 20 hits
     * (90%)".
     */
    public ReadOnlyListProperty<String> plantHistoryProperty() {
        return plantTest.plantHistoryProperty();
    }

    /**
     * Runs the current detector on {@code trials} fresh streak images (seeded) of the input's size,
     * each with the target pattern planted at a random spot.
     */
    public boolean runPlantAndTest(int trials, long seed) {
        return plantTest.runPlantAndTest(trials, seed);
    }
}
