package org.convlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code detect} on grouped workspaces and {@code params --groups} agree with {@link
 * GroupedReference} on random layers it never saw: shapes and counts exactly, values within 1e−9 ·
 * max(1, |reference|).
 */
class GroupedAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    static Stream<Long> seeds() {
        return IntStream.range(0, 40).mapToObj(i -> 9_000L + 31L * i);
    }

    /** A random grouped layer whose kernel fits; whole numbers for even seeds. */
    static GroupedReference.Layer layer(long seed) {
        Random r = new Random(seed);
        while (true) {
            int c = 1 + r.nextInt(4);
            int[] divisors = IntStream.rangeClosed(1, c).filter(g -> c % g == 0).toArray();
            int g = divisors[r.nextInt(divisors.length)];
            int n = g * (1 + r.nextInt(3));
            int h = 3 + r.nextInt(7);
            int w = 3 + r.nextInt(7);
            int kh = 1 + r.nextInt(3);
            int kw = 1 + r.nextInt(3);
            int p = r.nextInt(3);
            int s = 1 + r.nextInt(2);
            int d = 1 + r.nextInt(2);
            if (h + 2 * p < d * (kh - 1) + 1 || w + 2 * p < d * (kw - 1) + 1) {
                continue;
            }
            boolean whole = seed % 2 == 0;
            double[][][] in = new double[c][h][w];
            for (double[][] plane : in) {
                for (double[] row : plane) {
                    for (int x = 0; x < w; x++) {
                        row[x] = value(r, whole);
                    }
                }
            }
            double[][][][] weights = new double[n][c / g][kh][kw];
            double[] biases = new double[n];
            for (int f = 0; f < n; f++) {
                for (double[][] slice : weights[f]) {
                    for (double[] row : slice) {
                        for (int j = 0; j < kw; j++) {
                            row[j] = value(r, whole);
                        }
                    }
                }
                biases[f] = value(r, whole);
            }
            return new GroupedReference.Layer(in, weights, biases, g, p, s, d);
        }
    }

    private static double value(Random r, boolean whole) {
        return whole ? r.nextInt(7) - 3 : (r.nextDouble() - 0.5) * 10;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void detectAgreesWithTheReference(long seed) throws IOException {
        GroupedReference.Layer l = layer(seed);
        Path file = dir.resolve("grouped.json");
        Files.writeString(file, workspaceText(l));
        CliRun run = CliRun.of("detect", file.toString(), "--json");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        JsonNode responses = JSON.readTree(run.out()).get("responses");
        assertThat(responses.size()).isEqualTo(l.filters());
        for (int n = 0; n < l.filters(); n++) {
            double[][] expected = GroupedReference.response(l, n);
            JsonNode r = responses.get(n);
            assertThat(r.get("height").intValue()).isEqualTo(l.outHeight());
            assertThat(r.get("width").intValue()).isEqualTo(l.outWidth());
            if (l.groups() != 1) {
                assertThat(r.get("firstChannel").intValue()).isEqualTo(l.firstChannel(n));
                assertThat(r.get("channels").intValue()).isEqualTo(l.channels() / l.groups());
            }
            for (int y = 0; y < l.outHeight(); y++) {
                for (int x = 0; x < l.outWidth(); x++) {
                    double want = expected[y][x];
                    double got = r.get("values").get(y).get(x).doubleValue();
                    assertThat(Math.abs(got - want))
                            .as("R%d[%d][%d] of seed %d", n + 1, y, x, seed)
                            .isLessThanOrEqualTo(1e-9 * Math.max(1, Math.abs(want)));
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void paramsAgreesWithTheReference(long seed) throws IOException {
        GroupedReference.Layer l = layer(seed);
        CliRun run =
                CliRun.of(
                        "params",
                        "--input",
                        l.height() + "x" + l.width() + "x" + l.channels(),
                        "--kernel",
                        l.kernelHeight() + "x" + l.kernelWidth(),
                        "--filters",
                        Integer.toString(l.filters()),
                        "--padding",
                        Integer.toString(l.padding()),
                        "--stride",
                        Integer.toString(l.stride()),
                        "--dilation",
                        Integer.toString(l.dilation()),
                        "--groups",
                        Integer.toString(l.groups()),
                        "--json");
        assertThat(run.err()).isEmpty();
        JsonNode t = JSON.readTree(run.out());
        long outCells = (long) l.outHeight() * l.outWidth() * l.filters();
        long inCells = (long) l.height() * l.width() * l.channels();
        long weights = GroupedReference.convWeights(l);
        assertThat(t.get("groups").intValue()).isEqualTo(l.groups());
        assertThat(t.at("/output/height").intValue()).isEqualTo(l.outHeight());
        assertThat(t.at("/output/width").intValue()).isEqualTo(l.outWidth());
        assertThat(t.at("/output/channels").intValue()).isEqualTo(l.filters());
        assertThat(t.at("/conv/weights").longValue()).isEqualTo(weights);
        assertThat(t.at("/conv/biases").longValue()).isEqualTo(l.filters());
        assertThat(t.at("/locallyConnected/weights").longValue())
                .isEqualTo((long) l.outHeight() * l.outWidth() * weights);
        assertThat(t.at("/dense/weights").longValue()).isEqualTo(inCells * outCells);
        assertThat(t.at("/dense/nonZero").longValue())
                .isEqualTo(GroupedReference.structuralNonZeros(l));
        assertThat(t.at("/dense/distinct").longValue()).isEqualTo(weights);
    }

    /** The workspace file, written by hand so the writer is not part of what is checked. */
    private static String workspaceText(GroupedReference.Layer l) {
        StringBuilder b = new StringBuilder();
        b.append("{\"format\": \"convlab-workspace\", \"version\": 1, \"image\": {\"pixels\": ");
        b.append(array(l.input()));
        b.append("}, \"filters\": [");
        for (int n = 0; n < l.filters(); n++) {
            b.append(n == 0 ? "" : ", ")
                    .append("{\"weights\": ")
                    .append(array(l.weights()[n]))
                    .append(", \"bias\": ")
                    .append(l.biases()[n])
                    .append('}');
        }
        b.append("], \"convolution\": {\"padding\": ")
                .append(l.padding())
                .append(", \"stride\": ")
                .append(l.stride())
                .append(", \"dilation\": ")
                .append(l.dilation())
                .append(", \"groups\": ")
                .append(l.groups())
                .append("}}");
        return b.toString();
    }

    private static String array(double[][][] values) {
        StringBuilder b = new StringBuilder("[");
        for (int c = 0; c < values.length; c++) {
            b.append(c == 0 ? "[" : ", [");
            for (int y = 0; y < values[c].length; y++) {
                b.append(y == 0 ? "[" : ", [");
                for (int x = 0; x < values[c][y].length; x++) {
                    b.append(x == 0 ? "" : ", ").append(values[c][y][x]);
                }
                b.append(']');
            }
            b.append(']');
        }
        return b.append(']').toString();
    }
}
