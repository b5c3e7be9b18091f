package org.convlab.viewmodel.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.convlab.conv.Filter;
import org.convlab.conv.Image;
import org.convlab.conv.Workspace;
import org.convlab.format.SlideGif;
import org.convlab.format.WorkspaceCodec;
import org.convlab.format.WorkspaceFiles;

/**
 * The open workspace as a document: which file it came from, whether it has unsaved changes, the
 * window title, New/Open/Save/Save As/Recent/Examples, and undo/redo of every committed edit.
 *
 * <p>It watches {@link EditableDocument#committedWorkspaceProperty()}: each change there is one
 * undo step. Questions (unsaved changes, where to save) go through {@link DocumentDialogs}. Every
 * command returns whether it went through, and never lets an exception reach the user.
 */
public final class DocumentViewModel {
    public static final String APP_NAME = "ConvLab";

    private final EditableDocument document;
    private final WorkspaceCodec codec;
    private final RecentFiles recent;
    private final Supplier<Workspace> blank;
    private final UndoHistory history;
    private final WorkspaceFileIO files;

    private Workspace current;
    private Workspace saved;
    private boolean loading;

    /**
     * The app's document: recent files in the user's preferences, New starting from {@link
     * BlankWorkspace}, and the default undo bounds.
     */
    public static DocumentViewModel forApp(EditableDocument document, WorkspaceCodec codec) {
        return new DocumentViewModel(
                document, codec, RecentFiles.forUser(), BlankWorkspace::create, new UndoHistory());
    }

    /**
     * Like {@link #forApp(EditableDocument, WorkspaceCodec)}, the recent list kept under {@code
     * prefs}/recent.
     */
    public static DocumentViewModel forApp(
            EditableDocument document, WorkspaceCodec codec, Preferences prefs) {
        return new DocumentViewModel(
                document,
                codec,
                new RecentFiles(prefs.node("recent")),
                BlankWorkspace::create,
                new UndoHistory());
    }

    public DocumentViewModel(
            EditableDocument document,
            WorkspaceCodec codec,
            RecentFiles recent,
            Supplier<Workspace> blank,
            UndoHistory history) {
        this.document = Objects.requireNonNull(document, "document");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.blank = Objects.requireNonNull(blank, "blank");
        this.history = Objects.requireNonNull(history, "history");
        files = new WorkspaceFileIO(codec, recent);
        current = document.committedWorkspaceProperty().get();
        saved = current;
        document.committedWorkspaceProperty().addListener((obs, old, now) -> committed(now));
        refresh();
    }

    // --- file: the workspace file on disk, or null for a new document or an example
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");

    public Path getFile() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    // --- example: the example shown, or null
    private final ReadOnlyObjectWrapper<Example> example =
            new ReadOnlyObjectWrapper<>(this, "example");

    public Example getExample() {
        return example.get();
    }

    public ReadOnlyObjectProperty<Example> exampleProperty() {
        return example.getReadOnlyProperty();
    }

    // --- dirty: whether the workspace differs from the one last saved or opened
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    // --- title: "ConvLab — name.convlab •", the dot marking unsaved changes
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);

    public String getTitle() {
        return title.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    // --- canUndo / canRedo and the menu labels ("Undo edit of filter A")
    private final UndoMenuState undoMenu = new UndoMenuState(this);

    public boolean canUndo() {
        return undoMenu.canUndo.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return undoMenu.canUndo.getReadOnlyProperty();
    }

    public boolean canRedo() {
        return undoMenu.canRedo.get();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return undoMenu.canRedo.getReadOnlyProperty();
    }

    public String getUndoLabel() {
        return undoMenu.undoLabel.get();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoMenu.undoLabel.getReadOnlyProperty();
    }

    public String getRedoLabel() {
        return undoMenu.redoLabel.get();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return undoMenu.redoLabel.getReadOnlyProperty();
    }

    // --- workspace: the workspace as of the last committed edit (or undo, redo, open)
    private final ReadOnlyObjectWrapper<Workspace> workspace =
            new ReadOnlyObjectWrapper<>(this, "workspace");

    public Workspace workspace() {
        return current;
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public RecentFiles recentFiles() {
        return recent;
    }

    public WorkspaceCodec codec() {
        return codec;
    }

    /** The name shown in the title and in questions: file name, example title, or "Untitled". */
    public String documentName() {
        if (file.get() != null) {
            return file.get().getFileName().toString();
        }
        if (example.get() != null) {
            return example.get().title() + " (example)";
        }
        return "Untitled";
    }

    // ------------------------------------------------------------------ commands

    /** Starts a blank workspace, after asking about unsaved changes. */
    public boolean newDocument(DocumentDialogs dialogs) {
        if (!settleUnsaved(dialogs)) {
            return false;
        }
        replaceAll(blank.get(), null, null);
        return true;
    }

    /** Asks for a file and opens it. */
    public boolean open(DocumentDialogs dialogs) {
        if (!settleUnsaved(dialogs)) {
            return false;
        }
        Optional<Path> chosen = dialogs.chooseFileToOpen();
        return chosen.isPresent() && openWithoutAsking(chosen.get(), dialogs);
    }

    /** Opens {@code path} (a Recent entry or a file given on the command line). */
    public boolean open(Path path, DocumentDialogs dialogs) {
        return settleUnsaved(dialogs) && openWithoutAsking(path, dialogs);
    }

    /** Opens a bundled example; saving it later asks for a location. */
    public boolean openExample(Example ex, DocumentDialogs dialogs) {
        if (!settleUnsaved(dialogs)) {
            return false;
        }
        Optional<Workspace> ws = files.read(ex, dialogs);
        ws.ifPresent(w -> replaceAll(w, null, ex));
        return ws.isPresent();
    }

    /** Saves to the current file, or asks where when there is none (new document, example). */
    public boolean save(DocumentDialogs dialogs) {
        if (file.get() == null) {
            return saveAs(dialogs);
        }
        return writeTo(file.get(), dialogs);
    }

    /** Asks where to save and saves there; the document then belongs to that file. */
    public boolean saveAs(DocumentDialogs dialogs) {
        String suggestion =
                file.get() != null
                        ? file.get().getFileName().toString()
                        : example.get() != null
                                ? example.get().fileName()
                                : "untitled" + WorkspaceFiles.EXTENSION;
        Optional<Path> chosen = dialogs.chooseFileToSave(suggestion);
        if (chosen.isEmpty()) {
            return false;
        }
        return writeTo(withExtension(chosen.get()), dialogs);
    }

    /** Takes back the last committed edit. */
    public void undo() {
        history.undo(current).ifPresent(step -> show(step.state()));
    }

    /** Does again what Undo took back. */
    public void redo() {
        history.redo(current).ifPresent(step -> show(step.state()));
    }

    /**
     * Puts a workspace made by a command (an imported image or filter) in place as one undo step
     * labelled {@code label}.
     */
    public void apply(Workspace next, String label) {
        if (next.equals(current)) {
            return;
        }
        history.record(current, label);
        show(next);
    }

    /** Makes {@code image} the input as one undo step; returns what happened, for a status line. */
    public String importImage(Image image) {
        WorkspaceEdits.Result r = WorkspaceEdits.withImage(current, image);
        apply(r.workspace(), "image import");
        return r.note();
    }

    /**
     * Replaces filter {@code index} with {@code weights} (index = filter count adds one) as one
     * undo step; refuses with an IllegalArgumentException naming the problem.
     */
    public String importFilter(int index, Filter weights) {
        WorkspaceEdits.Result r = WorkspaceEdits.withFilter(current, index, weights);
        apply(
                r.workspace(),
                index == current.filters().size() ? "adding a filter" : "filter import");
        return r.note();
    }

    /** Writes a map or the input as a PNG with the colour legend. */
    public void exportPng(MapChoice what, Path target, int scale) throws IOException {
        WorkspaceExports.png(current, what, target, scale);
    }

    /**
     * Writes every picture of {@link MapChoice#all} into {@code folder} as {@code input.png},
     * {@code response-A.png}, …, {@code combined.png}; returns the files written.
     */
    public List<Path> exportAllPngs(Path folder, int scale) throws IOException {
        return WorkspaceExports.allPngs(current, folder, scale);
    }

    /** Writes the sliding-kernel animation of filter {@code filterIndex} as a looping GIF. */
    public void exportAnimation(int filterIndex, Path target, int scale, int delayMs)
            throws IOException {
        SlideGif.write(current, filterIndex, target, scale, delayMs);
    }

    /**
     * The animation export of the current workspace as a job that may run on any thread (it holds
     * the immutable workspace of this moment); it returns the file's size in bytes.
     */
    public Callable<Long> animationExport(int filterIndex, Path target, int scale, int delayMs) {
        return WorkspaceExports.animation(current, filterIndex, target, scale, delayMs);
    }

    /** Writes filter {@code index}'s weights as CSV. */
    public void exportFilter(int index, Path target) throws IOException {
        WorkspaceExports.filterCsv(current, index, target);
    }

    /**
     * Puts recovered work in place as an unsaved new document (the autosave is not a file the user
     * chose, so Save asks where).
     */
    public void recover(Workspace ws) {
        replaceAll(ws, null, null);
        saved = null;
        refresh();
    }

    /**
     * Before the window closes: true when it may close (saved, discarded, or nothing to save),
     * false when the user cancelled or the save failed.
     */
    public boolean confirmClose(DocumentDialogs dialogs) {
        return settleUnsaved(dialogs);
    }

    // ------------------------------------------------------------------ internals

    private boolean settleUnsaved(DocumentDialogs dialogs) {
        if (!dirty.get()) {
            return true;
        }
        return switch (dialogs.askUnsavedChanges(documentName())) {
            case SAVE -> save(dialogs);
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private boolean openWithoutAsking(Path path, DocumentDialogs dialogs) {
        Optional<Workspace> ws = files.read(path, dialogs);
        if (ws.isEmpty()) {
            return false;
        }
        replaceAll(ws.get(), path.toAbsolutePath().normalize(), null);
        recent.add(path);
        return true;
    }

    private boolean writeTo(Path target, DocumentDialogs dialogs) {
        Workspace ws = current;
        if (!files.write(ws, target, dialogs)) {
            return false;
        }
        saved = ws;
        file.set(target.toAbsolutePath().normalize());
        example.set(null);
        recent.add(target);
        refresh();
        return true;
    }

    static Path withExtension(Path p) {
        String n = p.getFileName().toString();
        if (n.contains(".")) {
            return p;
        }
        return p.resolveSibling(n + WorkspaceFiles.EXTENSION);
    }

    private void replaceAll(Workspace ws, Path newFile, Example ex) {
        history.clear();
        show(ws);
        saved = current;
        file.set(newFile);
        example.set(ex);
        refresh();
    }

    /** Hands {@code ws} to the document without recording it as a new edit. */
    private void show(Workspace ws) {
        loading = true;
        try {
            document.load(ws);
        } finally {
            loading = false;
        }
        Workspace now = document.committedWorkspaceProperty().get();
        current = now != null ? now : ws;
        refresh();
    }

    private void committed(Workspace now) {
        if (loading || now == null || now == current) {
            return;
        }
        Workspace before = current;
        current = now;
        if (before != null && !before.equals(now)) {
            history.record(before, EditDescription.between(before, now));
        }
        refresh();
    }

    private void refresh() {
        workspace.set(current);
        dirty.set(
                saved == null
                        ? current != null
                        : !(current == saved || Objects.equals(current, saved)));
        title.set(APP_NAME + " — " + documentName() + (dirty.get() ? " •" : ""));
        undoMenu.update(history);
    }
}
