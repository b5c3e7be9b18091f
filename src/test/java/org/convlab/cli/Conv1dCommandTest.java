package org.convlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import org.convlab.conv.Correlation1D;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Padding;
import org.junit.jupiter.api.Test;

class Conv1dCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String... args) throws Exception {
        CliRun r = CliRun.of(args);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        return JSON.readTree(r.out());
    }

    /** The homework: signal 6,7,8,1,2,3,5 and kernel 1,2,3, then {@code more} options. */
    private static CliRun homework(String... more) {
        return CliRun.of(homeworkArgs(more));
    }

    private static JsonNode homeworkJson(String... more) throws Exception {
        return json(homeworkArgs(more));
    }

    private static String[] homeworkArgs(String... more) {
        String[] args = {"conv1d", "--signal", "6,7,8,1,2,3,5", "--kernel", "1,2,3"};
        String[] all = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    private static double[] doubles(JsonNode array) {
        double[] d = new double[array.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = array.get(i).doubleValue();
        }
        return d;
    }

    @Test
    void homeworkExampleGives44_26_16_14_23() throws Exception {
        CliRun r = homework("--json");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .isEqualTo(
                        "{\n  \"output\": [44, 26, 16, 14, 23],\n  \"argmax\": 0,\n  \"max\": 44\n}\n");
    }

    @Test
    void shiftingTheSignalMovesTheOutputWithIt() throws Exception {
        JsonNode j = homeworkJson("--shift", "2", "--json");
        assertThat(doubles(j.get("output"))).containsExactly(18, 33, 44, 26, 16);
        assertThat(j.get("argmax").intValue()).isEqualTo(2);
        assertThat(j.get("max").intValue()).isEqualTo(44);
    }

    @Test
    void circularShiftWrapsAround() throws Exception {
        JsonNode j = homeworkJson("--shift", "-3", "--circular", "--json");
        // shifted left by 3 with wrap: 1,2,3,5,6,7,8
        assertThat(doubles(j.get("output"))).containsExactly(14, 23, 31, 38, 44);
        assertThat(j.get("argmax").intValue()).isEqualTo(4);
    }

    @Test
    void modesAndPaddingMatchTheCoreExactly() throws Exception {
        double[] sig = {6, 7, 8, 1, 2, 3, 5};
        double[] ker = {1, 2, 3};
        for (MatchMode m : MatchMode.values()) {
            for (String pad : new String[] {"valid", "same", "full", "2"}) {
                JsonNode j = homeworkJson("--mode", m.id(), "--padding", pad, "--json");
                double[] expected = Correlation1D.correlate(sig, ker, m, Padding.parse(pad));
                assertThat(doubles(j.get("output"))).as(m + " " + pad).containsExactly(expected);
                int argmax = Correlation1D.argmax(expected);
                assertThat(j.get("argmax").intValue()).isEqualTo(argmax);
                assertThat(j.get("max").doubleValue()).isEqualTo(expected[argmax]);
            }
        }
    }

    @Test
    void nonIntegerOutputIsTheShortestExactDecimal() throws Exception {
        CliRun r = CliRun.of("conv1d", "--signal", "0.1,0.2", "--kernel", "1,1", "--json");
        // 0.1 + 0.2 is 0.30000000000000004 in binary floating point; the JSON says so rather than
        // hiding it
        assertThat(r.out()).contains("\"output\": [0.30000000000000004]");
    }

    @Test
    void summaryShowsTheSignalsAlignedAndTheArithmeticOfTheMaximum() {
        CliRun r = homework();
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("index    0   1   2   3   4  5  6\n")
                .contains("signal   6   7   8   1   2  3  5\n")
                .contains("kernel   1   2   3\n")
                .contains("output  44  26  16  14  23\n")
                .contains("First maximum: output[0] = 44\n")
                .contains("output[0] = 6*1 + 7*2 + 8*3 = 44");
    }

    @Test
    void summaryListsTiesOfTheMaximum() {
        CliRun r = homework("--mode", "ncc");
        // [6, 7, 8] is [1, 2, 3] brightened by 5: NCC ignores that, so both windows match perfectly
        assertThat(r.out()).contains("First maximum: output[0] = 1 (tied at 0, 3)\n");
        CliRun ssd = homework("--mode", "ssd");
        assertThat(ssd.out())
                .contains("output  -75  -76  -51  0  -6\n")
                .contains("First maximum: output[3] = 0\n");
    }

    @Test
    void summaryOfAShiftSaysHowTheSignalMoved() {
        CliRun r = homework("--shift", "1", "--padding", "same");
        assertThat(r.out())
                .contains("The signal moved 1 place right, filling with zeros.")
                .contains(
                        "padding same (1 zero before, 1 zero after); output[i] reads shifted[i-1 .. i+1]")
                .contains("shifted   0   6   7   8   1   2   3\n")
                .contains("before   33  44  26  16  14  23  13\n")
                .contains("output   18  33  44  26  16  14   8\n")
                .contains(
                        "output[i] = before[i-1] at 5 of the 6 positions where both exist; the others differ"
                                + " because values entered or left at the edges.");
        CliRun inside = homework("--shift", "2");
        assertThat(inside.out())
                .contains(
                        "output[i] = before[i-2] at all 3 positions where both exist: the response moves"
                                + " with the pattern (equivariance); it does not stay in place.");
        CliRun edge = homework("--shift", "2", "--padding", "same");
        assertThat(edge.out())
                .contains(
                        "output[i] = before[i-2] at 4 of the 5 positions where both exist; the others differ"
                                + " because values entered or left at the edges.");
    }
}
