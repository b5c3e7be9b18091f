package org.convlab.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The rule that switches the correlation to {@link VectorTaps}: only when the exercises have been
 * faster in total in the offset layout, and none much slower, for
 * {@link VectorPath#AGREEING_ROUNDS} rounds in a row, each judged by its fastest time over the
 * last {@link VectorPath#WINDOW} rounds.
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
        boolean on = VectorPath.awaitWarmUp(VectorPath.GIVE_UP_NANOS + TimeUnit.SECONDS.toNanos(30), TimeUnit.NANOSECONDS);
        String status = VectorPath.status();
        assertThat(status).startsWith(on ? "Vector API loops (" : "JIT-vectorized loops (");
        VectorPath.pin(null);
        assertThat(VectorPath.enabled()).isEqualTo(on);
    }
}
