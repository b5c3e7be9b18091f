package org.convlab.format;

/** A workspace file that cannot be read, with a message naming the field and the problem. */
public final class WorkspaceFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public WorkspaceFormatException(String message) {
        super(message);
    }

    /** Keeps the low-level cause for logs; the message alone is what the user sees. */
    public WorkspaceFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
