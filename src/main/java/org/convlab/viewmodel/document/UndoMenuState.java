package org.convlab.viewmodel.document;

import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the Edit menu shows for undo and redo: whether each is possible and its label ("Undo edit of
 * filter A"). Split out of {@link DocumentViewModel}, which exposes these properties read-only.
 */
final class UndoMenuState {
    final ReadOnlyBooleanWrapper canUndo;
    final ReadOnlyBooleanWrapper canRedo;
    final ReadOnlyStringWrapper undoLabel;
    final ReadOnlyStringWrapper redoLabel;

    /** {@code bean} owns the properties, so they report the view model as their bean. */
    UndoMenuState(Object bean) {
        canUndo = new ReadOnlyBooleanWrapper(bean, "canUndo");
        canRedo = new ReadOnlyBooleanWrapper(bean, "canRedo");
        undoLabel = new ReadOnlyStringWrapper(bean, "undoLabel", "Undo");
        redoLabel = new ReadOnlyStringWrapper(bean, "redoLabel", "Redo");
    }

    void update(UndoHistory history) {
        canUndo.set(history.undoSize() > 0);
        canRedo.set(history.redoSize() > 0);
        undoLabel.set(history.nextUndoLabel().map(l -> "Undo " + l).orElse("Undo"));
        redoLabel.set(history.nextRedoLabel().map(l -> "Redo " + l).orElse("Redo"));
    }
}
