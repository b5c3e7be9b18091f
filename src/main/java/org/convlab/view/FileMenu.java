package org.convlab.view;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.convlab.format.WorkspaceFiles;
import org.convlab.view.document.FileActions;
import org.convlab.view.document.WorksheetActions;
import org.convlab.viewmodel.document.DocumentViewModel;
import org.convlab.viewmodel.document.Example;

/**
 * File ▸ New, Open, Examples, Recent, Save, Save As, image import, picture and animation export,
 * filter import/export, Copy Map and, once added, the worksheet items. The commands live in {@link
 * DocumentViewModel}; this menu only wires them to items and dialogs.
 */
public final class FileMenu extends Menu {
    private final DocumentViewModel model;
    private final FileActions actions;
    private final Menu recent = new Menu("Open Recent");
    private final Menu export = new Menu("Export");

    public FileMenu(DocumentViewModel model, Supplier<Window> owner) {
        super("_File");
        setId("file-menu");
        this.model = model;
        this.actions = new FileActions(model, owner);
        var dialogs = actions.dialogs();

        Menu examples = new Menu("Examples");
        examples.setId("file-examples");
        for (Example ex : Example.ALL) {
            MenuItem item = new MenuItem(ex.title());
            item.setId("example-" + ex.fileName().replace(WorkspaceFiles.EXTENSION, ""));
            item.setOnAction(e -> model.openExample(ex, dialogs));
            examples.getItems().add(item);
        }
        recent.setId("file-recent");
        model.recentFiles()
                .filesProperty()
                .addListener((ListChangeListener<Path>) c -> rebuildRecent());
        rebuildRecent();

        export.setId("file-export");
        export.getItems()
                .addAll(
                        item(
                                "Picture or Map (PNG)…",
                                "file-export-png",
                                null,
                                actions::exportPicture),
                        item(
                                "All Pictures to a Folder (PNG)…",
                                "file-export-all-png",
                                null,
                                actions::exportAllPictures),
                        item(
                                "Sliding-Kernel Animation (GIF)…",
                                "file-export-gif",
                                null,
                                actions::exportAnimation));

        getItems()
                .addAll(
                        item(
                                "New",
                                "file-new",
                                shortcut(KeyCode.N),
                                () -> model.newDocument(dialogs)),
                        item("Open…", "file-open", shortcut(KeyCode.O), () -> model.open(dialogs)),
                        examples,
                        recent,
                        new SeparatorMenuItem(),
                        item("Save", "file-save", shortcut(KeyCode.S), () -> model.save(dialogs)),
                        item(
                                "Save As…",
                                "file-save-as",
                                new KeyCodeCombination(
                                        KeyCode.S,
                                        KeyCombination.SHORTCUT_DOWN,
                                        KeyCombination.SHIFT_DOWN),
                                () -> model.saveAs(dialogs)),
                        new SeparatorMenuItem(),
                        item(
                                "Import Image…",
                                "file-import-image",
                                shortcut(KeyCode.I),
                                actions::importImage),
                        export,
                        new SeparatorMenuItem(),
                        item("Import Filter…", "file-import-filter", null, actions::importFilter),
                        item("Export Filter…", "file-export-filter", null, actions::exportFilter),
                        new SeparatorMenuItem(),
                        item(
                                "Copy Map to Clipboard…",
                                "file-copy-map",
                                new KeyCodeCombination(
                                        KeyCode.C,
                                        KeyCombination.SHORTCUT_DOWN,
                                        KeyCombination.SHIFT_DOWN),
                                actions::copyMap),
                        new SeparatorMenuItem(),
                        // The same path as the window's close button, so unsaved changes are asked
                        // about.
                        item(
                                "Quit",
                                "file-quit",
                                shortcut(KeyCode.Q),
                                () -> {
                                    Window w = owner.get();
                                    if (w != null) {
                                        w.fireEvent(
                                                new WindowEvent(
                                                        w, WindowEvent.WINDOW_CLOSE_REQUEST));
                                    }
                                }));
    }

    /**
     * Adds File ▸ Export ▸ Worksheet… and File ▸ Open Worksheet Exercise… (after Open Recent): the
     * app wires them once the lessons' view models exist.
     */
    public void addWorksheetItems(WorksheetActions worksheets) {
        export.getItems()
                .add(
                        item(
                                "Worksheet (PDF)…",
                                "file-export-worksheet",
                                null,
                                worksheets::exportWorksheet));
        getItems()
                .add(
                        getItems().indexOf(recent) + 1,
                        item(
                                "Open Worksheet Exercise…",
                                "file-open-worksheet-exercise",
                                null,
                                worksheets::openExercise));
    }

    /** The dialogs and import/export commands, shared with the Edit menu's Paste Filter. */
    public FileActions actions() {
        return actions;
    }

    private void rebuildRecent() {
        recent.getItems().clear();
        var dialogs = actions.dialogs();
        int i = 0;
        for (Path p : model.recentFiles().filesProperty()) {
            Path folder = p.getParent();
            MenuItem item =
                    new MenuItem(p.getFileName() + (folder == null ? "" : "  —  " + folder));
            // no mnemonic parsing: file names may contain underscores
            item.setMnemonicParsing(false);
            item.setId("recent-" + i++);
            item.setOnAction(e -> model.open(p, dialogs));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            recent.getItems().add(new SeparatorMenuItem());
            recent.getItems()
                    .add(
                            item(
                                    "Clear Recent",
                                    "recent-clear",
                                    null,
                                    () -> model.recentFiles().clear()));
        }
    }

    static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    static MenuItem item(String text, String id, KeyCombination key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (key != null) {
            item.setAccelerator(key);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
