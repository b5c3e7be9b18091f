package org.convlab.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.convlab.conv.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a separate JVM while it saves large workspaces over one file, many times at random moments,
 * and checks after every kill that the file is one complete, valid version.
 */
class AtomicSaveKillTest {
    private static final int KILLS = 30;

    @TempDir Path dir;

    @Test
    void killingMidSaveAlwaysLeavesOneWholeVersion() throws Exception {
        Path target = dir.resolve("work.convlab");
        WorkspaceCodec codec = WorkspaceCodec.json();
        Files.writeString(target, codec.write(SaveLoop.version(0)));
        Random random = new Random(20261125L);
        int killedWithTempFile = 0;
        for (int round = 0; round < KILLS; round++) {
            int base = 1000 * (round + 1);
            List<Path> before = tempFiles();
            Process p =
                    new ProcessBuilder(javaCommand(target, base)).redirectErrorStream(true).start();
            try {
                BufferedReader out =
                        new BufferedReader(
                                new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                String line = out.readLine();
                assertThat(line).as("child output").isEqualTo("ready");
                Thread.sleep(random.nextInt(60));
            } finally {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            // A new temporary file means this kill landed in the middle of a save.
            if (!before.containsAll(tempFiles())) {
                killedWithTempFile++;
            }
            Workspace ws = codec.read(Files.readString(target));
            int n = ((Number) ws.extras().get("saveVersion")).intValue();
            assertThat(n).as("round %d", round).isBetween(base, base + 1);
            assertThat(ws).as("round %d", round).isEqualTo(SaveLoop.version(n));
        }
        // Evidence that kills really landed while a save was under way, not only between saves.
        System.out.println(
                "kills that interrupted a save (temporary file left): "
                        + killedWithTempFile
                        + " of "
                        + KILLS);
        assertThat(killedWithTempFile).isPositive();
    }

    private List<Path> tempFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().startsWith(AtomicFile.TEMP_PREFIX))
                    .toList();
        }
    }

    private static List<String> javaCommand(Path target, int base) {
        String java =
                ProcessHandle.current()
                        .info()
                        .command()
                        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cp = new ArrayList<>();
        for (String prop : List.of("java.class.path", "jdk.module.path")) {
            String v = System.getProperty(prop);
            if (v != null && !v.isBlank()) {
                cp.add(v);
            }
        }
        // Under surefire's module mode the test classes are patched in and may be on neither path.
        cp.add(Path.of("target", "test-classes").toAbsolutePath().toString());
        cp.add(Path.of("target", "classes").toAbsolutePath().toString());
        return List.of(
                java,
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xshare:auto",
                "-cp",
                String.join(File.pathSeparator, cp),
                SaveLoop.class.getName(),
                target.toString(),
                Integer.toString(base));
    }
}
