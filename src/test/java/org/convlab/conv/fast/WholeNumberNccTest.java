package org.convlab.conv.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WholeNumberNccTest {
    @Test
    void theBranchFreeClampGivesTheBitsOfTheBranchingOneForEveryKindOfValue() {
        double[] special = {
            Double.NaN,
            0.0,
            -0.0,
            1.0,
            -1.0,
            Math.nextUp(1.0),
            Math.nextDown(-1.0),
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE,
            -Double.MIN_VALUE,
            0.999999999,
            -0.5
        };
        Random random = new Random(5);
        for (int i = 0; i < special.length + 10_000; i++) {
            double r = i < special.length ? special[i] : (random.nextDouble() - 0.5) * 4;
            assertThat(Double.doubleToRawLongBits(WholeNumberNcc.clampUnitBranchFree(r)))
                    .as("r = %s", r)
                    .isEqualTo(Double.doubleToRawLongBits(WholeNumberNcc.clampUnit(r)));
        }
    }
}
