package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The warm-up that picks the loops, seen from {@code conv}: its verdict matches the layout the maps
 * use, and its exercises name themselves as the status line shows them.
 */
class VectorPathTest {
    @Test
    void theWarmUpReachesAVerdictThatMatchesTheLayoutInUse() throws InterruptedException {
        boolean on =
                VectorPath.awaitWarmUp(
                        VectorPath.GIVE_UP_NANOS + TimeUnit.SECONDS.toNanos(30),
                        TimeUnit.NANOSECONDS);
        String status = VectorPath.status();
        assertThat(status).startsWith(on ? "Vector API loops (" : "JIT-vectorized loops (");
        VectorPath.pin(null);
        assertThat(VectorPath.enabled(MatchMode.RAW)).isEqualTo(on);
        assertThat(VectorPath.enabled(MatchMode.NCC)).isEqualTo(on);
        assertThat(VectorPath.enabled(MatchMode.SSD))
                .isEqualTo(
                        status.startsWith("Vector API loops (")
                                && !status.contains("except for SSD"));
    }

    @Test
    void anExerciseNamesItsShapeModePaddingAndData() {
        Image real = Image.of(1, 4, 1, new double[] {0.5, 1.5, 2.5, 3.5});
        Image whole = Image.of(1, 4, 1, new double[] {0, 1, 1, 0});
        Filter k = Filter.of(1, 2, 1, new double[] {1, 2}, 0);
        assertThat(new VectorPath.Exercise(real, k, ConvSettings.DEFAULT, MatchMode.SSD))
                .hasToString("1×2 ssd, valid, real values");
        assertThat(
                        new VectorPath.Exercise(
                                whole,
                                k,
                                ConvSettings.DEFAULT.withPadding(Padding.SAME).withDilation(2),
                                MatchMode.RAW))
                .hasToString("1×2 raw, same, dilation 2, whole numbers");
    }
}
