package org.convlab.lessons.shift;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.convlab.conv.CircularCorrelation;
import org.convlab.conv.Correlation1D;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Padding;

/**
 * The lesson's claim, checked on random data: away from the borders, correlation commutes with
 * shifts.
 */
class EquivarianceProperties {
    record Case(
            double[] pattern,
            double[] kernel,
            int left,
            int right,
            int shift,
            MatchMode mode,
            Padding padding) {
        /**
         * The pattern on a zero background with {@code left} zeros before and {@code right} after.
         */
        double[] signal() {
            double[] s = new double[left + pattern.length + right];
            System.arraycopy(pattern, 0, s, left, pattern.length);
            return s;
        }
    }

    @Provide
    Arbitrary<Case> patternsThatStayInside() {
        Arbitrary<double[]> pattern =
                Arbitraries.integers()
                        .between(-9, 9)
                        .map(Integer::doubleValue)
                        .array(double[].class)
                        .ofMinSize(1)
                        .ofMaxSize(6);
        Arbitrary<double[]> kernel =
                Arbitraries.integers()
                        .between(-5, 5)
                        .map(Integer::doubleValue)
                        .array(double[].class)
                        .ofMinSize(1)
                        .ofMaxSize(4);
        Arbitrary<Integer> margin = Arbitraries.integers().between(0, 8);
        Arbitrary<Integer> shift = Arbitraries.integers().between(-8, 8);
        Arbitrary<MatchMode> mode = Arbitraries.of(MatchMode.class);
        Arbitrary<Padding> padding = Arbitraries.of(Padding.VALID, Padding.SAME, Padding.FULL);
        return Combinators.combine(pattern, kernel, margin, margin, shift, mode, padding)
                .as(Case::new)
                // the pattern stays inside: the shift loses no non-zero value, and the kernel fits
                .filter(c -> c.shift() <= c.right() && -c.shift() <= c.left())
                .filter(c -> c.kernel().length <= c.signal().length);
    }

    @Property(tries = 400)
    void outputOfTheShiftedSignalIsTheShiftedOutput(@ForAll("patternsThatStayInside") Case c) {
        double[] x = c.signal();
        int k = c.shift();
        double[] out = Correlation1D.correlate(x, c.kernel(), c.mode(), c.padding());
        double[] outShifted =
                Correlation1D.correlate(
                        Correlation1D.shift(x, k, false), c.kernel(), c.mode(), c.padding());
        for (int i = 0; i < out.length; i++) {
            if (i - k >= 0 && i - k < out.length) {
                assertThat(outShifted[i]).as("output %d", i).isEqualTo(out[i - k]);
            }
        }
        EquivarianceCheck check =
                EquivarianceCheck.of(x, c.kernel(), c.mode(), c.padding(), k, false);
        assertThat(check.lostSignal()).isEmpty();
        assertThat(check.outputMovedWithSignal()).isTrue();
    }

    @Property(tries = 300)
    void ringCorrelationIsExactlyEquivariantForEveryShift(
            @ForAll("patternsThatStayInside") Case c, @ForAll("anyShift") int k) {
        double[] x = c.signal();
        double[] out = CircularCorrelation.correlate(x, c.kernel(), c.mode());
        double[] after =
                CircularCorrelation.correlate(
                        Correlation1D.shift(x, k, true), c.kernel(), c.mode());
        assertThat(after).containsExactly(Correlation1D.shift(out, k, true));
        EquivarianceCheck check =
                EquivarianceCheck.of(x, c.kernel(), c.mode(), Padding.VALID, k, true);
        assertThat(check.changed()).isEmpty();
        assertThat(check.comparable()).isEqualTo(x.length);
        assertThat(check.bestMovedByShift()).isTrue();
    }

    @Provide
    Arbitrary<Integer> anyShift() {
        return Arbitraries.integers().between(-30, 30);
    }
}
