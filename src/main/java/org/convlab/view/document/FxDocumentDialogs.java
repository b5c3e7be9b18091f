package org.convlab.view.document;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.convlab.format.WorkspaceFiles;
import org.convlab.viewmodel.document.DocumentDialogs;

/**
 * The document model's questions as real dialogs: an unsaved-changes alert, file choosers that
 * remember the last folder, and error alerts that name the problem (never a stack trace).
 */
public final class FxDocumentDialogs implements DocumentDialogs {
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    private final Supplier<Window> owner;
    private File lastFolder;

    public FxDocumentDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    public Window owner() {
        return owner.get();
    }

    @Override
    public UnsavedChoice askUnsavedChanges(String documentName) {
        Alert a = new Alert(Alert.AlertType.WARNING, "", SAVE, DISCARD, ButtonType.CANCEL);
        a.initOwner(owner.get());
        a.setTitle("Unsaved changes");
        a.setHeaderText("Save the changes to " + documentName + "?");
        a.setContentText("Your changes are lost if you don't save them.");
        a.getDialogPane().setId("unsaved-changes-dialog");
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == SAVE) {
            return UnsavedChoice.SAVE;
        }
        return answer == DISCARD ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        FileChooser fc = chooser("Open Workspace");
        fc.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                "ConvLab workspaces (*" + WorkspaceFiles.EXTENSION + ", *.json)",
                                "*" + WorkspaceFiles.EXTENSION,
                                "*.json"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        return remember(fc.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName) {
        FileChooser fc = chooser("Save Workspace");
        fc.setInitialFileName(suggestedName);
        fc.getExtensionFilters()
                .add(
                        new FileChooser.ExtensionFilter(
                                "ConvLab workspace (*" + WorkspaceFiles.EXTENSION + ")",
                                "*" + WorkspaceFiles.EXTENSION));
        return remember(fc.showSaveDialog(owner.get()));
    }

    /**
     * A save chooser for an export: {@code description} such as "PNG picture", {@code extension}
     * such as ".png".
     */
    public Optional<Path> chooseExportFile(
            String title, String suggestedName, String description, String extension) {
        FileChooser fc = chooser(title);
        fc.setInitialFileName(suggestedName);
        fc.getExtensionFilters()
                .add(
                        new FileChooser.ExtensionFilter(
                                description + " (*" + extension + ")", "*" + extension));
        return remember(fc.showSaveDialog(owner.get()))
                .map(
                        p ->
                                p.getFileName().toString().contains(".")
                                        ? p
                                        : p.resolveSibling(p.getFileName() + extension));
    }

    /** An open chooser for an import. */
    public Optional<Path> chooseImportFile(String title, String description, String... patterns) {
        FileChooser fc = chooser(title);
        fc.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(description, patterns),
                        new FileChooser.ExtensionFilter("All files", "*"));
        return remember(fc.showOpenDialog(owner.get()));
    }

    @Override
    public void showError(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner.get());
        a.setTitle("ConvLab");
        a.setHeaderText(title);
        Label text = new Label(capitalized(message));
        text.setWrapText(true);
        text.setId("error-message");
        text.setMaxWidth(520);
        a.getDialogPane().setContent(text);
        a.getDialogPane().setId("error-dialog");
        a.showAndWait();
    }

    /** Shows a short confirmation after an import or export. */
    public void showInfo(String title, String message) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner.get());
        a.setTitle("ConvLab");
        a.setHeaderText(title);
        a.setContentText(message);
        a.getDialogPane().setId("info-dialog");
        a.showAndWait();
    }

    /**
     * Core messages start in lower case to fit in sentences; a dialog starts a sentence. File names
     * stay as they are.
     */
    static String capitalized(String s) {
        String first = s.split("\\s", 2)[0];
        if (s.isEmpty() || first.contains(".") || first.contains("/") || first.contains("_")) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            fc.setInitialDirectory(lastFolder);
        }
        return fc;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        Path p = chosen.toPath();
        if (p.getParent() != null && Files.isDirectory(p.getParent())) {
            lastFolder = p.getParent().toFile();
        }
        return Optional.of(p);
    }
}
