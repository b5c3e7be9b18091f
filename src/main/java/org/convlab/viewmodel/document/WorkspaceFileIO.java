package org.convlab.viewmodel.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.convlab.conv.Echo;
import org.convlab.conv.Workspace;
import org.convlab.format.AtomicFile;
import org.convlab.format.WorkspaceCodec;
import org.convlab.format.WorkspaceFormatException;
import org.convlab.format.WorkspaceLimits;
import org.convlab.format.WorkspaceText;

/**
 * Reads and writes workspaces for {@link DocumentViewModel}, turning every failure into one error
 * dialog in ConvLab's words. Kept apart so the document's bookkeeping (file, dirty, undo) is not
 * mixed with the ways reading a file can go wrong.
 */
final class WorkspaceFileIO {
    /** Larger files are refused before reading, with the workspace format's own limit. */
    static final long MAX_FILE_BYTES = WorkspaceLimits.MAX_FILE_BYTES;

    private final WorkspaceCodec codec;
    private final RecentFiles recent;

    WorkspaceFileIO(WorkspaceCodec codec, RecentFiles recent) {
        this.codec = codec;
        this.recent = recent;
    }

    /**
     * The workspace in {@code path}, or empty after telling the user why not; a file that has gone
     * is also dropped from the Recent list.
     */
    Optional<Workspace> read(Path path, DocumentDialogs dialogs) {
        String name =
                Echo.path(
                        path.getFileName() == null
                                ? path.toString()
                                : path.getFileName().toString());
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                throw new IOException(
                        "the file has "
                                + size
                                + " bytes; workspace files may be at most "
                                + MAX_FILE_BYTES
                                + " bytes (64 MiB)");
            }
            byte[] bytes = Files.readAllBytes(path);
            // The same decoding as the command line's: UTF-8 only, a byte-order mark allowed.
            return Optional.of(codec.read(WorkspaceText.decode(bytes)));
        } catch (NoSuchFileException e) {
            recent.remove(path);
            dialogs.showError(
                    "Could not open " + name,
                    name + " does not exist any more; it was removed from the Recent list.");
        } catch (IOException | WorkspaceFormatException | RuntimeException e) {
            dialogs.showError("Could not open " + name, name + ": " + message(e));
        }
        return Optional.empty();
    }

    /** The bundled example's workspace, or empty after telling the user why not. */
    Optional<Workspace> read(Example ex, DocumentDialogs dialogs) {
        try {
            return Optional.of(codec.read(ex.text()));
        } catch (IOException | WorkspaceFormatException | RuntimeException e) {
            dialogs.showError(
                    "Could not open the example",
                    "The example \"" + ex.title() + "\" could not be read: " + message(e));
            return Optional.empty();
        }
    }

    /** Writes {@code ws} to {@code target}; false after telling the user why it failed. */
    boolean write(Workspace ws, Path target, DocumentDialogs dialogs) {
        try {
            AtomicFile.writeString(target, codec.write(ws));
            return true;
        } catch (IOException | RuntimeException e) {
            dialogs.showError(
                    "Could not save",
                    "ConvLab could not save "
                            + target.getFileName()
                            + ": "
                            + message(e)
                            + "\nYour work is still open; try another folder or name.");
            return false;
        }
    }

    /** Some exceptions carry no message; the user still gets a sentence. */
    static String message(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "the file is not a valid ConvLab workspace";
        }
        return m;
    }
}
