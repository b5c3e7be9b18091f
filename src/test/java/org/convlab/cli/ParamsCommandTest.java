package org.convlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.List;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Padding;
import org.convlab.lessons.params.ParameterTally;
import org.junit.jupiter.api.Test;

class ParamsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The homework layer (512×512×3 input, three 5×5 filters) as JSON. */
    private static JsonNode homeworkJson() throws Exception {
        return json(
                "params", "--input", "512x512x3", "--kernel", "5x5", "--filters", "3", "--json");
    }

    private static JsonNode json(String... args) throws Exception {
        CliRun r = CliRun.of(args);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        return JSON.readTree(r.out());
    }

    private static BigInteger big(JsonNode n) {
        assertThat(n.isIntegralNumber()).as(n + " is an integer").isTrue();
        return n.bigIntegerValue();
    }

    @Test
    void homeworkLayerGivesTheHomeworkNumbers() throws Exception {
        JsonNode j = homeworkJson();
        assertThat(big(j.at("/conv/weights"))).isEqualTo(225);
        assertThat(big(j.at("/conv/biases"))).isEqualTo(3);
        assertThat(big(j.at("/conv/total"))).isEqualTo(228);
        assertThat(j.at("/output/height").intValue()).isEqualTo(508);
        assertThat(j.at("/output/width").intValue()).isEqualTo(508);
        assertThat(j.at("/output/channels").intValue()).isEqualTo(3);
        assertThat(big(j.at("/dense/weights"))).isEqualTo(new BigInteger("608849362944"));
        assertThat(big(j.at("/dense/biases"))).isEqualTo(774_192);
        assertThat(big(j.at("/dense/total"))).isEqualTo(new BigInteger("608850137136"));
        assertThat(big(j.at("/dense/distinct"))).isEqualTo(225);
        assertThat(big(j.at("/dense/nonZero"))).isEqualTo(58_064_400);
        assertThat(big(j.at("/locallyConnected/weights"))).isEqualTo(58_064_400);
        assertThat(big(j.at("/locallyConnected/biases"))).isEqualTo(774_192);
        assertThat(big(j.at("/bytesFloat32/conv"))).isEqualTo(912);
        assertThat(big(j.at("/bytesFloat32/dense"))).isEqualTo(new BigInteger("2435400548544"));
    }

    @Test
    void jsonHasExactlyThePinnedKeysInOrder() throws Exception {
        JsonNode j = homeworkJson();
        assertThat(List.copyOf(iterable(j)))
                .containsExactly(
                        "groups",
                        "input",
                        "output",
                        "conv",
                        "locallyConnected",
                        "dense",
                        "bytesFloat32");
        assertThat(List.copyOf(iterable(j.get("input"))))
                .containsExactly("height", "width", "channels");
        assertThat(List.copyOf(iterable(j.get("dense"))))
                .containsExactly("weights", "biases", "total", "nonZero", "distinct");
        assertThat(List.copyOf(iterable(j.get("bytesFloat32"))))
                .containsExactly("conv", "locallyConnected", "dense");
    }

    private static List<String> iterable(JsonNode n) {
        List<String> names = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void everyNumberMatchesTheCoreForPaddingStrideDilationAndNoBias() throws Exception {
        JsonNode j =
                json(
                        "params",
                        "--input",
                        "37x29x2",
                        "--kernel",
                        "4x3",
                        "--filters",
                        "5",
                        "--padding",
                        "same",
                        "--stride",
                        "2",
                        "--dilation",
                        "3",
                        "--no-bias",
                        "--json");
        ParameterTally t =
                ParameterTally.of(
                        37, 29, 2, 5, 4, 3, new ConvSettings(Padding.SAME, 2, 3, false), false);
        assertThat(j.at("/output/height").intValue()).isEqualTo(t.outHeight()).isEqualTo(19);
        assertThat(j.at("/output/width").intValue()).isEqualTo(t.outWidth()).isEqualTo(15);
        assertThat(big(j.at("/conv/weights"))).isEqualTo(t.convWeights());
        assertThat(big(j.at("/conv/biases"))).isZero();
        assertThat(big(j.at("/locallyConnected/total"))).isEqualTo(t.localTotal());
        assertThat(big(j.at("/dense/weights"))).isEqualTo(t.denseWeights());
        assertThat(big(j.at("/dense/biases"))).isZero();
        assertThat(big(j.at("/dense/nonZero"))).isEqualTo(t.denseNonZero());
        assertThat(big(j.at("/bytesFloat32/locallyConnected"))).isEqualTo(t.localBytes());
    }

    @Test
    void hugeCountsAreExactIntegersInTheJsonText() {
        CliRun r =
                CliRun.of(
                        "params",
                        "--input",
                        "1000000x1000000x1000",
                        "--kernel",
                        "1x1",
                        "--filters",
                        "1000000",
                        "--json");
        assertThat(r.code()).isZero();
        // (10^6 · 10^6 · 10^3) · (10^6 · 10^6 · 10^6) = 10^33, beyond any long or double
        assertThat(r.out()).contains("\"weights\": 1" + "0".repeat(33) + ",");
    }

    @Test
    void fullKernelShapeWithMatchingChannelsIsAccepted() throws Exception {
        JsonNode j =
                json(
                        "params",
                        "--input",
                        "512x512x3",
                        "--kernel",
                        "5x5x3",
                        "--filters",
                        "3",
                        "--json");
        assertThat(big(j.at("/conv/weights"))).isEqualTo(225);
    }

    @Test
    void tableShowsGroupedNumbersInAlignedColumnsAndTheFormulas() {
        CliRun r = CliRun.of("params", "--input", "512x512x3", "--kernel", "5x5", "--filters", "3");
        assertThat(r.code()).isZero();
        String out = r.out();
        assertThat(out)
                .contains("Output H' x W' x N = 508 x 508 x 3")
                .contains("floor((512 + 0 + 0 - 1*4 - 1) / 1) + 1 = 508")
                .contains("weights = N*KH*KW*C = 3*5*5*3")
                .contains("weights = (H*W*C)*(H'*W'*N) = (512*512*3)*(508*508*3)")
                .contains("structural non-zeros (taps that land inside the input): 58,064,400")
                .contains("distinct values (the shared weights): 225");
        List<String> lines = out.lines().toList();
        String header = lines.stream().filter(l -> l.startsWith("Layer")).findFirst().orElseThrow();
        String conv =
                lines.stream()
                        .filter(l -> l.startsWith("conv (shared weights)"))
                        .findFirst()
                        .orElseThrow();
        String dense = lines.stream().filter(l -> l.startsWith("dense ")).findFirst().orElseThrow();
        assertThat(conv).matches("conv \\(shared weights\\) +225 +3 +228 +912 +\\(912 B\\)");
        assertThat(dense)
                .matches(
                        "dense +608,849,362,944 +774,192 +608,850,137,136 +2,435,400,548,544 +\\(2\\.44 TB\\)");
        // right-aligned: each number column ends where its header ends
        for (String column : new String[] {"Weights", "Biases", "Total", "float32 bytes"}) {
            int end = header.indexOf(column) + column.length();
            assertThat(conv.charAt(end - 1)).as(column).isNotEqualTo(' ');
            assertThat(conv.charAt(end)).as(column).isEqualTo(' ');
            assertThat(dense.charAt(end - 1)).as(column).isNotEqualTo(' ');
            assertThat(dense.charAt(end)).as(column).isEqualTo(' ');
        }
    }

    @Test
    void tableSaysWhenThereAreNoBiases() {
        CliRun r =
                CliRun.of(
                        "params",
                        "--input",
                        "8x8",
                        "--kernel",
                        "3x3",
                        "--filters",
                        "2",
                        "--no-bias",
                        "--padding",
                        "1");
        assertThat(r.out())
                .contains("padding 1, stride 1, dilation 1, no biases")
                .contains("floor((8 + 1 + 1 - 1*2 - 1) / 1) + 1 = 8")
                .contains("no biases");
        assertThat(r.out()).matches("(?s).*conv \\(shared weights\\) +18 +0 +18 +72 .*");
    }
}
