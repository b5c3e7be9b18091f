package org.convlab.conv;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How ConvLab writes numbers. Integers are written whole; other values as the shortest decimal that
 * reads back as the same double, so a number on screen is the number computed. Minus is the real
 * minus sign (U+2212) on screen and ASCII in files.
 */
public final class NumberText {
    public static final char MINUS = '\u2212';

    private NumberText() {}

    /**
     * The exact value: {@code 3}, {@code −0.5}, {@code 0.1}, Java's {@code 1.0E20} form below 1e−6
     * and from 1e15 up.
     */
    public static String exact(double v) {
        return ascii(v).replace('-', MINUS);
    }

    /** Like {@link #exact} with an ASCII minus, for files and the command line. */
    public static String ascii(double v) {
        if (v == 0) {
            return "0";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        if (Math.abs(v) >= 1e15 || Math.abs(v) < 1e-6) {
            return Double.toString(v);
        }
        return d.toPlainString();
    }

    /**
     * A short form for small cells: at most {@code decimals} decimals, rounded half-even; callers
     * show {@link #exact} wherever the user asks for the value.
     */
    public static String compact(double v, int decimals) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return exact(v);
        }
        BigDecimal d =
                new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String s = d.signum() == 0 ? "0" : d.toPlainString();
        return s.replace('-', MINUS);
    }

    /**
     * The exact value when it is short (at most 9 characters), else four decimals marked as rounded
     * with "≈": {@code 0.5}, {@code ≈0.0982}. The detector's arithmetic and every other figure that
     * rarely terminates write numbers this way, so the screen never passes a rounding off as exact.
     */
    public static String approx(double v) {
        String s = exact(v);
        return s.length() <= 9 ? s : "≈" + compact(v, 4);
    }

    /** Thousands separators: {@code 608,849,362,944}. */
    public static String grouped(BigInteger v) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v).replace('-', MINUS);
    }

    /** Thousands separators for a long. */
    public static String grouped(long v) {
        return grouped(BigInteger.valueOf(v));
    }

    /** Scientific notation with three significant digits: {@code 6.09 × 10^11}. */
    public static String scientific(BigInteger v) {
        if (v.signum() == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v);
        int exp = d.precision() - d.scale() - 1;
        BigDecimal mant = d.movePointLeft(exp).setScale(2, RoundingMode.HALF_EVEN);
        if (mant.abs().compareTo(BigDecimal.TEN) >= 0) {
            mant = mant.movePointLeft(1).setScale(2, RoundingMode.HALF_EVEN);
            exp++;
        }
        return mant.toPlainString() + " × 10" + superscript(exp);
    }

    /**
     * Memory in human units at powers of 1000, three significant digits: {@code 2.44 TB}, {@code
     * 1.00 MB}.
     */
    public static String bytes(BigInteger v) {
        String[] units = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};
        if (v.compareTo(BigInteger.valueOf(1000)) < 0) {
            return v + " B";
        }
        MathContext three = new MathContext(3, RoundingMode.HALF_EVEN);
        BigDecimal thousand = BigDecimal.valueOf(1000);
        BigDecimal d = new BigDecimal(v);
        int u = 0;
        // the unit is chosen after rounding, so 999,999 B is 1.00 MB rather than 1000 kB
        while (d.round(three).compareTo(thousand) >= 0 && u < units.length - 1) {
            d = d.divide(thousand);
            u++;
        }
        BigDecimal r = d.round(three);
        int scale =
                r.compareTo(BigDecimal.valueOf(100)) >= 0
                        ? 0
                        : (r.compareTo(BigDecimal.TEN) >= 0 ? 1 : 2);
        return r.setScale(scale, RoundingMode.HALF_EVEN).toPlainString() + " " + units[u];
    }

    private static String superscript(int n) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder b = new StringBuilder();
        for (char ch : Integer.toString(n).toCharArray()) {
            b.append(ch == '-' ? '⁻' : digits.charAt(ch - '0'));
        }
        return b.toString();
    }
}
