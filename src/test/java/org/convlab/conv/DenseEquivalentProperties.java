package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.convlab.lessons.params.ParameterTally;

/** M·vec(x) + b = vec(conv(x)), and M's structure is what the tallies say. */
class DenseEquivalentProperties {
    @Provide
    Arbitrary<Padding> paddings() {
        return RandomInputs.paddings();
    }

    @Property(tries = 200)
    void denseMatrixTimesInputPlusBiasIsTheConvolution(
            @ForAll @IntRange(min = 1, max = 6) int h,
            @ForAll @IntRange(min = 1, max = 6) int w,
            @ForAll @IntRange(min = 1, max = 2) int c,
            @ForAll @IntRange(min = 1, max = 3) int n,
            @ForAll @IntRange(min = 1, max = 3) int kh,
            @ForAll @IntRange(min = 1, max = 3) int kw,
            @ForAll("paddings") Padding padding,
            @ForAll @IntRange(min = 1, max = 3) int stride,
            @ForAll @IntRange(min = 1, max = 2) int dilation,
            @ForAll boolean flip,
            @ForAll long seed) {
        ConvSettings s = new ConvSettings(padding, stride, dilation, flip);
        Random r = new Random(seed);
        List<Filter> filters = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            filters.add(RandomInputs.integerFilter(r, kh, kw, c));
        }
        ReferenceConvolution.Axis v = ReferenceConvolution.axis(h, kh, stride, dilation, padding);
        ReferenceConvolution.Axis hz = ReferenceConvolution.axis(w, kw, stride, dilation, padding);
        if (v.out() < 1 || hz.out() < 1) {
            assertThatThrownBy(() -> DenseEquivalent.of(h, w, c, filters, s))
                    .hasMessageContaining("output would be empty");
            return;
        }
        DenseEquivalent m = DenseEquivalent.of(h, w, c, filters, s);
        assertThat(m.rows()).isEqualTo(v.out() * hz.out() * n);
        assertThat(m.cols()).isEqualTo(h * w * c);

        Image x = RandomInputs.integerImage(r, h, w, c);
        double[] viaMatrix = m.apply(x);
        int row = 0;
        for (Filter f : filters) {
            for (double value :
                    Correlation2D.compute(x, f, s, MatchMode.RAW, Activation.NONE).toArray()) {
                assertThat(viaMatrix[row]).as("row %d", row).isEqualTo(value);
                row++;
            }
        }

        ParameterTally t = ParameterTally.of(h, w, c, n, kh, kw, s, true);
        assertThat(m.entryCount()).isEqualTo(t.denseNonZero().longValueExact());

        // every entry is one of the N·KH·KW·C shared weights, and says which
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                int wi = m.weightIndex(i, j);
                if (!m.isEntry(i, j)) {
                    assertThat(wi).isEqualTo(-1);
                    assertThat(m.get(i, j)).isZero();
                    continue;
                }
                int perFilter = c * kh * kw;
                Filter f = filters.get(wi / perFilter);
                Filter used180 = flip ? f.rotated180() : f;
                assertThat(m.get(i, j)).isEqualTo(used180.toArray()[wi % perFilter]);
                assertThat(wi / perFilter)
                        .as("row %d belongs to filter %d", i, i / (m.rows() / n))
                        .isEqualTo(i / (m.rows() / n));
                used.add(wi);
            }
        }
        assertThat((long) used.size()).isLessThanOrEqualTo(t.denseDistinct().longValueExact());
    }
}
