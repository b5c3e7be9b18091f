package org.convlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged app image (installer/build-linux.sh) holds a working ConvLab. Runs only when given
 * the image: {@code mvn test -Dtest=AppImageTest -Dconvlab.appImage=target/installer/ConvLab},
 * which CI does after building it, so {@code mvn verify} never depends on jpackage. The start test
 * also needs a display (CI runs it under xvfb-run).
 */
class AppImageTest {
    private Path image;

    @BeforeEach
    void findImage() {
        String path = System.getProperty("convlab.appImage");
        assumeTrue(path != null && !path.isBlank(), "no app image given (-Dconvlab.appImage)");
        image = Path.of(path);
    }

    @Test
    void theImageHasTheLauncherIconAndATrimmedRuntimeWithEveryModule() throws IOException {
        assertThat(image.resolve("bin/ConvLab")).isExecutable();
        assertThat(image.resolve("lib/ConvLab.png")).exists();
        String cfg = Files.readString(image.resolve("lib/app/ConvLab.cfg"));
        assertThat(cfg)
                .contains("app.mainmodule=org.convlab/org.convlab.Launcher")
                .contains("--add-exports=javafx.base/com.sun.javafx.event=org.controlsfx.controls")
                .contains("--add-modules=jdk.incubator.vector");
        String release = Files.readString(image.resolve("lib/runtime/release"));
        assertThat(release)
                .contains("org.convlab")
                .contains("javafx.controls")
                .contains("org.controlsfx.controls")
                .contains("com.fasterxml.jackson.databind")
                .contains("info.picocli")
                .contains("java.prefs")
                .contains("jdk.incubator.vector")
                .doesNotContain("jdk.jshell");
    }

    @Test
    void theLauncherOpensTheMainWindowAndExitsCleanly() throws IOException, InterruptedException {
        assumeTrue(System.getenv("DISPLAY") != null, "no display to start the window on");
        Path log = Files.createTempFile("convlab-app-image", ".log");
        ProcessBuilder pb =
                new ProcessBuilder(image.resolve("bin/ConvLab").toString())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
        pb.environment()
                .put(
                        "JAVA_TOOL_OPTIONS",
                        "-D"
                                + "convlab.exitAfterStart=true -Dconvlab.prefs=convlab-app-image-test -Dconvlab.dataDir="
                                + Files.createTempDirectory("convlab-app-image-data"));
        Process p = pb.start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended)
                .as("the app exits by itself after showing its window; output:%n%s", out)
                .isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("ConvLab: main window shown").doesNotContain("Exception");
    }
}
