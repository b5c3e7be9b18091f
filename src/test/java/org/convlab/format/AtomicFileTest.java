package org.convlab.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir Path dir;

    @Test
    void replacesTheOldContentAndLeavesNoTemporaryFile() throws IOException {
        Path f = dir.resolve("a.convlab");
        AtomicFile.writeString(f, "old");
        AtomicFile.writeString(f, "new é");
        assertThat(Files.readString(f)).isEqualTo("new é");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("a.convlab");
        }
    }

    @Test
    void keepsTheOldFilesPermissions() throws IOException {
        Path f = dir.resolve("shared.convlab");
        Files.writeString(f, "old");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileStore(f).supportsFileAttributeView("posix"));
        var perms = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(f, perms);
        AtomicFile.writeString(f, "new");
        assertThat(Files.getPosixFilePermissions(f)).isEqualTo(perms);
    }

    @Test
    void leftoversOfAKilledSaveAreTidiedOnceTheyAreOld() throws IOException {
        Path old = dir.resolve(AtomicFile.TEMP_PREFIX + "killed.tmp");
        Path fresh = dir.resolve(AtomicFile.TEMP_PREFIX + "running.tmp");
        Files.writeString(old, "half");
        Files.writeString(fresh, "half");
        Files.setLastModifiedTime(
                old,
                java.nio.file.attribute.FileTime.fromMillis(
                        System.currentTimeMillis() - 3_600_000));
        AtomicFile.writeString(dir.resolve("w.convlab"), "whole");
        assertThat(old).doesNotExist();
        assertThat(fresh).as("may belong to a save still running").exists();
    }

    @Test
    void createsMissingFolders() throws IOException {
        Path f = dir.resolve("x/y/z.convlab");
        AtomicFile.writeString(f, "1");
        assertThat(Files.readString(f)).isEqualTo("1");
    }

    @Test
    void failingSaveKeepsTheOldFileAndCleansUp() throws IOException {
        Path f = dir.resolve("target.convlab");
        Files.createDirectory(f);
        Files.writeString(f.resolve("inside"), "keep");
        // A non-empty folder cannot be replaced by a file: the move fails after the data was
        // written.
        assertThatThrownBy(() -> AtomicFile.writeString(f, "new")).isInstanceOf(IOException.class);
        assertThat(Files.readString(f.resolve("inside"))).isEqualTo("keep");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("target.convlab");
        }
    }
}
