package org.convlab.viewmodel.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlideAnimationTest {
    private final SlideAnimation a = new SlideAnimation();

    SlideAnimationTest() {
        a.setGrid(3, 4);
    }

    @Test
    void restsAtTheFinishedMapsUntilStarted() {
        assertThat(a.getCount()).isEqualTo(12);
        assertThat(a.getPosition()).isEqualTo(11);
        assertThat(a.isActive()).isFalse();
        assertThat(a.isRevealed(2, 3)).isTrue();
    }

    @Test
    void playStartsFromTheFirstPositionAndAdvancesWithTime() {
        a.setSpeed(10);
        a.play();
        assertThat(a.getPosition()).isZero();
        a.tick(0);
        a.tick(250_000_000L);
        assertThat(a.getPosition()).isEqualTo(2);
        assertThat(a.row()).isZero();
        assertThat(a.col()).isEqualTo(2);
        assertThat(a.isRevealed(0, 2)).isTrue();
        assertThat(a.isRevealed(0, 3)).isFalse();
        a.tick(350_000_000L);
        assertThat(a.getPosition()).isEqualTo(3);
    }

    @Test
    void stopsAtTheEnd() {
        a.setSpeed(100);
        a.play();
        a.tick(0);
        a.tick(1_000_000_000L);
        assertThat(a.getPosition()).isEqualTo(11);
        assertThat(a.isPlaying()).isFalse();
        assertThat(a.isActive()).isFalse();
    }

    @Test
    void stepBackHomeEndAndSeekPause() {
        a.home();
        assertThat(a.getPosition()).isZero();
        a.step();
        a.step();
        assertThat(a.getPosition()).isEqualTo(2);
        a.back();
        assertThat(a.getPosition()).isEqualTo(1);
        a.back();
        a.back();
        assertThat(a.getPosition()).isZero();
        a.seek(99);
        assertThat(a.getPosition()).isEqualTo(11);
        a.seek(5);
        a.play();
        a.end();
        assertThat(a.isPlaying()).isFalse();
        assertThat(a.getPosition()).isEqualTo(11);
    }

    @Test
    void aGridChangeKeepsTheSlideWhereItWas() {
        a.seek(5);
        a.setGrid(10, 10);
        assertThat(a.getPosition()).isEqualTo(5);
        a.end();
        a.setGrid(2, 2);
        assertThat(a.getPosition()).isEqualTo(3);
        a.setGrid(5, 5);
        assertThat(a.getPosition()).isEqualTo(24);
    }

    @Test
    void refusesANonPositiveSpeed() {
        assertThatThrownBy(() -> a.setSpeed(0)).hasMessageContaining("positive");
    }
}
