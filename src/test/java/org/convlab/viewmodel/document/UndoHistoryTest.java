package org.convlab.viewmodel.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.Workspace;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {
    private static final long IMAGE_512 = 8L * 512 * 512;
    private static final long BITS_512 = 512 * 512 / 8;

    /** A 512×512 image of arbitrary values (kept as doubles), told apart by its first value. */
    private static Workspace big(double mark) {
        double[] d = new double[512 * 512];
        d[0] = mark + 0.25;
        return Workspace.of(
                Image.of(512, 512, 1, d),
                List.of(FilterSpec.plain("A", Filter.ofRows(new double[][] {{1}}))));
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
        // one 512×512 image (2 MB, its values are not 0/1) plus one 1×1 filter, both shared
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
        assertThat(ws.image().get(0, 0, 0)).isEqualTo(30.25);
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

    @Test
    void paintedColourImagesKeepTwoHundredStepsAtFiveHundredTwelve() {
        UndoHistory h = new UndoHistory();
        double[] d = new double[3 * 512 * 512];
        Workspace ws =
                Workspace.of(
                        Image.of(512, 512, 3, d),
                        List.of(
                                FilterSpec.plain(
                                        "A", Filter.of(1, 1, 3, new double[] {1, 1, 1}, 0))));
        Workspace first = ws;
        for (int i = 0; i < 250; i++) {
            d[i * 1000] = 1; // one more painted cell: a new image each stroke
            Workspace next = ws.withImage(Image.of(512, 512, 3, d));
            h.record(ws, "stroke");
            ws = next;
        }
        assertThat(h.undoSize()).isEqualTo(250);
        // one bit per value: 96 KB per stroke instead of 6 MB
        assertThat(h.bytes()).isEqualTo(250 * 3 * BITS_512 + 24);
        for (int i = 0; i < 250; i++) {
            ws = h.undo(ws).orElseThrow().state();
        }
        assertThat(ws).isEqualTo(first);
    }

    @Test
    void importedLevelsTakeOneBytePerValueAndComeBackExactly() {
        double[] d = new double[512 * 512];
        for (int i = 0; i < d.length; i++) {
            d[i] = (i % 256) / 255.0;
        }
        Workspace ws = big(0).withImage(Image.of(512, 512, 1, d));
        UndoHistory h = new UndoHistory();
        h.record(ws, "import");
        assertThat(h.bytes()).isEqualTo(512 * 512 + 8);
        Workspace back = h.undo(big(1)).orElseThrow().state();
        assertThat(back).isEqualTo(ws);
        assertThat(back.image()).isNotSameAs(ws.image());
    }

    @Test
    void packedImagesRebuildBitForBit() {
        double[][] cases = {
            {0, 1, 1, 0},
            {-0.0, 1, 0, 1},
            {0, 128 / 255.0, 1, 3 / 255.0},
            {0.1, 1, 2, -3},
            {-0.0, 0.5, 1, 0}
        };
        for (double[] c : cases) {
            Image img = Image.of(2, 2, 1, c);
            assertThat(PackedImage.of(img).unpack())
                    .as(java.util.Arrays.toString(c))
                    .isEqualTo(img);
        }
        assertThat(PackedImage.of(Image.of(1, 64, 1, new double[64])).bytes()).isEqualTo(8);
        assertThat(PackedImage.of(Image.of(1, 4, 1, new double[] {0, 1 / 255.0, 0, 0})).bytes())
                .isEqualTo(4);
        assertThat(PackedImage.of(Image.of(1, 4, 1, new double[] {0, 0.3, 0, 0})).bytes())
                .isEqualTo(32);
    }
}
