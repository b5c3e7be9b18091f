package org.convlab.lessons.learn;

import org.convlab.conv.MatchMode;
import org.convlab.conv.Workspace;

/**
 * Which detectors training can learn. Kept in one method so that every caller (the command line,
 * the screen) refuses the same workspaces with the same sentence, and so that a detector feature
 * training does not know yet is refused in one place.
 */
public final class Trainable {
    private Trainable() {}

    /**
     * Refuses a workspace whose detector this training does not differentiate: an empty filter
     * bank, or a matching mode other than raw (zero-mean, NCC and SSD are not a conv layer's sum).
     */
    public static void require(Workspace ws) {
        if (ws.filters().isEmpty()) {
            throw new IllegalArgumentException(
                    "the filter bank is empty; training needs at least one filter to learn");
        }
        if (ws.matching() != MatchMode.RAW) {
            throw new IllegalArgumentException(
                    "training learns raw matching only, but the workspace's matching is "
                            + ws.matching().id()
                            + "; set matching to raw");
        }
    }
}
