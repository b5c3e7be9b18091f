package org.convlab.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.convlab.FreshJvm;
import org.junit.jupiter.api.Test;

/**
 * Which loops a fresh JVM ends up with, by how it was started: the module is read only where
 * asked for, and the switch turns it off even then.
 */
class VectorPathProcessTest {
    private static final String PROBE = VectorPathProbe.class.getName();

    @Test
    void withoutTheModuleTheOldLoopsRunAndNoIncubatorWarningIsPrinted() throws Exception {
        // How `java -jar convlab.jar` (the command line) starts.
        FreshJvm.Result r = FreshJvm.run(List.of(), PROBE);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("available=false", "enabled=false",
                "status=JIT-vectorized loops (the Vector API module is not loaded)");
        assertThat(r.err()).doesNotContain("incubator");
    }

    @Test
    void theSwitchKeepsTheOldLoopsEvenWithTheModule() throws Exception {
        FreshJvm.Result r = FreshJvm.run(List.of("--add-modules", "jdk.incubator.vector", "-D" + VectorPath.SWITCH_PROPERTY + "=off"),
                PROBE);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("available=false", "enabled=false",
                "status=JIT-vectorized loops (switched off with -Dconvlab.vectorApi=off)");
    }

    @Test
    void withTheModuleTheWarmUpReachesAVerdict() throws Exception {
        // How the app's launcher starts; whether the new loops win is this machine's business.
        FreshJvm.Result r = FreshJvm.run(List.of("--add-modules", "jdk.incubator.vector"), PROBE);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("available=true");
        assertThat(r.out()).containsPattern("enabled=true\\nstatus=Vector API loops \\(|enabled=false\\nstatus=JIT-vectorized loops \\(the Vector API was not faster");
        assertThat(r.err()).contains("WARNING: Using incubator modules: jdk.incubator.vector");
    }
}
