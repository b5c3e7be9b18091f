package org.convlab.format;

import org.convlab.conv.Workspace;

/**
 * Turns a workspace into the text of a workspace file and back. The document model, autosave and
 * examples depend on this seam rather than on the JSON classes, so they can be tested with a simple
 * codec and get the real reader and writer plugged in by the app.
 */
public interface WorkspaceCodec {
    /** The workspace file format: {@link WorkspaceReader} and {@link WorkspaceWriter}. */
    static WorkspaceCodec json() {
        return new WorkspaceCodec() {
            @Override
            public Workspace read(String text) throws WorkspaceFormatException {
                return WorkspaceReader.read(text);
            }

            @Override
            public String write(Workspace ws) {
                return WorkspaceWriter.write(ws);
            }
        };
    }

    /** Reads a workspace file's text, refusing anything malformed with a message for the user. */
    Workspace read(String text) throws WorkspaceFormatException;

    /** The file text for {@code ws}; reading it back gives an equal workspace. */
    String write(Workspace ws);
}
