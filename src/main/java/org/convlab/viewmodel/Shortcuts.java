package org.convlab.viewmodel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every keyboard shortcut of the app, so the help overlay lists what really works. Screens register
 * theirs with {@link #register}; registering the same keys on the same screen again replaces the
 * description, so a screen may register at construction without caring whether the defaults already
 * named its keys.
 */
public final class Shortcuts {
    /** Group for shortcuts that work everywhere. */
    public static final String EVERYWHERE = "Everywhere";

    /** Group for the File and Edit menus. */
    public static final String FILES = "Files and editing";

    /** One shortcut: the keys as a user reads them ("Ctrl+Shift+Z"), what they do and where. */
    public record Shortcut(String screen, String keys, String description) {
        public Shortcut {
            Objects.requireNonNull(screen, "screen");
            Objects.requireNonNull(keys, "keys");
            Objects.requireNonNull(description, "description");
            if (keys.isBlank() || description.isBlank()) {
                throw new IllegalArgumentException("a shortcut needs keys and a description");
            }
        }
    }

    private final ObservableList<Shortcut> all = FXCollections.observableArrayList();
    private final ObservableList<Shortcut> readOnly = FXCollections.unmodifiableObservableList(all);

    /** Adds a shortcut, or replaces the description of the same keys on the same screen. */
    public void register(String screen, String keys, String description) {
        Shortcut s = new Shortcut(screen, keys, description);
        for (int i = 0; i < all.size(); i++) {
            Shortcut old = all.get(i);
            if (old.screen().equals(screen) && old.keys().equals(keys)) {
                all.set(i, s);
                return;
            }
        }
        all.add(s);
    }

    public ObservableList<Shortcut> all() {
        return readOnly;
    }

    /** The groups in the order they were first registered. */
    public List<String> screens() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        all.forEach(s -> names.add(s.screen()));
        return new ArrayList<>(names);
    }

    public List<Shortcut> of(String screen) {
        return all.stream().filter(s -> s.screen().equals(screen)).toList();
    }

    /** The app-level shortcuts plus the known ones of the file menus and the three lessons. */
    public static Shortcuts withDefaults() {
        Shortcuts s = new Shortcuts();
        s.register(EVERYWHERE, "F1 or ?", "Show these shortcuts");
        s.register(
                EVERYWHERE,
                "Esc",
                "Close this list or the About box; leave presenter mode or full screen");
        s.register(
                EVERYWHERE,
                "F5 or Ctrl+P",
                "Presenter mode on or off (large text, high contrast, full screen)");
        s.register(EVERYWHERE, "Ctrl+Shift+H", "High contrast on or off");
        s.register(EVERYWHERE, "F11", "Full screen on or off");
        s.register(EVERYWHERE, "F12", "Frame-time readout on or off");
        s.register(EVERYWHERE, "F9", "Show or hide the \"What to try\" guide");
        s.register(EVERYWHERE, "Ctrl+1", "Go to " + Lesson.DETECTOR.title());
        s.register(EVERYWHERE, "Ctrl+2", "Go to " + Lesson.PARAMETERS.title());
        s.register(EVERYWHERE, "Ctrl+3", "Go to " + Lesson.TRANSLATION.title());
        s.register(EVERYWHERE, "Ctrl+4", "Go to " + Lesson.LEARNING.title());
        s.register(EVERYWHERE, "Ctrl+Tab", "Next lesson");
        s.register(
                EVERYWHERE,
                "Page Down / Page Up",
                "Guided reveal: next / previous step of this lesson's story (a presenter clicker sends these)");
        s.register(EVERYWHERE, "F10 or Alt", "Open the menu bar; then arrow keys and Enter");
        s.register(EVERYWHERE, "Tab / Shift+Tab", "Move the focus to the next / previous control");

        s.register(FILES, "Ctrl+N", "New workspace");
        s.register(FILES, "Ctrl+O", "Open a workspace");
        s.register(FILES, "Ctrl+S", "Save the workspace");
        s.register(FILES, "Ctrl+Shift+S", "Save the workspace under a new name");
        s.register(FILES, "Ctrl+I", "Import a picture as the input");
        s.register(FILES, "Ctrl+Shift+C", "Copy a map to the clipboard");
        s.register(
                FILES, "Ctrl+Shift+V", "Paste a filter (spreadsheet cells, CSV or a NumPy print)");
        s.register(FILES, "Ctrl+Q", "Quit (asks about unsaved changes)");
        s.register(FILES, "Ctrl+Z", "Undo");
        s.register(FILES, "Ctrl+Shift+Z", "Redo");
        s.register(FILES, "Ctrl+Y", "Redo (the same)");

        String detector = Lesson.DETECTOR.title();
        s.register(detector, "Space", "Play or pause the sliding kernel");
        s.register(
                detector, "\u2190 / \u2192", "Step the animation back / forward by one position");
        s.register(detector, "Home / End", "First / last position of the animation");
        s.register(detector, "Shift+arrow keys", "Shift the painted image by one cell");
        s.register(detector, "P / E / L / S / T", "Paint, Erase, Line, Select or Stamp tool");
        s.register(detector, "Left / right button on the image", "Paint 1 / paint 0 (Paint tool)");
        s.register(detector, "Shift+drag", "Draw a straight line of cells");
        s.register(detector, "Ctrl+mouse wheel", "Zoom the input");
        s.register(detector, "Esc", "Unpin the clicked cell and clear the selection");

        s.register(
                Lesson.PARAMETERS.title(),
                "Arrow keys on the matrix",
                "Move the highlighted entry and name its weight");

        String translation = Lesson.TRANSLATION.title();
        s.register(
                translation,
                "\u2190 / \u2192",
                "Shift the signal by one (in move mode: move the block)");
        s.register(translation, "Home", "Shift back to 0");
        s.register(translation, "Shift+arrow keys", "Move the 2D image");

        String learning = Lesson.LEARNING.title();
        s.register(learning, "F6", "Train or pause");
        s.register(learning, "F7", "One training step");
        return s;
    }
}
