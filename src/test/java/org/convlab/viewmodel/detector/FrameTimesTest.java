package org.convlab.viewmodel.detector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameTimesTest {
    @Test
    void reportsAverageAndWorstOfTheLastSecond() {
        FrameTimes t = new FrameTimes();
        long now = 0;
        t.frame(now);
        for (int i = 0; i < 59; i++) {
            now += 16_000_000L;
            t.frame(now);
        }
        now += 40_000_000L;
        t.frame(now);
        assertThat(t.count()).isEqualTo(60);
        assertThat(t.worstMillis()).isEqualTo(40);
        assertThat(t.averageMillis())
                .isCloseTo((59 * 16 + 40) / 60.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.text()).startsWith("frame 16.4 ms average (61 fps), worst 40.0 ms");
    }

    @Test
    void forgetsFramesOlderThanASecond() {
        FrameTimes t = new FrameTimes();
        t.frame(0);
        t.frame(500_000_000L);
        t.frame(2_000_000_000L);
        assertThat(t.count()).isEqualTo(1);
        assertThat(t.worstMillis()).isEqualTo(1500);
    }
}
