package org.convlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StartArgumentsTest {
    @Test
    void noArgumentsOrOneWorkspaceFileOpenTheWindow() {
        assertThat(StartArguments.opensWindow(new String[0])).isTrue();
        assertThat(StartArguments.opensWindow(new String[] {"lessons/x.convlab"})).isTrue();
        assertThat(StartArguments.opensWindow(new String[] {"LESSON.CONVLAB"})).isTrue();
    }

    @Test
    void subcommandsAndAnythingElseGoToTheCommandLine() {
        assertThat(StartArguments.opensWindow(new String[] {"params"})).isFalse();
        assertThat(StartArguments.opensWindow(new String[] {"detect", "a.convlab"})).isFalse();
        assertThat(StartArguments.opensWindow(new String[] {"--input=a.convlab"})).isFalse();
        assertThat(StartArguments.opensWindow(new String[] {"image.png"})).isFalse();
    }

    @Test
    void aFileUriFromTheDesktopBecomesAPath() {
        assertThat(StartArguments.workspaceFile("file:///tmp/my%20lesson.convlab"))
                .contains(Path.of("/tmp/my lesson.convlab"));
        assertThat(StartArguments.workspaceFile("file:bad uri.convlab")).isEmpty();
    }
}
