package org.convlab.viewmodel.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.convlab.conv.Image;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Padding;
import org.convlab.conv.Workspace;
import org.convlab.format.WorkspaceCodec;
import org.convlab.viewmodel.detector.DetectorScenes;
import org.convlab.viewmodel.detector.DetectorViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 600 edits of every kind at 512×512×3, made through the detector's and the document's view models
 * as the screen makes them: the history keeps the newest 500, stays within the memory the
 * documentation promises (docs/files-and-undo.md: 500 steps within 256 MB), and undoing all of them
 * and redoing all of them passes through exactly the workspaces the edits made.
 */
class UndoUnderLoadTest {
    private static final int EDITS = 600;
    private static final int SIDE = 512;

    private final Preferences prefs =
            Preferences.userRoot().node("org/convlab/test-" + UUID.randomUUID());

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
    }

    /**
     * The homework's filters on a 512×512 picture of {@code channels} channels of ink (1) and paper
     * (0).
     */
    private static Workspace canvas(int channels) {
        Random rnd = new Random(11);
        double[] d = new double[channels * SIDE * SIDE];
        for (int i = 0; i < d.length; i++) {
            d[i] = rnd.nextInt(4) == 0 ? 1 : 0;
        }
        return WorkspaceEdits.withImage(
                        DetectorScenes.homework(), Image.of(SIDE, SIDE, channels, d))
                .workspace();
    }

    /** A colour picture as Import Image makes it: levels k ÷ 255. */
    private static Image picture(int seed) {
        Random rnd = new Random(seed);
        double[] d = new double[3 * SIDE * SIDE];
        for (int i = 0; i < d.length; i++) {
            d[i] = rnd.nextInt(256) / 255.0;
        }
        return Image.of(SIDE, SIDE, 3, d);
    }

    /**
     * Edit i: a change of the image, a weight, the stride, the matching mode, a bias or the
     * padding. The image changes by a paint stroke on one channel; painting refuses colour, so a
     * colour image changes by an imported picture or a shift.
     */
    private static void edit(DetectorViewModel vm, DocumentViewModel doc, int i) {
        Workspace ws = vm.getWorkspace();
        switch (i % 6) {
            case 0 -> {
                if (ws.image().channels() == 3) {
                    if (i % 12 == 0) {
                        doc.importImage(picture(i));
                    } else {
                        vm.painting().shift(1, 1);
                    }
                    return;
                }
                int row = (i * 37) % SIDE;
                int col = (i * 53) % (SIDE - 40);
                vm.painting().beginStroke(row, col, i % 12 == 0 ? 1 : 0, false);
                vm.painting().strokeTo((row + 7) % SIDE, col + 20);
                vm.painting().strokeTo(row, col + 40);
                vm.painting().endStroke();
            }
            case 1 -> vm.filterBank().setWeight(i % 2, (i / 6) % 3, (i / 18) % 3, i + 0.25);
            case 2 -> vm.layerSettings().setStride(ws.convolution().stride() == 1 ? 2 : 1);
            case 3 ->
                    vm.layerSettings()
                            .setMatching(
                                    ws.matching() == MatchMode.RAW
                                            ? MatchMode.ZERO_MEAN
                                            : MatchMode.RAW);
            case 4 -> vm.filterBank().setBias(i % 2, i + 0.5);
            default ->
                    vm.layerSettings()
                            .setPadding(
                                    ws.convolution().padding().equals(Padding.VALID)
                                            ? Padding.SAME
                                            : Padding.VALID);
        }
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    /**
     * A workspace as this test keeps it, so that 600 of them do not weigh on the measurement: the
     * image's values as levels 0..255 (every value here is exactly one of k ÷ 255), the rest around
     * a 1×1 image.
     */
    private record Kept(Workspace rest, int height, int width, int channels, byte[] levels) {
        /**
         * {@code ws} kept; its image is not copied again when it is {@code before}'s (kept as
         * {@code previous}).
         */
        static Kept of(Workspace ws, Workspace before, Kept previous) {
            Image img = ws.image();
            byte[] levels;
            if (before != null && before.image() == img) {
                levels = previous.levels;
            } else {
                double[] d = img.toArray();
                levels = new byte[d.length];
                for (int i = 0; i < d.length; i++) {
                    int k = (int) Math.round(d[i] * 255);
                    if (k / 255.0 != d[i]) {
                        throw new AssertionError(
                                "value " + i + " is " + d[i] + ", not a level k ÷ 255");
                    }
                    levels[i] = (byte) k;
                }
            }
            return new Kept(
                    ws.withImage(Image.zeros(1, 1, img.channels())),
                    img.height(),
                    img.width(),
                    img.channels(),
                    levels);
        }

        Workspace workspace() {
            double[] d = new double[levels.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = (levels[i] & 0xFF) / 255.0;
            }
            return rest.withImage(Image.of(height, width, channels, d));
        }
    }

    @ParameterizedTest(name = "512×512×{0}")
    @ValueSource(ints = {3, 1})
    void sixHundredEditsKeepTheNewestFiveHundredWithinTheBudgetAndUndoRedoExactly(int channels) {
        DetectorViewModel vm = new DetectorViewModel();
        vm.load(canvas(channels));
        // 3×3 filters keep each recompute short; the history's cost is the image's.
        assertThat(vm.filterBank().resizeFilter(0, 3, 3) && vm.filterBank().resizeFilter(1, 3, 3))
                .isTrue();
        UndoHistory history = new UndoHistory();
        DocumentViewModel doc =
                new DocumentViewModel(
                        EditableDocument.of(vm.committedWorkspaceProperty(), vm::load),
                        WorkspaceCodec.json(),
                        new RecentFiles(prefs),
                        () -> canvas(channels),
                        history);
        List<Kept> states = new ArrayList<>(List.of(Kept.of(doc.workspace(), null, null)));
        long before = usedHeapAfterGc();

        for (int i = 0; i < EDITS; i++) {
            Workspace previous = doc.workspace();
            edit(vm, doc, i);
            assertThat(vm.isMessageError()).as("edit %d: %s", i, vm.getMessage()).isFalse();
            assertThat(doc.workspace())
                    .as("edit %d is committed", i)
                    .isSameAs(vm.getCommittedWorkspace())
                    .isNotEqualTo(previous);
            states.add(Kept.of(doc.workspace(), previous, states.get(states.size() - 1)));
        }
        long kept = states.stream().map(Kept::levels).distinct().mapToLong(l -> l.length).sum();
        long retained = usedHeapAfterGc() - before - kept;

        assertThat(history.undoSize()).isEqualTo(UndoHistory.DEFAULT_MAX_STEPS).isEqualTo(500);
        assertThat(history.bytes()).isLessThanOrEqualTo(UndoHistory.DEFAULT_MAX_BYTES);
        // What the heap holds for the history stays within the documented 256 MB.
        assertThat(retained)
                .as("bytes retained after %d edits", EDITS)
                .isLessThan(UndoHistory.DEFAULT_MAX_BYTES);

        for (int k = 1; k <= 500; k++) {
            doc.undo();
            assertThat(vm.getWorkspace())
                    .as("after %d undos", k)
                    .isEqualTo(states.get(EDITS - k).workspace());
        }
        assertThat(doc.canUndo()).as("the oldest 100 steps were dropped").isFalse();
        doc.undo();
        assertThat(vm.getWorkspace())
                .isEqualTo(states.get(EDITS - 500).workspace())
                .isNotEqualTo(states.get(0).workspace());

        for (int k = 1; k <= 500; k++) {
            doc.redo();
            assertThat(vm.getWorkspace())
                    .as("after %d redos", k)
                    .isEqualTo(states.get(EDITS - 500 + k).workspace());
        }
        assertThat(doc.canRedo()).isFalse();
        assertThat(vm.getWorkspace()).isEqualTo(states.get(EDITS).workspace());
        assertThat(vm.getProblem()).isEmpty();
    }
}
