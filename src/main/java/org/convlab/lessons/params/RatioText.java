package org.convlab.lessons.params;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.convlab.conv.NumberText;

/**
 * Ratios and percentages of exact counts, written so the reader can tell an exact figure from a
 * rounded one: exact results are written plainly, rounded ones after "≈".
 */
public final class RatioText {
    private RatioText() {}

    /**
     * {@code a ÷ b}: {@code 258,064} when it divides exactly, {@code ≈ 2,670,395,338} when the
     * quotient is large, {@code ≈ 1.33} or {@code ≈ 0.000291} when it is small.
     */
    public static String ratio(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw new IllegalArgumentException("cannot divide by zero");
        }
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() == 0) {
            return NumberText.grouped(qr[0]);
        }
        BigDecimal q = new BigDecimal(a).divide(new BigDecimal(b), MathContext.DECIMAL128);
        if (q.compareTo(BigDecimal.valueOf(100)) >= 0) {
            return "≈ "
                    + NumberText.grouped(q.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact());
        }
        BigDecimal exactEnough =
                new BigDecimal(a)
                        .divide(new BigDecimal(b), 12, RoundingMode.HALF_EVEN)
                        .stripTrailingZeros();
        if (exactEnough.multiply(new BigDecimal(b)).compareTo(new BigDecimal(a)) == 0) {
            return exactEnough.toPlainString();
        }
        return "≈ "
                + q.round(new MathContext(3, RoundingMode.HALF_EVEN))
                        .stripTrailingZeros()
                        .toPlainString();
    }

    /**
     * {@code part ÷ whole} as a percentage: exact when it terminates within 4 decimals ({@code
     * 75%}), otherwise rounded to the fewest decimals (at least one) that keep it away from 0% and
     * 100% ({@code ≈ 99.9905%}).
     */
    public static String percent(BigInteger part, BigInteger whole) {
        if (whole.signum() <= 0) {
            throw new IllegalArgumentException("a percentage needs a positive whole, got " + whole);
        }
        BigDecimal p = new BigDecimal(part.multiply(BigInteger.valueOf(100)));
        BigDecimal w = new BigDecimal(whole);
        BigDecimal exact = p.divide(w, 4, RoundingMode.HALF_EVEN);
        if (exact.multiply(w).compareTo(p) == 0) {
            return exact.stripTrailingZeros().toPlainString() + "%";
        }
        BigDecimal hundred = BigDecimal.valueOf(100);
        for (int decimals = 1; decimals < 30; decimals++) {
            BigDecimal r = p.divide(w, decimals, RoundingMode.HALF_EVEN);
            if (r.signum() != 0 && r.compareTo(hundred) != 0) {
                return "≈ " + r.toPlainString() + "%";
            }
        }
        return "≈ " + p.divide(w, 30, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
