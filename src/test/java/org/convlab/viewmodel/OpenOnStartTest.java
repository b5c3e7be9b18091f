package org.convlab.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenOnStartTest {
    private final MainViewModel model = new MainViewModel();

    @Test
    void aFileGivenAtStartGoesToTheWorkspaceOpener(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("lesson.convlab"), "{}");
        List<Path> opened = new ArrayList<>();
        model.setWorkspaceOpener(opened::add);

        model.openOnStart(file);

        assertThat(opened).containsExactly(file);
        assertThat(model.getMessage()).isEmpty();
    }

    @Test
    void aMissingFileBecomesAMessageNamingIt(@TempDir Path dir) {
        List<Path> opened = new ArrayList<>();
        model.setWorkspaceOpener(opened::add);
        Path missing = dir.resolve("gone.convlab");

        model.openOnStart(missing);

        assertThat(opened).isEmpty();
        assertThat(model.getMessage()).contains(missing.toString()).contains("no such file");
        model.clearMessage();
        assertThat(model.getMessage()).isEmpty();
    }
}
