package org.convlab.cli;

import java.nio.file.Path;
import org.convlab.conv.Echo;
import org.convlab.format.WorkspaceFormatException;

/** Reading a file named on the command line, its refusals turned into one line of bad input. */
final class InputFiles {
    /** A reader that may refuse the file. */
    interface Reader<T> {
        T read(Path file) throws WorkspaceFormatException;
    }

    private InputFiles() {}

    /**
     * Reads {@code file}; a refusal names the file first unless the message already does (file not
     * found, cannot read, a folder).
     */
    static <T> T read(Path file, Reader<T> reader) {
        try {
            return reader.read(file);
        } catch (WorkspaceFormatException e) {
            throw new BadInput(
                    e.getMessage().startsWith("file not found")
                                    || e.getMessage().startsWith("cannot read")
                                    || e.getMessage().contains(" is a folder")
                            ? e.getMessage()
                            : Echo.path(file.toString()) + ": " + e.getMessage());
        }
    }
}
