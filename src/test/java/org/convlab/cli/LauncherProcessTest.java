package org.convlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The jar's entry point, in a JVM of its own with no display: the command line must run and must
 * not load a single JavaFX class (in-process tests cannot show that, the test JVM has them loaded).
 */
class LauncherProcessTest {
    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static String classPath() {
        List<String> parts = new ArrayList<>();
        for (String key : new String[] {"jdk.module.path", "java.class.path"}) {
            String v = System.getProperty(key);
            if (v != null && !v.isBlank()) {
                parts.add(v);
            }
        }
        return String.join(File.pathSeparator, parts);
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void paramsRunsHeadlessInAFreshJvmWithoutLoadingJavaFx() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(javaExecutable(), "-verbose:class", "-cp", classPath(),
                "org.convlab.Launcher", "params", "--input", "512x512x3", "--kernel", "5x5", "--filters", "3");
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        boolean finished = p.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        assertThat(finished).as("the command finished").isTrue();
        String stdout = out.get(10, TimeUnit.SECONDS);
        assertThat(err.get(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(p.exitValue()).isZero();

        List<String> loaded = stdout.lines().filter(l -> l.contains("[class,load]")).toList();
        List<String> printed = stdout.lines().filter(l -> !l.contains("[class,load]")).toList();
        // -verbose:class did log: our own classes show up, so the absence of JavaFX below means something
        assertThat(loaded).anyMatch(l -> l.contains(" org.convlab.cli.ParamsCommand "));
        assertThat(loaded).noneMatch(l -> l.contains(" javafx.") || l.contains(" com.sun.javafx.")
                || l.contains(" org.convlab.ConvLabApp "));
        assertThat(printed).contains("Output H' x W' x N = 508 x 508 x 3");
        assertThat(printed).anyMatch(l -> l.matches("conv \\(shared weights\\) +225 +3 +228 +912 +\\(912 B\\)"));
        assertThat(printed).anyMatch(l -> l.matches("dense +608,849,362,944 +774,192 +608,850,137,136 .*"));
    }

    @Test
    void badArgumentsExitWithTwoInAFreshJvm() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(javaExecutable(), "-cp", classPath(), "org.convlab.Launcher",
                "conv1d", "--signal", "1,2", "--kernel", "1,2,3");
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(out.get(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(err.get(10, TimeUnit.SECONDS))
                .isEqualTo("convlab conv1d: the kernel (3) is longer than the padded signal (2), so the output would be empty\n");
    }
}
