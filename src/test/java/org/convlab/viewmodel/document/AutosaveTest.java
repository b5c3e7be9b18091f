package org.convlab.viewmodel.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.convlab.conv.Workspace;
import org.convlab.format.WorkspaceCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveTest {
    /** Above Linux's largest pid, so no process can have it: a run that is certainly gone. */
    private static final long DEAD_PID = 999_999_999L;

    @TempDir Path dir;

    private final WorkspaceCodec codec = WorkspaceCodec.json();

    @Test
    void timerWritesTheLatestWorkAndCleanExitRemovesEverything() throws Exception {
        try (Autosave a = new Autosave(dir, codec, Duration.ofMillis(40))) {
            a.start();
            assertThat(a.marker()).exists();
            Workspace ws = DocumentViewModelTest.paint(DocumentViewModelTest.start(), 2, 3);
            a.update(ws);
            Path file = a.autosaveFile(ProcessHandle.current().pid());
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!Files.exists(file) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(codec.read(Files.readString(file))).isEqualTo(ws);
            assertThat(a.saveNow()).as("unchanged work is not written again").isFalse();
            a.close();
            assertThat(file).doesNotExist();
            assertThat(a.marker()).doesNotExist();
        }
        try (Autosave next = new Autosave(dir, codec, Duration.ofSeconds(30))) {
            assertThat(next.findRecovery()).as("a clean exit leaves nothing to recover").isEmpty();
        }
    }

    @Test
    void workOfARunThatDiedIsOfferedOnceAtTheNextStart() throws Exception {
        Workspace lost = DocumentViewModelTest.paint(DocumentViewModelTest.start(), 5, 5);
        Autosave crashed = new Autosave(dir, codec, Duration.ofSeconds(30), DEAD_PID);
        crashed.start();
        crashed.update(lost);
        assertThat(crashed.saveNow()).isTrue();
        // no close(): the process was killed

        Autosave next = new Autosave(dir, codec, Duration.ofSeconds(30));
        Autosave.Recovery r = next.findRecovery().orElseThrow();
        assertThat(r.workspace()).isEqualTo(lost);
        next.discard(r);
        assertThat(next.findRecovery()).isEmpty();
        next.close();
    }

    @Test
    void aRunThatIsStillAliveIsLeftAlone() throws Exception {
        long alive = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        Autosave other = new Autosave(dir, codec, Duration.ofSeconds(30), alive);
        other.start();
        other.update(DocumentViewModelTest.start());
        other.saveNow();
        Autosave mine = new Autosave(dir, codec, Duration.ofSeconds(30));
        assertThat(mine.findRecovery()).isEmpty();
    }

    @Test
    void unreadableLeftoversAreSkipped() throws Exception {
        Files.writeString(dir.resolve("running-" + DEAD_PID), "x");
        Files.writeString(dir.resolve("autosave-" + DEAD_PID + ".convlab"), "{ truncated");
        assertThat(new Autosave(dir, codec, Duration.ofSeconds(30)).findRecovery()).isEmpty();
    }

    @Test
    void aMarkerOfADeadRunWithNothingSavedIsRemoved() throws Exception {
        Path marker = dir.resolve("running-" + DEAD_PID);
        Files.writeString(marker, Long.toString(DEAD_PID));
        assertThat(new Autosave(dir, codec, Duration.ofSeconds(30)).findRecovery()).isEmpty();
        assertThat(Files.exists(marker)).as("nothing to recover, so nothing to keep").isFalse();
    }
}
