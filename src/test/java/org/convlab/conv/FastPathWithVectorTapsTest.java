package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every case of {@link FastPathTest} with the maps computed by the Vector API's loops: rows read at
 * offsets, padded copies only where a window leaves the image.
 */
class FastPathWithVectorTapsTest extends FastPathTest {
    @Override
    boolean offsets() {
        return true;
    }

    @Test
    void theTestJvmHasTheVectorModuleSoTheseCasesReallyRunOnIt() {
        assertThat(VectorPath.available()).isTrue();
        assertThat(VectorPath.enabled(MatchMode.RAW) && VectorPath.enabled(MatchMode.SSD)).isTrue();
    }
}
