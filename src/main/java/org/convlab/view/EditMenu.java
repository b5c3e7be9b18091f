package org.convlab.view;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.convlab.view.document.FileActions;
import org.convlab.viewmodel.document.DocumentViewModel;

/**
 * Edit ▸ Undo (Ctrl+Z), Redo (Ctrl+Shift+Z, and Ctrl+Y via {@link #installShortcuts}) and Paste
 * Filter. The Undo and Redo items name the step they take back ("Undo edit of filter A").
 */
public final class EditMenu extends Menu {
    static final KeyCombination REDO_ALTERNATIVE =
            new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final DocumentViewModel model;

    public EditMenu(DocumentViewModel model, FileActions actions) {
        super("_Edit");
        setId("edit-menu");
        this.model = model;
        MenuItem undo =
                FileMenu.item("Undo", "edit-undo", FileMenu.shortcut(KeyCode.Z), model::undo);
        undo.textProperty().bind(model.undoLabelProperty());
        undo.disableProperty().bind(model.canUndoProperty().not());
        MenuItem redo =
                FileMenu.item(
                        "Redo",
                        "edit-redo",
                        new KeyCodeCombination(
                                KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        model::redo);
        redo.textProperty().bind(model.redoLabelProperty());
        redo.disableProperty().bind(model.canRedoProperty().not());
        undo.setMnemonicParsing(false);
        redo.setMnemonicParsing(false);
        getItems()
                .addAll(
                        undo,
                        redo,
                        new SeparatorMenuItem(),
                        FileMenu.item(
                                "Paste Filter",
                                "edit-paste-filter",
                                new KeyCodeCombination(
                                        KeyCode.V,
                                        KeyCombination.SHORTCUT_DOWN,
                                        KeyCombination.SHIFT_DOWN),
                                actions::pasteFilter));
    }

    /** Adds Ctrl+Y as a second Redo shortcut (a menu item holds only one accelerator). */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators()
                .put(
                        REDO_ALTERNATIVE,
                        () -> {
                            if (model.canRedo()) {
                                model.redo();
                            }
                        });
    }
}
