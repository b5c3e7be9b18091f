package org.convlab.format;

/**
 * Filter text that cannot be read as a filter, with a message naming the row, column and problem.
 */
public final class FilterFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public FilterFormatException(String message) {
        super(message);
    }
}
