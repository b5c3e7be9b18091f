package org.convlab.core.io;

/** A workspace file that cannot be read, with a message naming the field and the problem. */
public final class WorkspaceFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public WorkspaceFormatException(String message) {
        super(message);
    }
}
