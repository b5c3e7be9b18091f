package org.convlab.viewmodel.document;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.collections.FXCollections;

/**
 * The most recently opened or saved workspace files, newest first, at most {@value #MAX}, kept in
 * the user's preferences so File ▸ Recent survives a restart. Tests pass their own preferences
 * node.
 */
public final class RecentFiles {
    public static final int MAX = 10;
    private static final String KEY = "recent.";

    private final Preferences node;
    private final ReadOnlyListWrapper<Path> files =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());

    /** Recent files stored under the app's own preferences node. */
    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userRoot().node("org/convlab/recent"));
    }

    public RecentFiles(Preferences node) {
        this.node = node;
        List<Path> loaded = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String s = node.get(KEY + i, null);
            if (s == null) {
                break;
            }
            try {
                loaded.add(Path.of(s));
            } catch (InvalidPathException e) {
                // A path from another system (copied preferences) is simply not offered.
            }
        }
        files.setAll(loaded);
    }

    /** The list, newest first. */
    public ReadOnlyListProperty<Path> filesProperty() {
        return files.getReadOnlyProperty();
    }

    /**
     * Puts {@code file} first, removing an older entry for it and dropping the oldest beyond
     * {@value #MAX}.
     */
    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(p);
        next.add(0, p);
        while (next.size() > MAX) {
            next.remove(next.size() - 1);
        }
        files.setAll(next);
        store();
    }

    /** Forgets {@code file} (it could not be opened any more). */
    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            store();
        }
    }

    public void clear() {
        files.clear();
        store();
    }

    private void store() {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The list still works for this session; only remembering it across restarts failed.
        }
    }
}
