package org.convlab.core;

/**
 * Keeps a workspace's detection up to date as the user edits it. The screen calls
 * {@link #update} after every brush dab with the rectangle of input cells the dab changed, so the
 * engine may recompute only what that rectangle touches; results are always identical to
 * {@link Detection#of}.
 */
public final class DetectionEngine {
    private Workspace workspace;
    private Detection detection;

    /** Computes the detection of {@code ws} from scratch. */
    public Detection reset(Workspace ws) {
        workspace = ws;
        detection = Detection.of(ws);
        return detection;
    }

    /**
     * The detection of {@code next}, which differs from the last workspace only inside
     * {@code changed} of the input image (filters and settings unchanged); pass {@code null} when
     * anything else may have changed.
     */
    public Detection update(Workspace next, Window changed) {
        return reset(next);
    }

    public Detection current() {
        return detection;
    }

    public Workspace workspace() {
        return workspace;
    }
}
