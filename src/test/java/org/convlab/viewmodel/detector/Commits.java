package org.convlab.viewmodel.detector;

import java.util.ArrayList;
import java.util.List;
import org.convlab.conv.Workspace;

/** Counts undo steps: each committed workspace is one step a user can take back. */
final class Commits {
    private Commits() {}

    /** How many workspaces {@code vm} commits while {@code r} runs. */
    static int during(DetectorViewModel vm, Runnable r) {
        List<Workspace> seen = new ArrayList<>();
        vm.committedWorkspaceProperty().addListener((o, a, b) -> seen.add(b));
        r.run();
        return seen.size();
    }
}
