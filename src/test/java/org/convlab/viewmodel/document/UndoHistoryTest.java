package org.convlab.viewmodel.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.convlab.core.Filter;
import org.convlab.core.FilterSpec;
import org.convlab.core.Image;
import org.convlab.core.Workspace;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {
    private static final long IMAGE_512 = 8L * 512 * 512;

    private static Workspace big(double mark) {
        double[] d = new double[512 * 512];
        d[0] = mark;
        return Workspace.of(Image.of(512, 512, 1, d), List.of(FilterSpec.plain("A", Filter.ofRows(new double[][] {{1}}))));
    }

    @Test
    void unchangedImagesAreSharedAndCountedOnce() {
        UndoHistory h = new UndoHistory();
        Workspace ws = big(0);
        for (int i = 0; i < 300; i++) {
            Workspace next = ws.withFilter(0, ws.filters().get(0).withGain(i + 2));
            h.record(ws, "gain");
            ws = next;
        }
        assertThat(h.undoSize()).isEqualTo(300);
        // one 512×512 image (2 MB) plus one 1×1 filter: the filter object is shared too
        assertThat(h.bytes()).isEqualTo(IMAGE_512 + 8);
    }

    @Test
    void memoryBudgetDropsTheOldestStepsFirst() {
        // each state has its own image and 1×1 filter: ten states need 10 · (2 MB + 8 bytes)
        UndoHistory h = new UndoHistory(500, 10 * (IMAGE_512 + 8));
        Workspace current = big(0);
        for (int i = 1; i <= 40; i++) {
            h.record(current, "stroke " + i);
            current = big(i);
        }
        assertThat(h.bytes()).isEqualTo(10 * (IMAGE_512 + 8));
        assertThat(h.undoSize()).isEqualTo(10);
        assertThat(h.nextUndoLabel()).contains("stroke 40");
        // the ten newest survive: undoing walks back to state 30
        Workspace ws = current;
        for (int i = 0; i < 10; i++) {
            ws = h.undo(ws).orElseThrow().state();
        }
        assertThat(ws.image().get(0, 0, 0)).isEqualTo(30);
        assertThat(h.undo(ws)).isEmpty();
    }

    @Test
    void stepLimitKeepsTheNewest() {
        UndoHistory h = new UndoHistory(200, Long.MAX_VALUE);
        Workspace ws = big(0);
        for (int i = 0; i < 260; i++) {
            h.record(ws.withFilter(0, ws.filters().get(0).withGain(i + 5)), "edit " + i);
        }
        assertThat(h.undoSize()).isEqualTo(200);
        assertThat(h.nextUndoLabel()).contains("edit 259");
    }

    @Test
    void newEditClearsRedoAndFreesItsMemory() {
        UndoHistory h = new UndoHistory();
        Workspace a = big(1);
        Workspace b = big(2);
        h.record(a, "x");
        h.undo(b);
        assertThat(h.redoSize()).isEqualTo(1);
        assertThat(h.bytes()).isEqualTo(IMAGE_512 + 8);
        h.record(a, "y");
        assertThat(h.redoSize()).isZero();
        assertThat(h.bytes()).isEqualTo(IMAGE_512 + 8);
    }
}
