package org.convlab.viewmodel.document;

import java.util.Objects;
import org.convlab.conv.Workspace;

/** Names an edit by what changed between two workspaces, for "Undo …" in the Edit menu. */
final class EditDescription {
    private EditDescription() {}

    static String between(Workspace before, Workspace after) {
        if (before.image() != after.image() && !before.image().equals(after.image())) {
            return before.image().height() == after.image().height()
                            && before.image().width() == after.image().width()
                            && before.image().channels() == after.image().channels()
                    ? "drawing"
                    : "image change";
        }
        if (!before.filters().equals(after.filters())) {
            int nb = before.filters().size();
            int na = after.filters().size();
            if (na > nb) {
                return "adding a filter";
            }
            if (na < nb) {
                return "removing a filter";
            }
            for (int i = 0; i < na; i++) {
                if (!before.filters().get(i).equals(after.filters().get(i))) {
                    return "edit of filter " + after.filters().get(i).name();
                }
            }
        }
        if (!before.convolution().equals(after.convolution())) {
            return "convolution settings change";
        }
        if (before.matching() != after.matching()) {
            return "match mode change";
        }
        if (before.activation() != after.activation()) {
            return "activation change";
        }
        if (!Objects.equals(before.pooling(), after.pooling())) {
            return "pooling change";
        }
        if (!Objects.equals(before.secondLayer(), after.secondLayer())) {
            return before.secondLayer() == null
                    ? "Show as second layer"
                    : after.secondLayer() == null ? "removing layer 2" : "edit of layer 2";
        }
        return Objects.equals(before.extras(), after.extras()) ? "edit" : "view change";
    }
}
