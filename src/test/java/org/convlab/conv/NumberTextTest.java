package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class NumberTextTest {
    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    @Test
    void exactWritesIntegersWholeAndUsesTheRealMinus() {
        assertThat(NumberText.exact(3.0)).isEqualTo("3");
        assertThat(NumberText.exact(-2)).isEqualTo("\u22122");
        assertThat(NumberText.exact(-0.0)).isEqualTo("0");
        assertThat(NumberText.exact(123_456_789_012.0)).isEqualTo("123456789012");
        assertThat(NumberText.ascii(-2)).isEqualTo("-2");
    }

    @Test
    void exactWritesTheShortestDecimalThatReadsBack() {
        assertThat(NumberText.exact(0.1)).isEqualTo("0.1");
        assertThat(NumberText.exact(-0.5)).isEqualTo("\u22120.5");
        assertThat(NumberText.exact(0.0025)).isEqualTo("0.0025");
        assertThat(NumberText.exact(1.0 / 3)).isEqualTo("0.3333333333333333");
        assertThat(NumberText.exact(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        for (double v : new double[] {1.0 / 3, -2.0 / 7, 1e-7, 123.456, 1e20, -3.5e-9}) {
            assertThat(Double.parseDouble(NumberText.ascii(v))).isEqualTo(v);
        }
    }

    @Test
    void compactRoundsHalfEvenAndDropsTrailingZeros() {
        assertThat(NumberText.compact(1.0 / 3, 2)).isEqualTo("0.33");
        assertThat(NumberText.compact(-2.0 / 3, 2)).isEqualTo("\u22120.67");
        assertThat(NumberText.compact(0.125, 2)).isEqualTo("0.12");
        assertThat(NumberText.compact(0.375, 2)).isEqualTo("0.38");
        assertThat(NumberText.compact(1.5, 2)).isEqualTo("1.5");
        assertThat(NumberText.compact(7, 2)).isEqualTo("7");
        assertThat(NumberText.compact(-0.001, 2)).as("no −0").isEqualTo("0");
    }

    @Test
    void approxIsExactWhenShortAndMarksARoundingOtherwise() {
        assertThat(NumberText.approx(0.5)).isEqualTo("0.5");
        assertThat(NumberText.approx(-12.125)).isEqualTo("\u221212.125");
        assertThat(NumberText.approx(0.1 + 0.2)).isEqualTo("≈0.3");
        assertThat(NumberText.approx(1.0 / 3)).isEqualTo("≈0.3333");
        assertThat(NumberText.approx(-0.0981726)).isEqualTo("≈\u22120.0982");
    }

    @Test
    void groupedUsesCommasEveryThreeDigits() {
        assertThat(NumberText.grouped(new BigInteger("608849362944"))).isEqualTo("608,849,362,944");
        assertThat(NumberText.grouped(774_192)).isEqualTo("774,192");
        assertThat(NumberText.grouped(225)).isEqualTo("225");
        assertThat(NumberText.grouped(0)).isEqualTo("0");
        assertThat(NumberText.grouped(-1234)).isEqualTo("\u22121,234");
        assertThat(NumberText.grouped(new BigInteger("123456789012345678901234567890")))
                .isEqualTo("123,456,789,012,345,678,901,234,567,890");
    }

    @Test
    void scientificHasThreeSignificantDigits() {
        assertThat(NumberText.scientific(new BigInteger("608849362944"))).isEqualTo("6.09 × 10¹¹");
        assertThat(NumberText.scientific(big(7))).isEqualTo("7.00 × 10⁰");
        assertThat(NumberText.scientific(BigInteger.TEN.pow(30))).isEqualTo("1.00 × 10³⁰");
        assertThat(NumberText.scientific(BigInteger.ZERO)).isEqualTo("0");
        // 9.995 rounds half-even up to 10.0, which carries into the exponent
        assertThat(NumberText.scientific(big(999_500_000))).isEqualTo("1.00 × 10⁹");
    }

    @Test
    void bytesUsePowersOfThousandWithThreeSignificantDigits() {
        // the homework's dense layer at float32: 4 · (608,849,362,944 + 774,192)
        assertThat(NumberText.bytes(big(4).multiply(big(608_849_362_944L + 774_192))))
                .isEqualTo("2.44 TB");
        assertThat(NumberText.bytes(big(912))).isEqualTo("912 B");
        assertThat(NumberText.bytes(big(0))).isEqualTo("0 B");
        assertThat(NumberText.bytes(big(1000))).isEqualTo("1.00 kB");
        assertThat(NumberText.bytes(big(1500))).isEqualTo("1.50 kB");
        assertThat(NumberText.bytes(big(12_345))).isEqualTo("12.3 kB");
        assertThat(NumberText.bytes(big(235_354_368))).isEqualTo("235 MB");
    }

    @Test
    void bytesChooseTheUnitAfterRounding() {
        assertThat(NumberText.bytes(big(999_999))).isEqualTo("1.00 MB");
        assertThat(NumberText.bytes(big(99_999))).isEqualTo("100 kB");
        assertThat(NumberText.bytes(big(9_999))).isEqualTo("10.0 kB");
        assertThat(NumberText.bytes(big(999_499))).isEqualTo("999 kB");
    }
}
