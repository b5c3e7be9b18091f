package org.convlab.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.convlab.conv.Activation;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Padding;
import org.convlab.conv.Workspace;

class WorkspaceRoundTripProperties {
    private static Arbitrary<Double> values() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-3, 3).map(Integer::doubleValue),
                Arbitraries.doubles().between(-1e6, 1e6),
                Arbitraries.doubles().filter(Double::isFinite),
                Arbitraries.of(0.1, -0.0, 1e-300, 1e300, Double.MIN_VALUE, 0.7));
    }

    @Provide
    Arbitrary<Workspace> workspaces() {
        Arbitrary<Integer> side = Arbitraries.integers().between(2, 6);
        Arbitrary<Integer> channels = Arbitraries.integers().between(1, 3);
        return Combinators.combine(
                        side,
                        side,
                        channels,
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.of(MatchMode.values()),
                        Arbitraries.of(Activation.values()),
                        Arbitraries.of(
                                Padding.VALID, Padding.SAME, Padding.FULL, Padding.explicit(1)),
                        Arbitraries.longs())
                .as(
                        (h, w, c, n, mode, act, pad, seed) -> {
                            java.util.Random r = new java.util.Random(seed);
                            List<Double> pool =
                                    values().list().ofSize(200).generator(1000).next(r).value();
                            double[] px = new double[h * w * c];
                            for (int i = 0; i < px.length; i++) {
                                px[i] = pool.get(i % pool.size());
                            }
                            List<FilterSpec> filters = new ArrayList<>();
                            for (int k = 0; k < n; k++) {
                                int kh = 1 + r.nextInt(h);
                                int kw = 1 + r.nextInt(w);
                                double[] wts = new double[kh * kw * c];
                                for (int i = 0; i < wts.length; i++) {
                                    wts[i] = pool.get((i * 7 + k) % pool.size());
                                }
                                filters.add(
                                        new FilterSpec(
                                                "F" + k,
                                                Filter.of(kh, kw, c, wts, pool.get(k)),
                                                pool.get(k + 1),
                                                r.nextInt(3) - 1,
                                                r.nextInt(3) - 1));
                            }
                            return new Workspace(
                                    Image.of(h, w, c, px),
                                    filters,
                                    new ConvSettings(pad, 1 + r.nextInt(2), 1, r.nextBoolean()),
                                    mode,
                                    act,
                                    java.util.Map.of());
                        });
    }

    @Property(tries = 200)
    void writeThenReadGivesTheSameWorkspace(@ForAll("workspaces") Workspace ws)
            throws WorkspaceFormatException {
        String text = WorkspaceWriter.write(ws);
        assertThat(WorkspaceReader.read(text)).isEqualTo(ws);
        assertThat(WorkspaceWriter.write(WorkspaceReader.read(text))).isEqualTo(text);
    }
}
