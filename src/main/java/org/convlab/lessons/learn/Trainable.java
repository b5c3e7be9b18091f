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
     * bank, a matching mode other than raw (zero-mean, NCC and SSD are not a conv layer's sum), and
     * for now pooling, a second layer and grouped filters, whose gradients it does not pass back.
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
        if (ws.pooling() != null) {
            throw new IllegalArgumentException(
                    "training does not learn through pooling yet; remove the workspace's pooling ("
                            + ws.pooling().describe()
                            + ")");
        }
        if (ws.secondLayer() != null) {
            throw new IllegalArgumentException(
                    "training does not learn a second layer yet; remove the workspace's"
                            + " secondLayer to train the filters with gains and offsets");
        }
        if (ws.convolution().groups() != 1) {
            throw new IllegalArgumentException(
                    "training learns standard layers only, but the workspace's filters are in "
                            + ws.convolution().groups()
                            + " groups; set convolution.groups to 1");
        }
    }
}
