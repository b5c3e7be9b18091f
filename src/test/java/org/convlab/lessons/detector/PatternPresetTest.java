package org.convlab.lessons.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.convlab.conv.Detection;
import org.convlab.conv.Filter;
import org.convlab.conv.Image;
import org.convlab.conv.Window;
import org.convlab.conv.Workspace;
import org.junit.jupiter.api.Test;

class PatternPresetTest {
    @Test
    void sameSeedGivesSameStreakImage() {
        Image a = StreakGenerator.generate(32, 32, StreakDirection.BOTH, 10, 6, 42);
        Image b = StreakGenerator.generate(32, 32, StreakDirection.BOTH, 10, 6, 42);
        Image c = StreakGenerator.generate(32, 32, StreakDirection.BOTH, 10, 6, 43);
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void downRightStreaksAreDiagonalRuns() {
        Image img = StreakGenerator.generate(10, 10, StreakDirection.DOWN_RIGHT, 1, 10, 1);
        for (int i = 0; i < 10; i++) {
            assertThat(img.get(0, i, i)).isEqualTo(1);
        }
        assertThat(sum(img)).isEqualTo(10);
    }

    @Test
    void upRightStreakRunsFromBottomLeft() {
        Image img = StreakGenerator.generate(6, 6, StreakDirection.UP_RIGHT, 1, 6, 5);
        for (int i = 0; i < 6; i++) {
            assertThat(img.get(0, 5 - i, i)).isEqualTo(1);
        }
    }

    @Test
    void streakLongerThanImageIsRefused() {
        assertThatThrownBy(() -> StreakGenerator.generate(8, 8, StreakDirection.BOTH, 3, 9, 1))
                .hasMessageContaining("streak length must be between 1 and 8");
    }

    @Test
    void stampAddsInkWithoutErasing() {
        Image bg = Image.ofRows(new double[][] {{1, 0, 0}, {0, 0, 0}, {0, 0, 1}});
        Image p = Image.ofRows(new double[][] {{0, 1}, {1, 0}});
        Image s = StreakGenerator.stamp(bg, p, 1, 1);
        assertThat(s.toArray()).containsExactly(1, 0, 0, 0, 0, 1, 0, 1, 1);
        assertThatThrownBy(() -> StreakGenerator.stamp(bg, p, 2, 2))
                .hasMessageContaining("does not fit");
    }

    @Test
    void diagonalPresetsAreTheTwoDiagonals() {
        Filter a = FilterPresets.DIAGONAL_DOWN.make(5, 5);
        Filter b = FilterPresets.DIAGONAL_UP.make(5, 5);
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                assertThat(a.get(0, i, j)).isEqualTo(i == j ? 1 : 0);
                assertThat(b.get(0, i, j)).isEqualTo(i + j == 4 ? 1 : 0);
            }
        }
    }

    @Test
    void classicPresetsHaveTheirTextbookWeights() {
        assertThat(FilterPresets.SOBEL_X.make(7, 7).toArray())
                .containsExactly(-1, 0, 1, -2, 0, 2, -1, 0, 1);
        assertThat(FilterPresets.LAPLACIAN.make(3, 3).toArray())
                .containsExactly(0, 1, 0, 1, -4, 1, 0, 1, 0);
        assertThat(FilterPresets.IDENTITY.make(3, 3).toArray())
                .containsExactly(0, 0, 0, 0, 1, 0, 0, 0, 0);
        assertThat(FilterPresets.HORIZONTAL_EDGE.make(2, 2).toArray())
                .containsExactly(-1, -1, 1, 1);
        assertThat(FilterPresets.BOX.make(2, 3).toArray()).containsExactly(1, 1, 1, 1, 1, 1);
    }

    @Test
    void crossScoresTenUnderThePlainSum() {
        PatternPreset x = PatternPreset.cross();
        Image img = StreakGenerator.stamp(Image.zeros(12, 12, 1), x.pattern(), 4, 3);
        Detection d = Detection.of(Workspace.of(img, x.filters()));
        assertThat(d.argmax().max()).isEqualTo(10);
        assertThat(d.argmax().ties()).hasSize(1);
        assertThat(d.window()).isEqualTo(new Window(4, 3, 5, 5));
    }

    @Test
    void chevronNeedsTheOffsetToPeakAtTheV() {
        Image img =
                StreakGenerator.stamp(
                        Image.zeros(12, 16, 1), PatternPreset.chevron(false).pattern(), 3, 4);
        Detection plain = Detection.of(Workspace.of(img, PatternPreset.chevron(false).filters()));
        Detection offset = Detection.of(Workspace.of(img, PatternPreset.chevron(true).filters()));
        // Plain sum: the best any window does is one full stroke plus a cell of the other.
        assertThat(plain.argmax().max()).isEqualTo(6);
        assertThat(offset.argmax().max()).isEqualTo(10);
        assertThat(offset.argmax().ties()).hasSize(1);
        assertThat(offset.window()).isEqualTo(new Window(3, 4, 5, 9));
    }

    @Test
    void offsetsBeatThePlainSumOnPlantedChevrons() {
        PatternPreset plain = PatternPreset.chevron(false);
        PatternPreset offset = PatternPreset.chevron(true);
        PlantAndTest.Result a =
                PlantAndTest.run(
                        Workspace.of(Image.zeros(1, 1, 1), plain.filters()),
                        plain.pattern(),
                        40,
                        32,
                        32,
                        8,
                        5,
                        11);
        PlantAndTest.Result b =
                PlantAndTest.run(
                        Workspace.of(Image.zeros(1, 1, 1), offset.filters()),
                        offset.pattern(),
                        40,
                        32,
                        32,
                        8,
                        5,
                        11);
        assertThat(b.hits()).isGreaterThan(a.hits());
        assertThat(b.hitRate()).isGreaterThanOrEqualTo(0.9);
        assertThat(a.trials()).hasSize(40);
    }

    @Test
    void plantAndTestIsRepeatableForASeed() {
        PatternPreset x = PatternPreset.cross();
        Workspace ws = Workspace.of(Image.zeros(1, 1, 1), x.filters());
        assertThat(PlantAndTest.run(ws, x.pattern(), 10, 24, 24, 6, 5, 3).hits())
                .isEqualTo(PlantAndTest.run(ws, x.pattern(), 10, 24, 24, 6, 5, 3).hits());
    }

    private static double sum(Image img) {
        double s = 0;
        for (double v : img.toArray()) {
            s += v;
        }
        return s;
    }
}
