package org.convlab.viewmodel.document;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Canned answers for the document model's questions, and a record of what was asked. */
final class ScriptedDialogs implements DocumentDialogs {
    final Deque<UnsavedChoice> unsavedAnswers = new ArrayDeque<>();
    final Deque<Optional<Path>> openAnswers = new ArrayDeque<>();
    final Deque<Optional<Path>> saveAnswers = new ArrayDeque<>();
    final List<String> asked = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public UnsavedChoice askUnsavedChanges(String documentName) {
        asked.add("unsaved:" + documentName);
        return unsavedAnswers.removeFirst();
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        asked.add("open");
        return openAnswers.removeFirst();
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName) {
        asked.add("save:" + suggestedName);
        return saveAnswers.removeFirst();
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + " | " + message);
    }
}
