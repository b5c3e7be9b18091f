package org.convlab.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShortcutsTest {
    @Test
    void registeringTheSameKeysOnTheSameScreenReplacesTheDescription() {
        Shortcuts s = new Shortcuts();
        s.register("Translation", "Ctrl+R", "Reset");
        s.register("Translation", "Ctrl+R", "Reset the shift to zero");
        s.register("Pattern detector", "Ctrl+R", "Random image");

        assertThat(s.all())
                .containsExactly(
                        new Shortcuts.Shortcut("Translation", "Ctrl+R", "Reset the shift to zero"),
                        new Shortcuts.Shortcut("Pattern detector", "Ctrl+R", "Random image"));
        assertThat(s.screens()).containsExactly("Translation", "Pattern detector");
    }

    @Test
    void defaultsNameTheAppKeysAndEveryLesson() {
        Shortcuts s = Shortcuts.withDefaults();
        assertThat(s.of(Shortcuts.EVERYWHERE))
                .extracting(Shortcuts.Shortcut::keys)
                .contains(
                        "F1 or ?",
                        "Esc",
                        "F5 or Ctrl+P",
                        "F11",
                        "F12",
                        "F9",
                        "Ctrl+1",
                        "Ctrl+2",
                        "Ctrl+3");
        assertThat(s.of(Shortcuts.FILES))
                .extracting(Shortcuts.Shortcut::keys)
                .containsExactly(
                        "Ctrl+N",
                        "Ctrl+O",
                        "Ctrl+S",
                        "Ctrl+Shift+S",
                        "Ctrl+I",
                        "Ctrl+Shift+C",
                        "Ctrl+Shift+V",
                        "Ctrl+Q",
                        "Ctrl+Z",
                        "Ctrl+Shift+Z",
                        "Ctrl+Y");
        assertThat(s.of(Lesson.DETECTOR.title()))
                .extracting(Shortcuts.Shortcut::keys)
                .contains("Space", "Home / End", "P / E / L / S / T", "Shift+drag");
        assertThat(s.of(Lesson.TRANSLATION.title()))
                .extracting(Shortcuts.Shortcut::keys)
                .containsExactly("\u2190 / \u2192", "Home", "Shift+arrow keys");
        for (Lesson lesson : Lesson.values()) {
            assertThat(s.screens()).contains(lesson.title());
        }
    }

    @Test
    void theListCannotBeChangedBehindTheRegistrysBack() {
        Shortcuts s = Shortcuts.withDefaults();
        assertThatThrownBy(() -> s.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aShortcutNeedsKeysAndADescription() {
        assertThatThrownBy(() -> new Shortcuts().register("x", " ", "nothing"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
