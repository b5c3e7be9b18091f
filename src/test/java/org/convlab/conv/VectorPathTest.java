package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.convlab.conv.fast.VectorTaps;
import org.junit.jupiter.api.Test;

/**
 * The rule that switches the correlation to {@link VectorTaps}: only when the exercises have been
 * faster in total in the offset layout, and none much slower, for {@link
 * VectorPath#AGREEING_ROUNDS} rounds in a row, each judged by its fastest time over the last {@link
 * VectorPath#WINDOW} rounds.
 */
class VectorPathTest {
    @Test
    void offsetsWinOnlyAfterAFullWindowAndEnoughAgreeingRounds() {
        VectorPath.Timings t = new VectorPath.Timings(2);
        int needed = VectorPath.WINDOW + VectorPath.AGREEING_ROUNDS - 1;
        for (int round = 1; round <= needed; round++) {
            assertThat(t.offsetsWin()).as("before round %d", round).isFalse();
            t.record(0, 10, 20);
            t.record(1, 10, 20);
        }
        assertThat(t.offsetsWin()).isTrue();
        assertThat(t.rounds()).isEqualTo(needed);
        assertThat(t.speedUp()).isEqualTo(2.0);
    }

    @Test
    void oneExerciseFarSlowerKeepsTheShiftedLayoutHoweverFastTheRest() {
        // As a loop C2 has not compiled yet would be.
        VectorPath.Timings t = new VectorPath.Timings(2);
        for (int round = 0; round < 50; round++) {
            t.record(0, 10, 2000);
            t.record(1, 38, 30);
        }
        assertThat(t.offsetsWin()).isFalse();
    }

    @Test
    void oneExerciseSlightlySlowerDoesNotHoldBackAFasterWhole() {
        VectorPath.Timings t = new VectorPath.Timings(2);
        for (int round = 0; round < 50; round++) {
            t.record(0, 10, 20);
            t.record(1, 37, 30);
        }
        assertThat(t.offsetsWin()).isTrue();
    }

    @Test
    void slowerInTotalKeepsTheShiftedLayoutThoughEachIsWithinTolerance() {
        VectorPath.Timings t = new VectorPath.Timings(2);
        for (int round = 0; round < 50; round++) {
            t.record(0, 100, 99);
            t.record(1, 11, 10);
        }
        assertThat(t.offsetsWin()).isFalse();
        assertThat(t.speedUp()).isLessThan(1.0);
    }

    @Test
    void theFastestTimeInTheWindowCountsSoOneSlowRoundDoesNotResetTheVerdict() {
        VectorPath.Timings t = new VectorPath.Timings(1);
        for (int round = 0; round < 20; round++) {
            // A cold or interrupted offset round now and then, as on a busy machine.
            t.record(0, round % 4 == 0 ? 500 : 10, 20);
        }
        assertThat(t.offsetsWin()).isTrue();
    }

    @Test
    void aSlowStartIsForgottenOnceItLeavesTheWindow() {
        VectorPath.Timings t = new VectorPath.Timings(1);
        for (int round = 0; round < 30; round++) {
            t.record(0, 50_000, 20);
        }
        assertThat(t.offsetsWin()).isFalse();
        for (int round = 0; round < VectorPath.WINDOW + VectorPath.AGREEING_ROUNDS; round++) {
            t.record(0, 10, 20);
        }
        assertThat(t.offsetsWin()).isTrue();
    }

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
    void theStatusNamesTheFamilyThatKeptTheOldLoopsAndItsSlowestExercise() {
        Image in = Image.of(1, 4, 1, new double[] {0.5, 1.5, 2.5, 3.5});
        VectorPath.Exercise raw =
                new VectorPath.Exercise(
                        in,
                        Filter.of(1, 3, 1, new double[] {1, 2, 3}, 0),
                        ConvSettings.DEFAULT,
                        MatchMode.RAW);
        VectorPath.Exercise ssd =
                new VectorPath.Exercise(
                        in,
                        Filter.of(1, 2, 1, new double[] {1, 2}, 0),
                        ConvSettings.DEFAULT,
                        MatchMode.SSD);
        java.util.Map<VectorPath.Family, java.util.List<VectorPath.Exercise>> exercises =
                new java.util.EnumMap<>(VectorPath.Family.class);
        exercises.put(VectorPath.Family.PRODUCTS, java.util.List.of(raw));
        exercises.put(VectorPath.Family.SQUARED_DIFFERENCES, java.util.List.of(ssd));
        java.util.Map<VectorPath.Family, VectorPath.Timings> timings =
                new java.util.EnumMap<>(VectorPath.Family.class);
        VectorPath.Timings fast = new VectorPath.Timings(1);
        VectorPath.Timings slow = new VectorPath.Timings(1);
        for (int round = 0; round < 10; round++) {
            fast.record(0, 10, 20);
            slow.record(0, 40, 20);
        }
        timings.put(VectorPath.Family.PRODUCTS, fast);
        timings.put(VectorPath.Family.SQUARED_DIFFERENCES, slow);

        String partial =
                VectorPath.verdict(
                        exercises,
                        timings,
                        java.util.EnumSet.of(VectorPath.Family.SQUARED_DIFFERENCES),
                        java.util.Map.of(VectorPath.Family.PRODUCTS, 900L));
        assertThat(partial)
                .isEqualTo(
                        "Vector API loops (2.0× the JIT-vectorized ones after 10 warm-up rounds, 900 ms) except for SSD,"
                                + " JIT-vectorized (the Vector API was not faster there: SSD 0.50× after 10 rounds, slowest 1×2 ssd, valid, real values at 2.00×)");

        String none =
                VectorPath.verdict(
                        exercises,
                        timings,
                        java.util.EnumSet.allOf(VectorPath.Family.class),
                        java.util.Map.of());
        assertThat(none)
                .startsWith(
                        "JIT-vectorized loops (the Vector API was not faster here: sums of products 2.00× after 10 rounds")
                .contains("; SSD 0.50× after 10 rounds");

        String all =
                VectorPath.verdict(
                        exercises,
                        timings,
                        java.util.EnumSet.noneOf(VectorPath.Family.class),
                        java.util.Map.of(
                                VectorPath.Family.PRODUCTS,
                                900L,
                                VectorPath.Family.SQUARED_DIFFERENCES,
                                1200L));
        assertThat(all)
                .isEqualTo(
                        "Vector API loops (2.0× the JIT-vectorized ones after 10 warm-up rounds, 1200 ms)");
    }

    @Test
    void onlyAFullWindowAtUnderHalfTheSpeedIsHopeless() {
        VectorPath.Timings t = new VectorPath.Timings(2);
        for (int round = 1; round < VectorPath.WINDOW; round++) {
            t.record(0, 500, 20);
            t.record(1, 500, 20);
        }
        assertThat(t.hopeless()).as("before a full window").isFalse();
        t.record(0, 500, 20);
        t.record(1, 500, 20);
        assertThat(t.hopeless()).isTrue();
        VectorPath.Timings close = new VectorPath.Timings(1);
        for (int round = 0; round < 10; round++) {
            close.record(0, 39, 20);
        }
        assertThat(close.hopeless()).as("0.51× is slow, not hopeless").isFalse();
    }
}
