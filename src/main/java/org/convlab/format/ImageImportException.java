package org.convlab.format;

/** A picture that cannot become the input image, with a message naming the file and the problem. */
public final class ImageImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImageImportException(String message) {
        super(message);
    }

    public ImageImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
