package org.convlab.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * Writes a file so that a crash, a kill or a full disk in the middle leaves either the old file or
 * the new one, never a half-written mix: the bytes go to a temporary file in the same folder (so
 * the final rename stays on one file system), are forced to the disk, and the temporary file is
 * then renamed over the target in one atomic step.
 */
public final class AtomicFile {
    /**
     * Prefix of the temporary files; a leftover one (after a power cut) is harmless and ignorable.
     */
    static final String TEMP_PREFIX = ".convlab-save-";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** No save takes this long, so an older temporary file is a leftover. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private AtomicFile() {}

    /** Replaces {@code target} with {@code text} encoded as UTF-8. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces {@code target} with {@code bytes}; on failure the old target is untouched. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null) {
            throw new IOException("cannot save to " + target + ": it has no folder");
        }
        Files.createDirectories(folder);
        // Not Files.createTempFile: that makes the file private (0600) and the saved workspace
        // would lose the permissions the user's umask or the old file gave it.
        Path temp =
                folder.resolve(TEMP_PREFIX + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        boolean moved = false;
        try {
            try (FileChannel ch =
                    FileChannel.open(
                            temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
                keepPermissions(absolute, temp);
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                // Without this the rename can reach the disk before the data, and a power cut
                // would leave an empty file under the target's name.
                ch.force(true);
            }
            try {
                Files.move(
                        temp,
                        absolute,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException(
                        "the file system of "
                                + folder
                                + " cannot replace files atomically, so "
                                + target.getFileName()
                                + " was not saved there; choose another folder",
                        e);
            }
            moved = true;
            forceFolder(folder);
            removeStaleTemporaries(folder);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Deletes temporary files that a killed save left behind. Only old ones: a younger one may
     * belong to a save still running in another ConvLab window.
     */
    static void removeStaleTemporaries(Path folder) {
        long cutoff = System.currentTimeMillis() - STALE_AFTER.toMillis();
        try (DirectoryStream<Path> temps =
                Files.newDirectoryStream(folder, TEMP_PREFIX + "*.tmp")) {
            for (Path t : temps) {
                if (Files.getLastModifiedTime(t).toMillis() < cutoff) {
                    Files.deleteIfExists(t);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Tidying up is a courtesy; the save itself succeeded.
        }
    }

    private static void keepPermissions(Path target, Path temp) {
        try {
            if (Files.exists(target)
                    && Files.getFileStore(temp)
                            .supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // The default permissions are a fine fallback; the content is what must not be lost.
        }
    }

    /**
     * Makes the rename itself durable where the platform allows opening a folder (not on Windows).
     */
    private static void forceFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The data is already safe in the file; only the rename's durability is best effort
            // here.
        }
    }
}
