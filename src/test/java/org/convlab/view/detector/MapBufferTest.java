package org.convlab.view.detector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The screen's copy of a map is brought up to date row by row, with the range kept per row. */
class MapBufferTest {
    private static MapBuffer.RowSource rows(double[][] values, List<Integer> asked) {
        return (y, to, at) -> {
            asked.add(y);
            System.arraycopy(values[y], 0, to, at, values[y].length);
        };
    }

    @Test
    void firstUpdateCopiesEveryRowAndFindsTheRange() {
        MapBuffer b = new MapBuffer();
        List<Integer> asked = new ArrayList<>();
        b.update(3, 2, rows(new double[][] {{1, 2}, {-4, 0}, {3, 9}}, asked), y -> false);
        assertThat(asked).containsExactly(0, 1, 2);
        assertThat(b.values()).containsExactly(1, 2, -4, 0, 3, 9);
        assertThat(b.min()).isEqualTo(-4);
        assertThat(b.max()).isEqualTo(9);
        assertThat(b.changedFrom()).isZero();
        assertThat(b.changedTo()).isEqualTo(2);
    }

    @Test
    void laterUpdatesCopyOnlyTheRowsThatMayDifferAndKeepTheArray() {
        MapBuffer b = new MapBuffer();
        b.update(
                3, 2, rows(new double[][] {{1, 2}, {-4, 0}, {3, 9}}, new ArrayList<>()), y -> true);
        double[] array = b.values();
        List<Integer> asked = new ArrayList<>();
        // Row 1 changes (the old minimum goes away); rows 0 and 2 are said to be unchanged.
        b.update(3, 2, rows(new double[][] {{7, 7}, {5, 6}, {7, 7}}, asked), y -> y == 1);
        assertThat(asked).containsExactly(1);
        assertThat(b.values()).isSameAs(array).containsExactly(1, 2, 5, 6, 3, 9);
        assertThat(b.min()).isEqualTo(1);
        assertThat(b.max()).isEqualTo(9);
        assertThat(b.changedFrom()).isEqualTo(1);
        assertThat(b.changedTo()).isEqualTo(1);
        b.update(3, 2, rows(new double[][] {{7, 7}, {5, 6}, {7, 7}}, asked), y -> false);
        assertThat(b.changedFrom()).isEqualTo(-1);
        assertThat(b.changedTo()).isEqualTo(-1);
    }

    @Test
    void aNewShapeCopiesEverythingIntoANewArray() {
        MapBuffer b = new MapBuffer();
        b.update(1, 2, rows(new double[][] {{1, 2}}, new ArrayList<>()), y -> true);
        double[] array = b.values();
        List<Integer> asked = new ArrayList<>();
        b.update(2, 1, rows(new double[][] {{-1}, {-2}}, asked), y -> false);
        assertThat(asked).containsExactly(0, 1);
        assertThat(b.values()).isNotSameAs(array).containsExactly(-1, -2);
        assertThat(b.max()).isEqualTo(-1);
    }
}
