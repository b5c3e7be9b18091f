package org.convlab.format;

import java.io.IOException;

/**
 * A decoding refusal raised deep inside the decoder. It is an IOException so that it travels
 * through the same catch as parser errors and leaves {@link WorkspaceReader} as a {@link
 * WorkspaceFormatException} with its message unchanged.
 */
final class FieldRefusal extends IOException {
    private static final long serialVersionUID = 1L;

    FieldRefusal(String message) {
        super(message);
    }

    WorkspaceFormatException toException() {
        return new WorkspaceFormatException(getMessage());
    }
}
