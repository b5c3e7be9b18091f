package org.convlab.viewmodel.document;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.convlab.conv.Workspace;

/** Stands in for the detector's view model: edits are committed by the test, loads are counted. */
public final class FakeDocument implements EditableDocument {
    private final ReadOnlyObjectWrapper<Workspace> committed;
    int loads;

    public FakeDocument(Workspace initial) {
        committed = new ReadOnlyObjectWrapper<>(initial);
    }

    /** What the screen does at the end of a paint stroke or a filter edit. */
    public void commit(Workspace ws) {
        committed.set(ws);
    }

    public Workspace current() {
        return committed.get();
    }

    @Override
    public ReadOnlyObjectProperty<Workspace> committedWorkspaceProperty() {
        return committed.getReadOnlyProperty();
    }

    @Override
    public void load(Workspace ws) {
        loads++;
        committed.set(ws);
    }
}
