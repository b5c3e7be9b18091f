package org.convlab.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PresenterGuideTest {
    @Test
    void presentingHidesTheGuideAndEndingBringsItBack() {
        MainViewModel model = new MainViewModel();
        assertThat(model.isGuideVisible()).isTrue();
        model.presenter().setActive(true);
        assertThat(model.isGuideVisible()).isFalse();
        model.presenter().setActive(false);
        assertThat(model.isGuideVisible()).isTrue();
    }

    @Test
    void aGuideTheUserHadClosedStaysClosedAfterPresenting() {
        MainViewModel model = new MainViewModel();
        model.setGuideVisible(false);
        model.presenter().setActive(true);
        model.setGuideVisible(true); // F9 while presenting
        model.presenter().setActive(false);
        assertThat(model.isGuideVisible()).isFalse();
    }
}
