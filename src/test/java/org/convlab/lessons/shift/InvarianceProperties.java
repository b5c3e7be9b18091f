package org.convlab.lessons.shift;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.convlab.conv.Filter;
import org.convlab.conv.Image;

/**
 * What the meter must find on any input: with circular shifts the global max never changes, the
 * conv output always moves with the input, and max pool 2 moves with it at every even shift that
 * leaves a pooled cell to compare (else its equivariance error is undefined, never 0).
 */
class InvarianceProperties {
    @Provide
    Arbitrary<double[]> signals() {
        return Arbitraries.integers()
                .between(-9, 9)
                .map(Integer::doubleValue)
                .array(double[].class)
                .ofMinSize(4)
                .ofMaxSize(24);
    }

    @Provide
    Arbitrary<double[]> kernels() {
        return Arbitraries.integers()
                .between(-5, 5)
                .map(Integer::doubleValue)
                .array(double[].class)
                .ofMinSize(1)
                .ofMaxSize(4);
    }

    @Property(tries = 300)
    void globalMaxIsInvariantUnderCircularShifts(
            @ForAll("signals") double[] signal, @ForAll("kernels") double[] kernel) {
        InvarianceMeter m = InvarianceMeter.ofSignal(signal, kernel, signal.length - 1, true);
        for (ShiftError e : m.of(MeterStage.GLOBAL_MAX).errors()) {
            assertThat(e.invariance()).as("k = %d", e.shift()).isZero();
        }
    }

    @Property(tries = 300)
    void convMovesWithTheInputAndMaxPoolAtEveryEvenShift(
            @ForAll("signals") double[] signal, @ForAll("kernels") double[] kernel) {
        InvarianceMeter m = InvarianceMeter.ofSignal(signal, kernel, signal.length - 1, true);
        for (ShiftError e : m.of(MeterStage.CONV).errors()) {
            assertThat(e.equivariance()).as("conv, k = %d", e.shift()).hasValue(0.0);
        }
        StageErrors pool = m.of(MeterStage.MAX_POOL);
        for (ShiftError e : pool.errors()) {
            if (e.shift() % 2 == 0 && e.shift() / 2 < pool.width()) {
                assertThat(e.equivariance()).as("max pool, k = %d", e.shift()).hasValue(0.0);
            } else {
                assertThat(e.equivariance()).as("max pool, k = %d", e.shift()).isEmpty();
            }
        }
    }

    @Property(tries = 60)
    void globalMaxOfAnImageIsInvariantOnTheTorus(
            @ForAll @IntRange(min = 0, max = 1 << 20) int seed,
            @ForAll @IntRange(min = 2, max = 9) int height,
            @ForAll @IntRange(min = 3, max = 9) int width) {
        java.util.Random r = new java.util.Random(seed);
        double[] cells = new double[height * width];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = r.nextInt(7) - 3;
        }
        Filter f = Filter.ofRows(new double[][] {{r.nextInt(5) - 2, 1}, {1, r.nextInt(5) - 2}});
        InvarianceMeter m =
                InvarianceMeter.ofImage(Image.of(height, width, 1, cells), f, width - 1, true);
        for (ShiftError e : m.of(MeterStage.GLOBAL_MAX).errors()) {
            assertThat(e.invariance()).as("k = %d", e.shift()).isZero();
        }
    }
}
