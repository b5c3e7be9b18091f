package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The per-channel partial sums add up to the response, map by map and cell by cell. */
class ChannelSumsTest {
    @ParameterizedTest(name = "{0}, whole {1}, groups {2}, flip {3}")
    @CsvSource({
        "RAW, true, 1, false",
        "RAW, false, 1, false",
        "ZERO_MEAN, true, 1, false",
        "ZERO_MEAN, false, 1, true",
        "RAW, true, 3, true",
        "ZERO_MEAN, false, 3, false",
        "RAW, false, 2, false",
    })
    void partialMapsAndCellSumsAddUpToTheResponse(
            MatchMode mode, boolean whole, int groups, boolean flip) {
        for (long seed = 0; seed < 5; seed++) {
            Random r = new Random(seed * 17 + groups);
            int channels = groups == 2 ? 4 : 3;
            Image in = GroupedConvolutionTest.randomImage(r, 9, 8, channels, whole);
            Workspace ws =
                    GroupedConvolutionTest.layer(r, in, 2 * groups, groups, 3, whole)
                            .withMatching(mode);
            ws = ws.withConvolution(ws.convolution().withFlip(flip).withStride(1 + (int) seed % 2));
            if (whole && mode == MatchMode.ZERO_MEAN) {
                ws = withWholeMeans(ws);
            }
            Detection d = Detection.of(ws);
            for (int n = 0; n < ws.filters().size(); n++) {
                List<ResponseMap> parts = ChannelSums.maps(ws, n);
                ResponseMap response = d.responses().get(n);
                double bias = ws.filters().get(n).filter().bias();
                assertThat(parts).hasSize(channels / groups);
                for (int y = 0; y < response.height(); y++) {
                    for (int x = 0; x < response.width(); x++) {
                        double sum = 0;
                        for (ResponseMap p : parts) {
                            sum += p.get(y, x);
                        }
                        double want = response.get(y, x);
                        ChannelSums.Cell cell = ChannelSums.cell(ws, n, y, x);
                        for (int c = 0; c < parts.size(); c++) {
                            assertClose(cell.sums().get(c), parts.get(c).get(y, x), whole);
                        }
                        assertClose(sum + bias, want, whole);
                        assertClose(cell.response(), want, whole);
                        assertThat(cell.total() + cell.bias()).isEqualTo(cell.response());
                        assertThat(cell.firstChannel()).isEqualTo(ws.firstChannel(n));
                    }
                }
            }
        }
    }

    /**
     * Each filter with its first weight moved so that the weights' mean is a whole number: then the
     * centred weights are whole too, and zero-mean sums of whole pixels are exact.
     */
    private static Workspace withWholeMeans(Workspace ws) {
        for (int n = 0; n < ws.filters().size(); n++) {
            Filter f = ws.filters().get(n).filter();
            double[] w = f.toArray();
            double sum = 0;
            for (double v : w) {
                sum += v;
            }
            w[0] -= Math.floorMod((long) sum, (long) w.length);
            Filter whole = Filter.of(f.height(), f.width(), f.channels(), w, f.bias());
            ws = ws.withFilter(n, ws.filters().get(n).withFilter(whole));
        }
        return ws;
    }

    private static void assertClose(double got, double want, boolean whole) {
        if (whole) {
            assertThat(got).isEqualTo(want);
        } else {
            assertThat(Math.abs(got - want))
                    .isLessThanOrEqualTo(1e-12 * Math.max(1, Math.abs(want)));
        }
    }

    @ParameterizedTest
    @CsvSource({"NCC", "SSD"})
    void scoresThatDoNotSplitAreRefused(MatchMode mode) {
        Random r = new Random(3);
        Workspace ws =
                GroupedConvolutionTest.layer(
                                r,
                                GroupedConvolutionTest.randomImage(r, 5, 5, 3, true),
                                1,
                                1,
                                3,
                                true)
                        .withMatching(mode);
        assertThatThrownBy(() -> ChannelSums.layer(ws, 0))
                .hasMessage("the " + mode.id() + " score does not split into per-channel sums");
    }
}
