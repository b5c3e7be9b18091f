package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.convlab.FreshJvm;
import org.junit.jupiter.api.Test;

/**
 * Which loops a fresh JVM ends up with, by how it was started: the module is read only where asked
 * for, and the switch turns it off even then.
 */
class VectorPathProcessTest {
    private static final String PROBE = VectorPathProbe.class.getName();

    @Test
    void withoutTheModuleTheOldLoopsRunAndNoIncubatorWarningIsPrinted() throws Exception {
        // How `java -jar convlab.jar` (the command line) starts.
        FreshJvm.Result r = FreshJvm.run(List.of(), PROBE);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains(
                        "available=false",
                        "enabled=false",
                        "status=JIT-vectorized loops (the Vector API module is not loaded)");
        assertThat(r.err()).doesNotContain("incubator");
    }

    @Test
    void theSwitchKeepsTheOldLoopsEvenWithTheModule() throws Exception {
        FreshJvm.Result r =
                FreshJvm.run(
                        List.of(
                                "--add-modules",
                                "jdk.incubator.vector",
                                "-D" + VectorPath.SWITCH_PROPERTY + "=off"),
                        PROBE);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains(
                        "available=false",
                        "enabled=false",
                        "status=JIT-vectorized loops (switched off with -Dconvlab.vectorApi=off)");
    }

    @Test
    void withTheModuleTheWarmUpReachesAVerdict() throws Exception {
        // How the app's launcher starts; whether the new loops win is this machine's business.
        FreshJvm.Result r = FreshJvm.run(List.of("--add-modules", "jdk.incubator.vector"), PROBE);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("available=true");
        assertStatusAgrees(
                r.out(), r.out().contains("enabled=true"), r.out().contains("enabled.ssd=true"));
        assertThat(r.err()).contains("WARNING: Using incubator modules: jdk.incubator.vector");
    }

    /**
     * Each family of loops wins or loses on its own, so all four outcomes happen on some machine
     * (seen on CI: SSD's loops won while the sums of products did not); the status line must say
     * which one this is.
     */
    private static void assertStatusAgrees(String out, boolean products, boolean ssd) {
        String status =
                out.lines().filter(l -> l.startsWith("status=")).findFirst().orElse("(none)");
        if (!products && !ssd) {
            assertThat(status)
                    .startsWith(
                            "status=JIT-vectorized loops (the Vector API was not faster here: ");
            return;
        }
        assertThat(status).startsWith("status=Vector API loops (");
        if (products && ssd) {
            assertThat(status).doesNotContain("except");
        } else if (products) {
            assertThat(status).contains(" except for SSD, JIT-vectorized (");
        } else {
            assertThat(status).contains(" except for sums of products, JIT-vectorized (");
        }
    }

    @Test
    void withoutVectorInstructionsTheWarmUpGivesUpEarlyAndKeepsTheOldLoops() throws Exception {
        // A CPU without AVX (many school Celerons): the Vector API falls back to plain Java at
        // 0.05–0.07× the old loops, which the warm-up must see and give up on well before
        // GIVE_UP_NANOS, so as not to keep a slow laptop's core busy.
        String arch = System.getProperty("os.arch");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                arch.equals("amd64") || arch.equals("x86_64"), "-XX:UseAVX is an x86 option");
        long t0 = System.nanoTime();
        FreshJvm.Result r =
                FreshJvm.run(
                        List.of("--add-modules", "jdk.incubator.vector", "-XX:UseAVX=0"), PROBE);
        long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains(
                        "available=true",
                        "enabled=false",
                        "status=JIT-vectorized loops (the Vector API was not faster here: sums of products 0.");
        assertThat(seconds)
                .as("gave up after the hopeless limit, not the full give-up time")
                .isLessThan(
                        java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(
                                VectorPath.GIVE_UP_NANOS));
    }
}
