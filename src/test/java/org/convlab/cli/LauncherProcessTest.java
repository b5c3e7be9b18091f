package org.convlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.convlab.FreshJvm;
import org.junit.jupiter.api.Test;

/**
 * The jar's entry point, in a JVM of its own with no display: the command line must run and must
 * not load a single JavaFX class (in-process tests cannot show that, the test JVM has them loaded).
 */
class LauncherProcessTest {
    @Test
    void paramsRunsHeadlessInAFreshJvmWithoutLoadingJavaFx() throws Exception {
        FreshJvm.Result r =
                FreshJvm.run(
                        List.of("-verbose:class"),
                        "org.convlab.Launcher",
                        "params",
                        "--input",
                        "512x512x3",
                        "--kernel",
                        "5x5",
                        "--filters",
                        "3");
        assertThat(r.finished()).as("the command finished").isTrue();
        String stdout = r.out();
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();

        List<String> loaded = stdout.lines().filter(l -> l.contains("[class,load]")).toList();
        List<String> printed = stdout.lines().filter(l -> !l.contains("[class,load]")).toList();
        // -verbose:class did log: our own classes show up, so the absence of JavaFX below means
        // something
        assertThat(loaded).anyMatch(l -> l.contains(" org.convlab.cli.ParamsCommand "));
        assertThat(loaded)
                .noneMatch(
                        l ->
                                l.contains(" javafx.")
                                        || l.contains(" com.sun.javafx.")
                                        || l.contains(" org.convlab.ConvLabApp "));
        assertThat(printed).contains("Output H' x W' x N = 508 x 508 x 3");
        assertThat(printed)
                .anyMatch(
                        l -> l.matches("conv \\(shared weights\\) +225 +3 +228 +912 +\\(912 B\\)"));
        assertThat(printed)
                .anyMatch(l -> l.matches("dense +608,849,362,944 +774,192 +608,850,137,136 .*"));
    }

    @Test
    void badArgumentsExitWithTwoInAFreshJvm() throws Exception {
        FreshJvm.Result r =
                FreshJvm.run(
                        List.of(),
                        "org.convlab.Launcher",
                        "conv1d",
                        "--signal",
                        "1,2",
                        "--kernel",
                        "1,2,3");
        assertThat(r.finished()).isTrue();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .isEqualTo(
                        "convlab conv1d: the kernel (3) is longer than the padded signal (2), so the output would be empty\n");
    }
}
