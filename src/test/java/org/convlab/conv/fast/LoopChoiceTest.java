package org.convlab.conv.fast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule that switches the correlation to {@link VectorTaps}: only when the exercises have been
 * faster in total in the offset layout, and none much slower, for {@link
 * LayoutTimings#AGREEING_ROUNDS} rounds in a row, each judged by its fastest time over the last
 * {@link LayoutTimings#WINDOW} rounds; and the status line that reports the verdict.
 */
class LoopChoiceTest {
    /** An exercise that is only its name, for the status line. */
    private record Named(String name, Matching matching) implements LoopChoice.Exercise {
        @Override
        public long time(boolean offsets) {
            throw new UnsupportedOperationException("not timed here");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @Test
    void offsetsWinOnlyAfterAFullWindowAndEnoughAgreeingRounds() {
        LayoutTimings t = new LayoutTimings(2);
        int needed = LayoutTimings.WINDOW + LayoutTimings.AGREEING_ROUNDS - 1;
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
        LayoutTimings t = new LayoutTimings(2);
        for (int round = 0; round < 50; round++) {
            t.record(0, 10, 2000);
            t.record(1, 38, 30);
        }
        assertThat(t.offsetsWin()).isFalse();
    }

    @Test
    void oneExerciseSlightlySlowerDoesNotHoldBackAFasterWhole() {
        LayoutTimings t = new LayoutTimings(2);
        for (int round = 0; round < 50; round++) {
            t.record(0, 10, 20);
            t.record(1, 37, 30);
        }
        assertThat(t.offsetsWin()).isTrue();
    }

    @Test
    void slowerInTotalKeepsTheShiftedLayoutThoughEachIsWithinTolerance() {
        LayoutTimings t = new LayoutTimings(2);
        for (int round = 0; round < 50; round++) {
            t.record(0, 100, 99);
            t.record(1, 11, 10);
        }
        assertThat(t.offsetsWin()).isFalse();
        assertThat(t.speedUp()).isLessThan(1.0);
    }

    @Test
    void theFastestTimeInTheWindowCountsSoOneSlowRoundDoesNotResetTheVerdict() {
        LayoutTimings t = new LayoutTimings(1);
        for (int round = 0; round < 20; round++) {
            // A cold or interrupted offset round now and then, as on a busy machine.
            t.record(0, round % 4 == 0 ? 500 : 10, 20);
        }
        assertThat(t.offsetsWin()).isTrue();
    }

    @Test
    void aSlowStartIsForgottenOnceItLeavesTheWindow() {
        LayoutTimings t = new LayoutTimings(1);
        for (int round = 0; round < 30; round++) {
            t.record(0, 50_000, 20);
        }
        assertThat(t.offsetsWin()).isFalse();
        for (int round = 0; round < LayoutTimings.WINDOW + LayoutTimings.AGREEING_ROUNDS; round++) {
            t.record(0, 10, 20);
        }
        assertThat(t.offsetsWin()).isTrue();
    }

    @Test
    void theStatusNamesTheFamilyThatKeptTheOldLoopsAndItsSlowestExercise() {
        LoopChoice.Exercise raw = new Named("1×3 raw, valid, real values", Matching.RAW);
        LoopChoice.Exercise ssd = new Named("1×2 ssd, valid, real values", Matching.SSD);
        java.util.Map<LoopChoice.Family, java.util.List<LoopChoice.Exercise>> exercises =
                new java.util.EnumMap<>(LoopChoice.Family.class);
        exercises.put(LoopChoice.Family.PRODUCTS, java.util.List.of(raw));
        exercises.put(LoopChoice.Family.SQUARED_DIFFERENCES, java.util.List.of(ssd));
        java.util.Map<LoopChoice.Family, LayoutTimings> timings =
                new java.util.EnumMap<>(LoopChoice.Family.class);
        LayoutTimings fast = new LayoutTimings(1);
        LayoutTimings slow = new LayoutTimings(1);
        for (int round = 0; round < 10; round++) {
            fast.record(0, 10, 20);
            slow.record(0, 40, 20);
        }
        timings.put(LoopChoice.Family.PRODUCTS, fast);
        timings.put(LoopChoice.Family.SQUARED_DIFFERENCES, slow);

        String partial =
                LoopChoice.verdict(
                        exercises,
                        timings,
                        java.util.EnumSet.of(LoopChoice.Family.SQUARED_DIFFERENCES),
                        java.util.Map.of(LoopChoice.Family.PRODUCTS, 900L));
        assertThat(partial)
                .isEqualTo(
                        "Vector API loops (2.0× the JIT-vectorized ones after 10 warm-up rounds, 900 ms) except for SSD,"
                                + " JIT-vectorized (the Vector API was not faster there: SSD 0.50× after 10 rounds, slowest 1×2 ssd, valid, real values at 2.00×)");

        String none =
                LoopChoice.verdict(
                        exercises,
                        timings,
                        java.util.EnumSet.allOf(LoopChoice.Family.class),
                        java.util.Map.of());
        assertThat(none)
                .startsWith(
                        "JIT-vectorized loops (the Vector API was not faster here: sums of products 2.00× after 10 rounds")
                .contains("; SSD 0.50× after 10 rounds");

        String all =
                LoopChoice.verdict(
                        exercises,
                        timings,
                        java.util.EnumSet.noneOf(LoopChoice.Family.class),
                        java.util.Map.of(
                                LoopChoice.Family.PRODUCTS,
                                900L,
                                LoopChoice.Family.SQUARED_DIFFERENCES,
                                1200L));
        assertThat(all)
                .isEqualTo(
                        "Vector API loops (2.0× the JIT-vectorized ones after 10 warm-up rounds, 1200 ms)");
    }

    @Test
    void onlyAFullWindowAtUnderHalfTheSpeedIsHopeless() {
        LayoutTimings t = new LayoutTimings(2);
        for (int round = 1; round < LayoutTimings.WINDOW; round++) {
            t.record(0, 500, 20);
            t.record(1, 500, 20);
        }
        assertThat(t.hopeless()).as("before a full window").isFalse();
        t.record(0, 500, 20);
        t.record(1, 500, 20);
        assertThat(t.hopeless()).isTrue();
        LayoutTimings close = new LayoutTimings(1);
        for (int round = 0; round < 10; round++) {
            close.record(0, 39, 20);
        }
        assertThat(close.hopeless()).as("0.51× is slow, not hopeless").isFalse();
    }
}
