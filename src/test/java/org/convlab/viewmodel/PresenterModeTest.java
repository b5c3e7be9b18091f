package org.convlab.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PresenterModeTest {
    private final MainViewModel model = new MainViewModel();
    private final PresenterMode presenter = model.presenter();
    private final DisplaySettings display = model.display();

    @Test
    void switchingOnEnlargesGoesFullScreenAndTurnsOnHighContrast() {
        presenter.setActive(true);

        assertThat(display.getScale()).isEqualTo(1.5);
        assertThat(display.isHighContrast()).isTrue();
        assertThat(display.getOutlineWidth()).isEqualTo(4.5);
        assertThat(model.isFullScreen()).isTrue();
    }

    @Test
    void switchingOffPutsBackWhatWasThereBefore() {
        display.setScale(2.0);
        display.setHighContrast(false);
        presenter.setPresenterScale(1.5);

        presenter.toggle();
        presenter.toggle();

        assertThat(presenter.isActive()).isFalse();
        assertThat(display.getScale()).isEqualTo(2.0);
        assertThat(display.isHighContrast()).isFalse();
        assertThat(model.isFullScreen()).isFalse();
    }

    @Test
    void aWindowThatWasFullScreenBeforeStaysFullScreenAfter() {
        model.setFullScreen(true);
        presenter.toggle();
        presenter.toggle();
        assertThat(model.isFullScreen()).isTrue();
    }

    @Test
    void aScaleChosenDuringPresenterModeBecomesThePresenterScaleButNotTheEverydayOne() {
        presenter.setActive(true);
        display.setScale(2.0);
        display.setHighContrast(false);

        assertThat(presenter.getPresenterScale()).isEqualTo(2.0);
        assertThat(presenter.isPresenterHighContrast()).isFalse();
        assertThat(presenter.getEverydayScale()).isEqualTo(1.0);

        presenter.setActive(false);
        assertThat(display.getScale()).isEqualTo(1.0);
        presenter.setActive(true);
        assertThat(display.getScale()).isEqualTo(2.0);
        assertThat(display.isHighContrast()).isFalse();
    }

    @Test
    void rejectsAPresenterScaleThatWouldShrinkTheText() {
        assertThatThrownBy(() -> presenter.setPresenterScale(0.75))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.75");
    }

    @Test
    void escapeClosesTheInnermostThingFirst() {
        presenter.setActive(true);
        model.setHelpVisible(true);

        assertThat(model.escape()).isTrue();
        assertThat(model.isHelpVisible()).isFalse();
        assertThat(presenter.isActive()).isTrue();

        assertThat(model.escape()).isTrue();
        assertThat(presenter.isActive()).isFalse();
        assertThat(model.isFullScreen()).isFalse();

        assertThat(model.escape()).isFalse();
    }

    @Test
    void helpAndAboutAreNeverOpenTogether() {
        model.setHelpVisible(true);
        model.setAboutVisible(true);
        assertThat(model.isHelpVisible()).isFalse();
        model.setHelpVisible(true);
        assertThat(model.isAboutVisible()).isFalse();
    }
}
