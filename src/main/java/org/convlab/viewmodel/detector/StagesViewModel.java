package org.convlab.viewmodel.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.collections.FXCollections;
import org.convlab.conv.Detection;
import org.convlab.conv.Pooling;
import org.convlab.conv.ReceptiveField;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.SecondLayer;
import org.convlab.conv.Workspace;

/**
 * The stages after the filter bank: pooling (kind, size, stride), the second layer (turning the
 * offsets into the kernel they are, editing it like a filter, going back to gains and offsets) and
 * the live receptive-field table of the selected filter. Every change is one undoable edit.
 */
public final class StagesViewModel {
    /** The largest second-layer kernel side the screen offers to edit cell by cell. */
    public static final int MAX_EDITED_SIDE = 9;

    private final DetectorViewModel vm;

    private final ReadOnlyListWrapper<String> pooledLabels =
            new ReadOnlyListWrapper<>(this, "pooledLabels", FXCollections.observableArrayList());

    private final ReadOnlyListWrapper<ReceptiveField.Stage> field =
            new ReadOnlyListWrapper<>(this, "field", FXCollections.observableArrayList());

    StagesViewModel(DetectorViewModel vm) {
        this.vm = vm;
    }

    /** Starts following the workspace and selection (called once the owner is built). */
    void listen() {
        vm.workspaceProperty().addListener((o, a, b) -> refresh());
        vm.detectionProperty().addListener((o, a, b) -> refresh());
        vm.filterBank().selectedFilterProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** "Pooled A · max 2×2, stride 2 3×3", one per filter, while the workspace pools. */
    public ReadOnlyListProperty<String> pooledLabelsProperty() {
        return pooledLabels.getReadOnlyProperty();
    }

    /** Each stage's kernel, stride, jump and receptive field, seen from the selected filter. */
    public ReadOnlyListProperty<ReceptiveField.Stage> fieldProperty() {
        return field.getReadOnlyProperty();
    }

    /** Whether the workspace pools or has a second layer (the screen then shows those stages). */
    public static boolean staged(Workspace ws) {
        return ws.pooling() != null || ws.secondLayer() != null;
    }

    /**
     * Sets the pooling: {@code kind} null means none; size and stride are used by max and average
     * only. A window larger than a map is refused with the detector's message.
     */
    public boolean setPooling(Pooling.Kind kind, int size, int stride) {
        return vm.tryEdit(
                () ->
                        vm.getWorkspace()
                                .withPooling(
                                        kind == null
                                                ? null
                                                : kind.global()
                                                        ? Pooling.global(kind)
                                                        : Pooling.window(kind, size, stride)));
    }

    /**
     * Replaces the gain/offset sum by the second layer it is: g_k at (dy_k − min dy, dx_k − min dx)
     * of slice k. Refused, with a message, when that kernel would be wider or taller than 64.
     */
    public boolean showAsSecondLayer() {
        if (vm.getWorkspace().secondLayer() != null) {
            vm.say("The detector already has a second layer");
            return true;
        }
        boolean ok =
                vm.tryEdit(
                        () ->
                                vm.getWorkspace()
                                        .withSecondLayer(
                                                SecondLayer.fromOffsets(
                                                        vm.getWorkspace().filters())));
        if (ok) {
            SecondLayer l = vm.getWorkspace().secondLayer();
            vm.say(
                    "The offsets are now layer 2's "
                            + l.height()
                            + "×"
                            + l.width()
                            + " kernel: each filter's gain sits at its offset");
        }
        return ok;
    }

    /**
     * Removes the second layer: D is the gain/offset sum again (the gains and offsets were kept).
     */
    public boolean useGainsAndOffsets() {
        return vm.tryEdit(() -> vm.getWorkspace().withSecondLayer(null));
    }

    /** Sets weight (i, j) of slice k of the second layer. */
    public boolean setWeight(int k, int i, int j, double value) {
        return editLayer(
                l -> {
                    double[][][] w = l.slices();
                    w[k][i][j] = value;
                    return SecondLayer.of(w, l.bias());
                });
    }

    public boolean setBias(double bias) {
        return editLayer(l -> SecondLayer.of(l.slices(), bias));
    }

    /**
     * Resizes the kernel to rows × cols, keeping the weights that still fit and zeros elsewhere.
     */
    public boolean resize(int rows, int cols) {
        return editLayer(
                l -> {
                    if (rows < 1 || cols < 1) {
                        throw new IllegalArgumentException(
                                "layer 2's kernel needs at least 1 row and 1 column");
                    }
                    double[][][] w = l.slices();
                    double[][][] out = new double[w.length][rows][cols];
                    for (int k = 0; k < w.length; k++) {
                        for (int i = 0; i < Math.min(rows, l.height()); i++) {
                            System.arraycopy(w[k][i], 0, out[k][i], 0, Math.min(cols, l.width()));
                        }
                    }
                    return SecondLayer.of(out, l.bias());
                });
    }

    private boolean editLayer(UnaryOperator<SecondLayer> change) {
        SecondLayer l = vm.getWorkspace().secondLayer();
        if (l == null) {
            vm.refuse("there is no second layer; use Show as second layer first");
            return false;
        }
        return vm.tryEdit(() -> vm.getWorkspace().withSecondLayer(change.apply(l)));
    }

    /** The workspace after a filter was added at the end: the second layer gains a zero slice. */
    static Workspace filterAdded(Workspace ws) {
        SecondLayer l = ws.secondLayer();
        return l == null ? ws : ws.withSecondLayer(l.withZeroSlice());
    }

    /** The workspace after filter k was removed: its slice goes too. */
    static Workspace filterRemoved(Workspace ws, int k) {
        SecondLayer l = ws.secondLayer();
        return l == null || l.channels() < 2 ? ws : ws.withSecondLayer(l.withoutSlice(k));
    }

    /** The workspace after filter k moved to place {@code to}: its slice moves along. */
    static Workspace filterMoved(Workspace ws, int k, int to) {
        SecondLayer l = ws.secondLayer();
        if (l == null) {
            return ws;
        }
        List<double[][]> slices = new ArrayList<>(List.of(l.slices()));
        slices.add(to, slices.remove(k));
        return ws.withSecondLayer(SecondLayer.of(slices.toArray(new double[0][][]), l.bias()));
    }

    private void refresh() {
        Workspace ws = vm.getWorkspace();
        Detection d = vm.getDetection();
        Workspace dw = vm.getDetectedWorkspace();
        List<String> labels = new ArrayList<>();
        if (d != null && dw != null) {
            for (int k = 0; k < d.pooled().size() && k < dw.filters().size(); k++) {
                ResponseMap m = d.pooled().get(k);
                labels.add(
                        "Pooled "
                                + dw.filters().get(k).name()
                                + "  "
                                + m.height()
                                + "×"
                                + m.width());
            }
        }
        pooledLabels.setAll(labels);
        int k = Math.min(Math.max(0, vm.filterBank().getSelectedFilter()), ws.filters().size() - 1);
        List<ReceptiveField.Stage> stages = List.of();
        if (k >= 0) {
            try {
                stages = ReceptiveField.of(ws, k).stages();
            } catch (IllegalArgumentException e) {
                stages = List.of(); // the kernel does not fit: the banner says why
            }
        }
        field.setAll(stages);
    }
}
