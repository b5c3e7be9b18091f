package org.convlab.format;

/**
 * How workspace files are named; free of JavaFX so the launcher, command line and window all share
 * it.
 */
public final class WorkspaceFiles {
    /** The file extension of workspace files, also registered with the desktop by the installer. */
    public static final String EXTENSION = ".convlab";

    private WorkspaceFiles() {}
}
