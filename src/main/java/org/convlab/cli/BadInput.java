package org.convlab.cli;

/**
 * Input the user can fix (a malformed option, an unreadable file): exit code 2 and the message
 * alone.
 */
final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
        super(message);
    }
}
