package org.convlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the three layers apart: the rules are read off the source so a new file cannot slip by. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/convlab");

    private static List<String> offenders(String layer, String... forbidden) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(layer))) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    String text = Files.readString(p);
                    for (String f : forbidden) {
                        if (text.contains("import " + f) || text.contains(" " + f + ".")) {
                            return true;
                        }
                    }
                    return false;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(Path::toString).collect(Collectors.toList());
        }
    }

    @Test
    void coreImportsNoJavaFx() throws IOException {
        for (String layer : List.of("conv", "lessons", "format")) {
            assertThat(offenders(layer, "javafx", "org.controlsfx", "org.convlab.view")).isEmpty();
        }
    }

    @Test
    void commandLineImportsNoJavaFx() throws IOException {
        assertThat(offenders("cli", "javafx", "org.controlsfx", "org.convlab.view")).isEmpty();
    }

    @Test
    void viewModelsCreateNoNodes() throws IOException {
        assertThat(offenders("viewmodel", "javafx.scene.control", "javafx.scene.layout", "javafx.scene.Node",
                "javafx.stage", "org.convlab.view.")).isEmpty();
    }
}
