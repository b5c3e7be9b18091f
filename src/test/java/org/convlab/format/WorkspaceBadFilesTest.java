package org.convlab.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.convlab.ExpectedMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file of the bad corpus is refused with a message that names the field and the problem. */
class WorkspaceBadFilesTest {
    private static final Path BAD = Path.of("src/test/resources/workspaces/bad");

    private static Properties expected() throws IOException {
        return ExpectedMessages.in(BAD);
    }

    static Stream<String> badFiles() throws IOException {
        try (Stream<Path> files = Files.list(BAD)) {
            List<String> names =
                    files.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".json"))
                            .sorted()
                            .toList();
            return names.stream();
        }
    }

    @Test
    void corpusHasAtLeastTwentyFiveFilesEachWithAnExpectedMessage() throws IOException {
        List<String> files = badFiles().toList();
        assertThat(files).hasSizeGreaterThanOrEqualTo(25);
        assertThat(expected().stringPropertyNames()).containsExactlyInAnyOrderElementsOf(files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFileIsRefusedWithItsMessage(String name) throws IOException {
        String fragment = expected().getProperty(name);
        assertThat(fragment).as("expected message for " + name).isNotBlank();
        assertThatThrownBy(() -> WorkspaceReader.read(BAD.resolve(name)))
                .isInstanceOf(WorkspaceFormatException.class)
                .hasMessageContaining(fragment)
                .hasMessageNotContaining("Exception")
                .hasMessageNotContaining("com.fasterxml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void streamGivesTheSameRefusalAsThePath(String name) throws IOException {
        String fromPath = messageOf(() -> WorkspaceReader.read(BAD.resolve(name)));
        try (InputStream in = Files.newInputStream(BAD.resolve(name))) {
            assertThat(messageOf(() -> WorkspaceReader.read(in))).isEqualTo(fromPath);
        }
    }

    private interface Read {
        Object run() throws WorkspaceFormatException;
    }

    private static String messageOf(Read r) {
        try {
            r.run();
            return "accepted";
        } catch (WorkspaceFormatException e) {
            return e.getMessage();
        }
    }
}
