package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberListTest {
    @Test
    void readsCommasSpacesAndUnicodeMinus() {
        assertThat(NumberList.parse(" 6,7 8; \u22121.5, -2e1 ", "signal", 10))
                .containsExactly(6, 7, 8, -1.5, -20);
    }

    @Test
    void namesTheBadEntry() {
        assertThatThrownBy(() -> NumberList.parse("1, 2, abc", "signal", 10))
                .hasMessage("signal entry 3 \"abc\" is not a number");
        assertThatThrownBy(() -> NumberList.parse("NaN", "kernel", 10))
                .hasMessage("kernel entry 1 \"NaN\" is not a number");
        assertThatThrownBy(() -> NumberList.parse("1e999", "kernel", 10))
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> NumberList.parse("1,,2", "signal", 10))
                .hasMessageContaining("entry 2 is empty");
        assertThatThrownBy(() -> NumberList.parse("  ", "signal", 10))
                .hasMessageContaining("the signal is empty");
        assertThatThrownBy(() -> NumberList.parse("1 2 3", "signal", 2))
                .hasMessageContaining("at most 2");
    }

    @Test
    void formatsWithTheRealMinus() {
        assertThat(NumberList.format(new double[] {6, -1.5, 0})).isEqualTo("6, \u22121.5, 0");
    }
}
