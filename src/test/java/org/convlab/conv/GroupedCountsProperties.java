package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.convlab.lessons.params.ParameterTally;

/** A grouped layer's counts are the counts of its dense-equivalent matrix, entry by entry. */
class GroupedCountsProperties {
    @Property(tries = 150)
    void groupedCountsMatchTheDenseMatrix(
            @ForAll @IntRange(min = 1, max = 4) int c,
            @ForAll @IntRange(min = 1, max = 4) int groupsWanted,
            @ForAll @IntRange(min = 1, max = 2) int perGroup,
            @ForAll @IntRange(min = 2, max = 7) int h,
            @ForAll @IntRange(min = 2, max = 7) int w,
            @ForAll @IntRange(min = 1, max = 3) int k,
            @ForAll @IntRange(min = 0, max = 2) int pad,
            @ForAll @IntRange(min = 1, max = 2) int stride,
            @ForAll @IntRange(min = 1, max = 2) int dilation,
            @ForAll long seed) {
        Assume.that(c % groupsWanted == 0);
        Assume.that(h + 2 * pad >= dilation * (k - 1) + 1 && w + 2 * pad >= dilation * (k - 1) + 1);
        int g = groupsWanted;
        int n = g * perGroup;
        ConvSettings s = new ConvSettings(Padding.explicit(pad), stride, dilation, false, g);
        Random r = new Random(seed);
        List<Filter> filters = new ArrayList<>();
        List<FilterSpec> specs = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            Filter filter = GroupedConvolutionTest.randomFilter(r, k, k, c / g, true);
            filters.add(filter);
            specs.add(FilterSpec.plain("F" + f, filter));
        }
        DenseEquivalent m = DenseEquivalent.of(h, w, c, filters, s);
        ParameterTally t = ParameterTally.of(h, w, c, n, k, k, s, true);
        assertThat(BigInteger.valueOf(m.rows()).multiply(BigInteger.valueOf(m.cols())))
                .isEqualTo(t.denseWeights());
        assertThat(BigInteger.valueOf(m.entryCount())).isEqualTo(t.denseNonZero());
        Set<Integer> distinct = new HashSet<>();
        for (int row = 0; row < m.rows(); row++) {
            for (int col = 0; col < m.cols(); col++) {
                if (m.isEntry(row, col)) {
                    distinct.add(m.weightIndex(row, col));
                    // An entry lies in the channels of its row's filter's group.
                    int filter = row / (m.rows() / n);
                    int channel = col / (h * w);
                    assertThat(channel / (c / g)).isEqualTo(filter / (n / g));
                }
            }
        }
        // Every weight lands inside the input somewhere unless padding hides whole kernel rows.
        assertThat(BigInteger.valueOf(distinct.size())).isLessThanOrEqualTo(t.convWeights());
        assertThat(t.convWeights()).isEqualTo(BigInteger.valueOf((long) n * k * k * (c / g)));
        assertThat(t.denseDistinct()).isEqualTo(t.convWeights());
        Image in = GroupedConvolutionTest.randomImage(r, h, w, c, true);
        double[] product = m.apply(in);
        Detection d = Detection.of(Workspace.of(in, specs, s));
        int cells = m.rows() / n;
        for (int f = 0; f < n; f++) {
            double[] map = d.responses().get(f).toArray();
            for (int i = 0; i < cells; i++) {
                assertThat(map[i]).isEqualTo(product[f * cells + i]);
            }
        }
    }
}
