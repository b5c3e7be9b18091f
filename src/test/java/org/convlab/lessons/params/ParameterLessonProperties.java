package org.convlab.lessons.params;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.DenseEquivalent;
import org.convlab.conv.DenseVerification;
import org.convlab.conv.Filter;
import org.convlab.conv.NumberText;
import org.convlab.conv.Padding;

/** The lesson's figures hold for every small layer, not only the homework's. */
class ParameterLessonProperties {
    record Layer(int h, int w, int c, int n, int kh, int kw, ConvSettings s, boolean bias) {
        ParameterTally tally() {
            return ParameterTally.of(h, w, c, n, kh, kw, s, bias);
        }
    }

    @Provide
    Arbitrary<Layer> layers() {
        Arbitrary<Padding> padding =
                Arbitraries.oneOf(
                        Arbitraries.of(Padding.VALID, Padding.SAME, Padding.FULL),
                        Arbitraries.integers().between(0, 3).map(Padding::explicit));
        Arbitrary<ConvSettings> settings =
                Combinators.combine(
                                padding,
                                Arbitraries.integers().between(1, 3),
                                Arbitraries.integers().between(1, 2))
                        .as((p, s, d) -> new ConvSettings(p, s, d, false));
        return Combinators.combine(
                        Arbitraries.integers().between(3, 9),
                        Arbitraries.integers().between(3, 9),
                        Arbitraries.integers().between(1, 2),
                        Arbitraries.integers().between(1, 2),
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(1, 3),
                        settings,
                        Arbitraries.of(true, false))
                .as(Layer::new)
                .filter(
                        l -> {
                            try {
                                l.tally();
                                return true;
                            } catch (IllegalArgumentException e) {
                                return false;
                            }
                        });
    }

    @Property(tries = 200)
    void theDenseMatrixHasExactlyTheCountedNonZerosAndReproducesTheLayer(
            @ForAll("layers") Layer l) {
        ParameterTally t = l.tally();
        List<Filter> filters = new java.util.ArrayList<>();
        for (int n = 0; n < l.n(); n++) {
            double[] w = new double[l.kh() * l.kw() * l.c()];
            for (int i = 0; i < w.length; i++) {
                w[i] = 1 + i + 10 * n;
            }
            filters.add(Filter.of(l.kh(), l.kw(), l.c(), w, l.bias() ? 0.5 : 0));
        }
        DenseEquivalent m = DenseEquivalent.of(l.h(), l.w(), l.c(), filters, l.s());
        assertThat(BigInteger.valueOf(m.entryCount())).isEqualTo(t.denseNonZero());
        assertThat(BigInteger.valueOf((long) m.rows() * m.cols())).isEqualTo(t.denseWeights());
        assertThat(DenseVerification.run(m, filters, l.s(), l.h(), l.w(), l.c(), 3).maxDifference())
                .isLessThan(1e-9);
    }

    @Property(tries = 200)
    void everyFigureTypedWithSeparatorsIsRecognised(@ForAll("layers") Layer l) {
        ParameterTally t = l.tally();
        for (AnswerCheck.Quantity q : AnswerCheck.quantities(t)) {
            AnswerCheck.Verdict v = AnswerCheck.check(NumberText.grouped(q.value()), t);
            assertThat(v.outcome()).isEqualTo(AnswerCheck.Outcome.MATCH);
            assertThat(v.matches()).extracting(AnswerCheck.Quantity::id).contains(q.id());
        }
    }

    @Property(tries = 200)
    void everyWrittenOutSumEndsInTheTallysFigure(@ForAll("layers") Layer l) {
        ParameterTally t = l.tally();
        ParameterArithmetic a = ParameterArithmetic.of(t);
        assertThat(lastNumber(a.convWeights())).isEqualTo(t.convWeights());
        assertThat(lastNumber(a.convTotal())).isEqualTo(t.convTotal());
        assertThat(lastNumber(a.localWeights())).isEqualTo(t.localWeights());
        assertThat(lastNumber(a.localTotal())).isEqualTo(t.localTotal());
        assertThat(lastNumber(a.denseWeights())).isEqualTo(t.denseWeights());
        assertThat(lastNumber(a.denseTotal())).isEqualTo(t.denseTotal());
        assertThat(lastNumber(a.denseNonZero())).isEqualTo(t.denseNonZero());
        assertThat(lastNumber(a.outHeight())).isEqualTo(BigInteger.valueOf(t.outHeight()));
        assertThat(lastNumber(a.outWidth())).isEqualTo(BigInteger.valueOf(t.outWidth()));
    }

    private static BigInteger lastNumber(String line) {
        String tail = line.substring(line.lastIndexOf("= ") + 2).replace(",", "");
        return new BigInteger(tail.replaceAll("[^0-9].*$", ""));
    }
}
