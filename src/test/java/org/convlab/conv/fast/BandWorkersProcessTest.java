package org.convlab.conv.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.convlab.FreshJvm;
import org.junit.jupiter.api.Test;

/** How many threads compute a large map, by the cores a fresh JVM sees; never a different bit. */
class BandWorkersProcessTest {
    private static final String PROBE = BandWorkersProbe.class.getName();

    @Test
    void oneCoreComputesLargeMapsAloneAndTwoCoresGiveTheSameBits() throws Exception {
        FreshJvm.Result one = FreshJvm.run(List.of("-XX:ActiveProcessorCount=1"), PROBE);
        FreshJvm.Result two = FreshJvm.run(List.of("-XX:ActiveProcessorCount=2"), PROBE);
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(two.exit()).as(two.err()).isZero();
        // A helper spinning on the only core would just take turns with the caller.
        assertThat(one.out()).contains("threads=1", "helpers=0");
        assertThat(two.out()).contains("threads=2", "helpers=1");
        assertThat(line(two.out(), "bits=")).isEqualTo(line(one.out(), "bits="));
    }

    private static String line(String out, String prefix) {
        return out.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    }
}
