package org.convlab.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

class SessionPrefsTest {
    private final Preferences node = new MemoryPreferences();

    @Test
    void theNextRunStartsWhereThisOneStopped() {
        MainViewModel first = new MainViewModel();
        new SessionPrefs(node).attach(first);
        first.setLesson(Lesson.TRANSLATION);
        first.setGuideVisible(false);
        first.display().setScale(1.5);
        first.presenter().setPresenterScale(2.0);
        first.presenter().setPresenterHighContrast(false);

        MainViewModel next = new MainViewModel();
        new SessionPrefs(node).attach(next);

        assertThat(next.getLesson()).isEqualTo(Lesson.TRANSLATION);
        assertThat(next.isGuideVisible()).isFalse();
        assertThat(next.display().getScale()).isEqualTo(1.5);
        assertThat(next.presenter().getPresenterScale()).isEqualTo(2.0);
        assertThat(next.presenter().isPresenterHighContrast()).isFalse();
        assertThat(next.presenter().isActive()).isFalse();
    }

    @Test
    void quittingInPresenterModeKeepsTheEverydaySizeForNextTime() {
        MainViewModel first = new MainViewModel();
        new SessionPrefs(node).attach(first);
        first.presenter().setActive(true);
        first.display().setScale(2.0);

        MainViewModel next = new MainViewModel();
        new SessionPrefs(node).attach(next);

        assertThat(next.display().getScale()).isEqualTo(1.0);
        assertThat(next.display().isHighContrast()).isFalse();
        assertThat(next.presenter().getPresenterScale()).isEqualTo(2.0);
    }

    @Test
    void nonsenseStoredValuesFallBackToTheDefaults() {
        node.put(SessionPrefs.LESSON, "no-such-lesson");
        node.put(SessionPrefs.SCALE, "17");
        node.put(SessionPrefs.PRESENTER_SCALE, "banana");

        MainViewModel model = new MainViewModel();
        new SessionPrefs(node).attach(model);

        assertThat(model.getLesson()).isEqualTo(Lesson.DETECTOR);
        assertThat(model.display().getScale()).isEqualTo(1.0);
        assertThat(model.presenter().getPresenterScale()).isEqualTo(1.5);
    }

    @Test
    void predictModeIsRememberedAndATeacherCanLockItOn() {
        MainViewModel first = new MainViewModel();
        new SessionPrefs(node).attach(first);
        first.predictSession().setOn(true);

        MainViewModel next = new MainViewModel();
        new SessionPrefs(node).attach(next);
        assertThat(next.predictSession().isOn()).isTrue();
        assertThat(next.predictSession().isLocked()).isFalse();
        next.predictSession().setOn(false);

        node.putBoolean(SessionPrefs.PREDICT_LOCKED, true);
        MainViewModel locked = new MainViewModel();
        new SessionPrefs(node).attach(locked);
        assertThat(locked.predictSession().isLocked()).isTrue();
        assertThat(locked.predictSession().isOn()).isTrue();
        locked.predictSession().setOn(false);
        assertThat(locked.predictSession().isOn()).isTrue();
        // the lock says nothing about the learner's own choice, which stays "off"
        assertThat(node.getBoolean(SessionPrefs.PREDICT, true)).isFalse();
    }
}
