package org.convlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convlab.conv.Detection;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Workspace;
import org.convlab.format.WorkspaceReader;
import org.convlab.format.WorkspaceWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHEVRON =
            "src/test/resources/workspaces/valid/chevron-detector.json";

    private static JsonNode json(String file) throws Exception {
        CliRun r = CliRun.of("detect", file, "--json");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void chevronIsFoundWhereItWasDrawn() throws Exception {
        JsonNode j = json(CHEVRON);
        assertThat(j.get("max").isIntegralNumber()).isTrue();
        assertThat(j.get("max").intValue()).isEqualTo(4);
        assertThat(j.at("/argmax/row").intValue()).isEqualTo(1);
        assertThat(j.at("/argmax/col").intValue()).isEqualTo(1);
        assertThat(j.get("ties").toString()).isEqualTo("[[1,1]]");
        assertThat(j.get("window").toString())
                .isEqualTo("{\"top\":1,\"left\":1,\"height\":2,\"width\":5}");
        assertThat(j.get("combined").toString())
                .isEqualTo(
                        "{\"top\":0,\"left\":0,\"height\":5,\"width\":2,\"values\":[[1,0],[0,4],[2,0],[0,0],[1,0]]}");
        assertThat(j.at("/responses/0/name").textValue()).isEqualTo("down-stroke");
        assertThat(j.at("/responses/1/name").textValue()).isEqualTo("up-stroke");
        assertThat(j.at("/responses/1/values/1").toString()).isEqualTo("[1,0,1,0,2]");
    }

    @Test
    void jsonMatchesTheCoreDetectionValueForValue() throws Exception {
        for (String file :
                new String[] {CHEVRON, "src/test/resources/workspaces/valid/rgb-minimal.json"}) {
            Detection d = Detection.of(WorkspaceReader.read(Path.of(file)));
            JsonNode j = json(file);
            assertThat(j.get("responses")).hasSize(d.responses().size());
            for (int k = 0; k < d.responses().size(); k++) {
                JsonNode r = j.get("responses").get(k);
                assertThat(r.get("height").intValue()).isEqualTo(d.responses().get(k).height());
                assertThat(r.get("width").intValue()).isEqualTo(d.responses().get(k).width());
                for (int y = 0; y < d.responses().get(k).height(); y++) {
                    for (int x = 0; x < d.responses().get(k).width(); x++) {
                        assertThat(r.get("values").get(y).get(x).doubleValue())
                                .isEqualTo(d.responses().get(k).get(y, x));
                    }
                }
            }
            assertThat(j.get("max").doubleValue()).isEqualTo(d.argmax().max());
            assertThat(j.at("/combined/values/0/0").doubleValue())
                    .isEqualTo(d.combined().value(0, 0));
        }
    }

    @Test
    void tiesAreListedInRowMajorOrderInTheMapsFrame(@TempDir Path dir) throws Exception {
        Workspace ws =
                Workspace.of(
                        Image.ofRows(new double[][] {{1, 0, 1}, {0, 0, 0}, {1, 0, 0}}),
                        List.of(FilterSpec.plain("dot", Filter.ofRows(new double[][] {{1}}))));
        Path file = dir.resolve("ties.json");
        WorkspaceWriter.write(ws, file);
        JsonNode j = json(file.toString());
        assertThat(j.get("ties").toString()).isEqualTo("[[0,0],[0,2],[2,0]]");
        assertThat(j.get("argmax").toString()).isEqualTo("{\"row\":0,\"col\":0}");
        CliRun text = CliRun.of("detect", file.toString());
        assertThat(text.out())
                .contains(
                        "Maximum 1 at row 0, column 0 (the first of 3 tying positions in row-major order: (0, 0), (0, 2), (2, 0))");
    }

    @Test
    void summaryDrawsSmallMapsWithIndices() {
        CliRun r = CliRun.of("detect", CHEVRON);
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("Response R1 of filter 'down-stroke' (2x2x1, bias 0): 5 x 5")
                .contains("  1 | 0 2 0 1 0\n")
                .contains("Detector D[y][x] = 1*R1[y][x] + 1*R2[y][x+3]")
                .contains("defined on rows 0..4, columns 0..1 (5 x 2)")
                .contains("Maximum 4 at row 1, column 1 (the only position with this value)")
                .contains("It reads input rows 1..2, columns 1..5 (2 x 5 cells)");
    }

    @Test
    void bigMapsAreSummarisedNotDrawnAndRoundedValuesAreFlagged(@TempDir Path dir)
            throws Exception {
        double[] px = new double[30 * 30];
        for (int i = 0; i < px.length; i++) {
            px[i] = (i % 7) / 3.0;
        }
        Workspace big =
                Workspace.of(
                        Image.of(30, 30, 1, px),
                        List.of(FilterSpec.plain("A", Filter.ofRows(new double[][] {{1}}))));
        Path file = dir.resolve("big.json");
        WorkspaceWriter.write(big, file);
        assertThat(CliRun.of("detect", file.toString()).out())
                .contains(
                        "(not drawn: larger than 24 x 24; values from 0 to 2; --json gives every value)");
        Workspace small =
                Workspace.of(
                        Image.ofRows(new double[][] {{1.0 / 3, 0.5}}),
                        List.of(FilterSpec.plain("A", Filter.ofRows(new double[][] {{1}}))));
        Path smallFile = dir.resolve("small.json");
        WorkspaceWriter.write(small.withMatching(MatchMode.RAW), smallFile);
        assertThat(CliRun.of("detect", smallFile.toString()).out())
                .contains("0 | 0.333   0.5\n")
                .contains(
                        "Values in the drawn maps are rounded to 3 decimals; --json gives them exactly.");
        assertThat(CliRun.of("detect", smallFile.toString(), "--json").out())
                .contains("[0.3333333333333333, 0.5]");
    }

    @Test
    void windowThatStartsInThePaddingHasNegativeCoordinates(@TempDir Path dir) throws Exception {
        Workspace ws =
                Workspace.of(
                                Image.ofRows(new double[][] {{5, 0}, {0, 0}}),
                                List.of(
                                        FilterSpec.plain(
                                                "A",
                                                Filter.ofRows(
                                                        new double[][] {
                                                            {0, 0, 0}, {0, 1, 0}, {0, 0, 0}
                                                        }))))
                        .withConvolution(
                                org.convlab.conv.ConvSettings.DEFAULT.withPadding(
                                        org.convlab.conv.Padding.SAME));
        Path file = dir.resolve("pad.json");
        WorkspaceWriter.write(ws, file);
        JsonNode j = json(file.toString());
        assertThat(j.get("argmax").toString()).isEqualTo("{\"row\":0,\"col\":0}");
        assertThat(j.get("window").toString())
                .isEqualTo("{\"top\":-1,\"left\":-1,\"height\":3,\"width\":3}");
        assertThat(CliRun.of("detect", file.toString()).out())
                .contains(
                        "It reads input rows -1..1, columns -1..1 (3 x 3 cells, partly in the zero padding)");
    }

    @Test
    void emptyFilterBankIsRefusedWithExitTwo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("empty-bank.json");
        Files.writeString(
                file,
                "{\"format\": \"convlab-workspace\", \"version\": 1, \"image\": {\"pixels\": [[1]]}, \"filters\": []}");
        CliRun r = CliRun.of("detect", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .isEqualTo(
                        "convlab detect: "
                                + file
                                + ": the filter bank is empty; add a filter to see a response\n");
    }
}
