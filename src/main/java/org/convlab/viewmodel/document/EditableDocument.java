package org.convlab.viewmodel.document;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.convlab.conv.Workspace;

/**
 * What the file and undo machinery needs from the screen being edited (the detector's view model
 * implements it): the workspace as of the last committed edit, and a way to replace it wholesale.
 */
public interface EditableDocument {
    /**
     * The workspace after the last committed edit: it changes at the end of a paint stroke, after a
     * filter edit or a settings change — never in the middle of a drag — so that each change is one
     * undo step.
     */
    ReadOnlyObjectProperty<Workspace> committedWorkspaceProperty();

    /**
     * Replaces the whole state (New, Open, Undo, Redo, Recover); afterwards the property holds
     * {@code ws}.
     */
    void load(Workspace ws);

    /**
     * A document from a screen's two members, for a view model that has them without declaring this
     * interface: {@code EditableDocument.of(detector.committedWorkspaceProperty(),
     * detector::load)}.
     */
    static EditableDocument of(
            ReadOnlyObjectProperty<Workspace> committed, Consumer<Workspace> load) {
        Objects.requireNonNull(committed, "committed");
        Objects.requireNonNull(load, "load");
        return new EditableDocument() {
            @Override
            public ReadOnlyObjectProperty<Workspace> committedWorkspaceProperty() {
                return committed;
            }

            @Override
            public void load(Workspace ws) {
                load.accept(ws);
            }
        };
    }
}
