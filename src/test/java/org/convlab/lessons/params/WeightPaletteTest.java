package org.convlab.lessons.params;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WeightPaletteTest {
    @Test
    void aThreeByThreeKernelGetsNineDifferentColours() {
        Set<Integer> colours = new HashSet<>();
        for (int k = 0; k < 9; k++) {
            colours.add(WeightPalette.argb(k));
        }
        assertThat(colours).hasSize(9);
    }

    @Test
    void coloursRepeatAfterThePaletteRunsOut() {
        assertThat(WeightPalette.argb(WeightPalette.size())).isEqualTo(WeightPalette.argb(0));
    }

    @Test
    void darkColoursTakeWhiteText() {
        assertThat(WeightPalette.wantsLightText(1)).isTrue(); // indigo
        assertThat(WeightPalette.wantsLightText(2)).isFalse(); // sand
    }
}
