package org.convlab.lessons.params;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RatioTextTest {
    private static BigInteger b(long v) {
        return BigInteger.valueOf(v);
    }

    @Test
    void exactQuotientsAreWrittenPlainly() {
        assertThat(RatioText.ratio(b(58_838_592), b(228))).isEqualTo("258,064");
        assertThat(RatioText.ratio(b(3), b(4))).isEqualTo("0.75");
    }

    @Test
    void roundedQuotientsCarryTheApproximateSign() {
        assertThat(RatioText.ratio(new BigInteger("608850137136"), b(228)))
                .isEqualTo("≈ 2,670,395,338");
        assertThat(RatioText.ratio(b(4), b(3))).isEqualTo("≈ 1.33");
    }

    @Test
    void percentagesAreExactWhenTheyTerminate() {
        assertThat(RatioText.percent(b(432), b(576))).isEqualTo("75%");
        assertThat(RatioText.percent(b(1), b(8))).isEqualTo("12.5%");
    }

    @Test
    void roundedPercentagesNeverReadAsAllOrNothing() {
        assertThat(RatioText.percent(b(999_999), b(1_000_001))).isEqualTo("≈ 99.9998%");
        assertThat(RatioText.percent(b(1), b(3_000_000))).isEqualTo("≈ 0.00003%");
        assertThat(RatioText.percent(b(1), b(3))).isEqualTo("≈ 33.3%");
    }
}
