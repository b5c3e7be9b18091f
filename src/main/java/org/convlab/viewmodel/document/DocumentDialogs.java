package org.convlab.viewmodel.document;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions the document model asks the user. The view answers them with real dialogs, tests
 * with canned answers, so every decision path can be tested without a window.
 */
public interface DocumentDialogs {
    /** The answer to "the work has unsaved changes". */
    enum UnsavedChoice {
        SAVE,
        DISCARD,
        CANCEL
    }

    /** Asks whether to save the unsaved changes to {@code documentName} before going on. */
    UnsavedChoice askUnsavedChanges(String documentName);

    /** A workspace file to open, or empty when the user cancels. */
    Optional<Path> chooseFileToOpen();

    /**
     * Where to save, or empty when the user cancels; {@code suggestedName} ends in the extension.
     */
    Optional<Path> chooseFileToSave(String suggestedName);

    /** Tells the user something failed and why; the app carries on. */
    void showError(String title, String message);
}
