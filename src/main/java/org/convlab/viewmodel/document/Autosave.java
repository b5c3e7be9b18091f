package org.convlab.viewmodel.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.convlab.conv.Workspace;
import org.convlab.format.AtomicFile;
import org.convlab.format.WorkspaceCodec;
import org.convlab.format.WorkspaceFiles;
import org.convlab.format.WorkspaceFormatException;

/**
 * Saves the current work to the user's data folder every interval (30 s in the app) and on quit, so
 * a crash loses at most that much. Each running ConvLab writes {@code autosave-PID.convlab} and
 * keeps a marker {@code running-PID} that only a clean exit removes; at the next start a marker
 * whose process is gone means that run ended uncleanly, and its autosave is offered back.
 *
 * <p>Writing happens on a background thread; it is safe because workspaces are immutable. The
 * workspace to save is handed over with {@link #update} from the FX thread.
 */
public final class Autosave implements AutoCloseable {
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
    private static final System.Logger LOG = System.getLogger(Autosave.class.getName());

    private final Path folder;
    private final WorkspaceCodec codec;
    private final Duration interval;
    private final long pid;
    private volatile Workspace latest;
    private Workspace written;
    private ScheduledExecutorService timer;
    private volatile String lastError;

    public Autosave(Path folder, WorkspaceCodec codec, Duration interval) {
        this(folder, codec, interval, ProcessHandle.current().pid());
    }

    Autosave(Path folder, WorkspaceCodec codec, Duration interval, long pid) {
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException(
                    "the autosave interval must be positive, got " + interval);
        }
        this.folder = folder;
        this.codec = codec;
        this.interval = interval;
        this.pid = pid;
    }

    /** Work left behind by a run that did not exit cleanly, newest first. */
    public record Recovery(Path file, Instant savedAt, Workspace workspace, Path marker) {}

    /**
     * Looks for work from a run that ended without a clean exit (its marker is there but its
     * process is not). Unreadable leftovers are skipped.
     */
    public Optional<Recovery> findRecovery() {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Recovery best = null;
        try (DirectoryStream<Path> markers = Files.newDirectoryStream(folder, "running-*")) {
            for (Path marker : markers) {
                long other = pidOf(marker.getFileName().toString(), "running-");
                if (other < 0
                        || other == pid
                        || ProcessHandle.of(other).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                Path file = autosaveFile(other);
                if (!Files.isRegularFile(file)) {
                    // A run that ended before its first autosave: nothing to offer, and the
                    // marker would otherwise stay for good (hundreds after a term of classes).
                    deleteQuietly(marker);
                    continue;
                }
                try {
                    Workspace ws = codec.read(Files.readString(file, StandardCharsets.UTF_8));
                    FileTime t = Files.getLastModifiedTime(file);
                    if (best == null || t.toInstant().isAfter(best.savedAt())) {
                        best = new Recovery(file, t.toInstant(), ws, marker);
                    }
                } catch (IOException | WorkspaceFormatException | RuntimeException e) {
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "skipping unreadable autosave " + file + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "cannot look for autosaves in " + folder + ": " + e.getMessage());
        }
        return Optional.ofNullable(best);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot remove " + p + ": " + e.getMessage());
        }
    }

    /** Forgets a recovery once it was taken or declined, so it is not offered again. */
    public void discard(Recovery r) {
        try {
            Files.deleteIfExists(r.file());
            Files.deleteIfExists(r.marker());
        } catch (IOException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "cannot remove " + r.file() + ": " + e.getMessage());
        }
    }

    /** Marks this run as running and starts the timer. */
    public synchronized void start() throws IOException {
        if (timer != null) {
            return;
        }
        Files.createDirectories(folder);
        Files.writeString(marker(), Long.toString(pid));
        timer =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "convlab-autosave");
                            t.setDaemon(true);
                            return t;
                        });
        long ms = interval.toMillis();
        timer.scheduleWithFixedDelay(this::saveNow, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** The workspace the next autosave writes (call on every committed change). */
    public void update(Workspace ws) {
        latest = ws;
    }

    /**
     * Writes the latest workspace if it changed since the last autosave; true when a file was
     * written.
     */
    public synchronized boolean saveNow() {
        Workspace ws = latest;
        if (ws == null || ws == written) {
            return false;
        }
        try {
            AtomicFile.writeString(autosaveFile(pid), codec.write(ws));
            written = ws;
            lastError = null;
            return true;
        } catch (IOException | RuntimeException e) {
            lastError = e.getMessage();
            LOG.log(System.Logger.Level.WARNING, "autosave failed: " + e.getMessage());
            return false;
        }
    }

    /** Why the last autosave failed, or null. */
    public String lastError() {
        return lastError;
    }

    /**
     * A clean exit, after the user saved or discarded: stops the timer and removes this run's
     * autosave and marker, so the next start offers nothing. (On a close request call {@link
     * #saveNow} first: the work is then safe while the unsaved-changes question is open.)
     */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        try {
            Files.deleteIfExists(autosaveFile(pid));
            Files.deleteIfExists(marker());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot tidy up the autosave: " + e.getMessage());
        }
    }

    Path autosaveFile(long forPid) {
        return folder.resolve("autosave-" + forPid + WorkspaceFiles.EXTENSION);
    }

    Path marker() {
        return folder.resolve("running-" + pid);
    }

    public Path folder() {
        return folder;
    }

    private static long pidOf(String name, String prefix) {
        try {
            return Long.parseLong(name.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
