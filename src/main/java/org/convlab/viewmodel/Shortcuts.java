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

    /**
     * The known shortcuts as a table: a line {@code [group]} starts a group (a lesson by its id),
     * then one line {@code keys | what they do} each. A line with {@code {lesson}} stands for one
     * line per lesson, {@code {n}} its number.
     */
    private static final String DEFAULTS =
            """
            [Everywhere]
            F1 or ? | Show these shortcuts
            Esc | Close this list or the About box; leave presenter mode or full screen
            F5 or Ctrl+P | Presenter mode on or off (large text, high contrast, full screen)
            Ctrl+Shift+H | High contrast on or off
            F11 | Full screen on or off
            F12 | Frame-time readout on or off
            F9 | Show or hide the "What to try" guide
            Ctrl+{n} | Go to {lesson}
            Ctrl+Tab | Next lesson
            Page Down / Page Up | Guided reveal: next / previous step of this lesson's story \
            (a presenter clicker sends these)
            F10 or Alt | Open the menu bar; then arrow keys and Enter
            Tab / Shift+Tab | Move the focus to the next / previous control
            [Files and editing]
            Ctrl+N | New workspace
            Ctrl+O | Open a workspace
            Ctrl+S | Save the workspace
            Ctrl+Shift+S | Save the workspace under a new name
            Ctrl+I | Import a picture as the input
            Ctrl+Shift+C | Copy a map to the clipboard
            Ctrl+Shift+V | Paste a filter (spreadsheet cells, CSV or a NumPy print)
            Ctrl+Q | Quit (asks about unsaved changes)
            Ctrl+Z | Undo
            Ctrl+Shift+Z | Redo
            Ctrl+Y | Redo (the same)
            [detector]
            Space | Play or pause the sliding kernel
            \u2190 / \u2192 | Step the animation back / forward by one position
            Home / End | First / last position of the animation
            Shift+arrow keys | Shift the painted image by one cell
            P / E / L / S / T | Paint, Erase, Line, Select or Stamp tool
            Left / right button on the image | Paint 1 / paint 0 (Paint tool)
            Shift+drag | Draw a straight line of cells
            Ctrl+mouse wheel | Zoom the input
            Esc | Unpin the clicked cell and clear the selection
            [parameters]
            Arrow keys on the matrix | Move the highlighted entry and name its weight
            [translation]
            \u2190 / \u2192 | Shift the signal by one (in move mode: move the block)
            Home | Shift back to 0
            Shift+arrow keys | Move the 2D image
            [learning]
            F6 | Train or pause
            F7 | One training step
            """;

    /** The app-level shortcuts plus the known ones of the file menus and the lessons. */
    public static Shortcuts withDefaults() {
        Shortcuts s = new Shortcuts();
        String group = EVERYWHERE;
        for (String line : DEFAULTS.lines().toList()) {
            if (line.startsWith("[")) {
                group = groupTitle(line.substring(1, line.length() - 1));
            } else if (line.contains("{lesson}")) {
                for (Lesson l : Lesson.values()) {
                    s.register(
                            group,
                            keys(line).replace("{n}", String.valueOf(l.ordinal() + 1)),
                            description(line).replace("{lesson}", l.title()));
                }
            } else {
                s.register(group, keys(line), description(line));
            }
        }
        return s;
    }

    /** A group's title: a lesson's, when the table names a lesson by its id. */
    private static String groupTitle(String name) {
        for (Lesson l : Lesson.values()) {
            if (l.id().equals(name)) {
                return l.title();
            }
        }
        return name;
    }

    private static String keys(String line) {
        return line.substring(0, line.indexOf(" | "));
    }

    private static String description(String line) {
        return line.substring(line.indexOf(" | ") + 3);
    }
}
