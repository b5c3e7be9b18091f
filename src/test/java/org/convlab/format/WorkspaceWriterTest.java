package org.convlab.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convlab.conv.Activation;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Padding;
import org.convlab.conv.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceWriterTest {
    private static final Path VALID = Path.of("src/test/resources/workspaces/valid");

    private static Workspace small() {
        return Workspace.of(
                Image.ofRows(new double[][] {{0, 1}, {0.5, -2}}),
                List.of(
                        new FilterSpec(
                                "edge", Filter.ofRows(new double[][] {{1, -1}}, 0.25), 2, 1, -1)));
    }

    @Test
    void writesTheDocumentedLayoutExactly() {
        assertThat(WorkspaceWriter.write(small()))
                .isEqualTo(
                        """
                {
                  "format": "convlab-workspace",
                  "version": 1,
                  "image": {
                    "height": 2,
                    "width": 2,
                    "channels": 1,
                    "pixels": [
                      [0, 1],
                      [0.5, -2]
                    ]
                  },
                  "filters": [
                    {
                      "name": "edge",
                      "weights": [
                        [1, -1]
                      ],
                      "bias": 0.25,
                      "gain": 2,
                      "offset": {"dx": 1, "dy": -1}
                    }
                  ],
                  "convolution": {"padding": "valid", "stride": 1, "dilation": 1, "flip": false},
                  "matching": "raw",
                  "activation": "none"
                }
                """);
    }

    @Test
    void samplesSurviveARoundTrip() throws Exception {
        for (String name : new String[] {"chevron-detector.json", "rgb-minimal.json"}) {
            Workspace ws = WorkspaceReader.read(VALID.resolve(name));
            assertThat(WorkspaceReader.read(WorkspaceWriter.write(ws))).as(name).isEqualTo(ws);
        }
    }

    @Test
    void chevronSampleIsWrittenBackByteForByte() throws Exception {
        String text = Files.readString(VALID.resolve("chevron-detector.json"));
        assertThat(WorkspaceWriter.write(WorkspaceReader.read(text))).isEqualTo(text);
    }

    @Test
    void everySettingSurvivesARoundTrip() throws Exception {
        Workspace ws =
                small().withConvolution(new ConvSettings(Padding.explicit(3), 2, 3, true))
                        .withMatching(MatchMode.NCC)
                        .withActivation(Activation.RELU);
        assertThat(WorkspaceReader.read(WorkspaceWriter.write(ws))).isEqualTo(ws);
        assertThat(WorkspaceWriter.write(ws))
                .contains(
                        "\"convolution\": {\"padding\": 3, \"stride\": 2, \"dilation\": 3, \"flip\": true}");
        Workspace same = ws.withConvolution(ConvSettings.DEFAULT.withPadding(Padding.SAME));
        assertThat(WorkspaceReader.read(WorkspaceWriter.write(same))).isEqualTo(same);
    }

    @Test
    void awkwardDoublesReadBackAsTheSameDoubles() throws Exception {
        double[] values = {
            0.1,
            1.0 / 3,
            -0.0,
            1e-7,
            1e20,
            2e23,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            -123456.789,
            4.35
        };
        Workspace ws =
                Workspace.of(
                        Image.of(1, values.length, 1, values),
                        List.of(
                                FilterSpec.plain(
                                        "A", Filter.of(1, 1, 1, new double[] {0.3}, -0.1))));
        String text = WorkspaceWriter.write(ws);
        assertThat(WorkspaceReader.read(text)).isEqualTo(ws);
        assertThat(text)
                .contains(
                        "[0.1, 0.3333333333333333, -0.0, 1.0E-7, 1.0E20, 2.0E23, 4.9E-324, 1.7976931348623157E308, -123456.789, 4.35]");
    }

    @Test
    void wholeNumbersAreWrittenAsIntegers() {
        String text =
                WorkspaceWriter.write(
                        Workspace.of(
                                Image.ofRows(new double[][] {{3, -7, 1e14}}),
                                List.of(
                                        FilterSpec.plain(
                                                "A", Filter.of(1, 1, 1, new double[] {2}, 5)))));
        assertThat(text)
                .contains("[3, -7, 100000000000000]")
                .contains("\"bias\": 5")
                .doesNotContain(".0,");
    }

    @Test
    void extrasAreWrittenBackSortedAfterTheFormatFields() throws Exception {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("zoom", 3.0);
        view.put("cells", List.of(1, 2, 3));
        view.put("note", null);
        Workspace ws =
                small().withExtras(Map.of("view", view, "author", "Ada", "big", 12345678901234L));
        String text = WorkspaceWriter.write(ws);
        assertThat(text)
                .containsSubsequence(
                        "\"activation\": \"none\"",
                        "\"author\": \"Ada\"",
                        "\"big\": 12345678901234",
                        "\"view\": {",
                        "\"zoom\": 3.0,",
                        "\"cells\": [1, 2, 3],",
                        "\"note\": null");
        assertThat(WorkspaceReader.read(text)).isEqualTo(ws);
    }

    @Test
    void writingTwiceGivesTheSameText() throws Exception {
        Workspace ws = WorkspaceReader.read(VALID.resolve("chevron-detector.json"));
        assertThat(WorkspaceWriter.write(ws))
                .isEqualTo(WorkspaceWriter.write(WorkspaceReader.read(WorkspaceWriter.write(ws))));
    }

    @Test
    void extraNamedLikeAFormatFieldIsRefused() {
        Workspace ws = small().withExtras(Map.of("image", "x"));
        assertThatThrownBy(() -> WorkspaceWriter.write(ws))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "extra field image has the name of a format field; extras need names of their own");
    }

    @Test
    void workspaceTheReaderWouldRefuseIsNotWritten() {
        Workspace tooBigKernel =
                Workspace.of(
                        Image.ofRows(new double[][] {{1, 2}}),
                        List.of(FilterSpec.plain("A", Filter.ofRows(new double[][] {{1, 1, 1}}))));
        assertThatThrownBy(() -> WorkspaceWriter.write(tooBigKernel))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "filters[0].weights: the kernel (1×3 cells with dilation 1) is larger than the padded input (1×2)");
        List<FilterSpec> many =
                java.util.Collections.nCopies(
                        33, FilterSpec.plain("A", Filter.ofRows(new double[][] {{1}})));
        Workspace tooMany = small().withFilters(many);
        assertThatThrownBy(() -> WorkspaceWriter.write(tooMany))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("filters has 33 entries; at most 32 filters are allowed");
        Workspace wideStride = small().withConvolution(ConvSettings.DEFAULT.withStride(65));
        assertThatThrownBy(() -> WorkspaceLimits.check(wideStride))
                .isInstanceOf(WorkspaceFormatException.class)
                .hasMessage("convolution.stride is 65; at most 64 is allowed");
    }

    @Test
    void extraThatJsonCannotHoldIsRefusedByName() {
        Workspace ws = small().withExtras(Map.of("view", Map.of("zoom", Double.NaN)));
        assertThatThrownBy(() -> WorkspaceWriter.write(ws))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extra field view.zoom is NaN; JSON holds only finite numbers");
    }

    @Test
    void namesWithQuotesBackslashesAndControlCharactersSurvive() throws Exception {
        String name = "say \"hi\" \\ back\nslash\t\u0001 ünïcødé 😀";
        Workspace ws = small().withFilter(0, small().filters().get(0).withName(name));
        String text = WorkspaceWriter.write(ws);
        assertThat(text)
                .contains("\"name\": \"say \\\"hi\\\" \\\\ back\\nslash\\t\\u0001 ünïcødé 😀\"");
        assertThat(WorkspaceReader.read(text).filters().get(0).name()).isEqualTo(name);
    }

    @Test
    void writeToPathWritesUtf8Text(@TempDir Path dir) throws Exception {
        Workspace ws = small().withFilter(0, small().filters().get(0).withName("Kante ×"));
        Path file = dir.resolve("w.json");
        WorkspaceWriter.write(ws, file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(WorkspaceWriter.write(ws));
        assertThat(WorkspaceReader.read(file)).isEqualTo(ws);
    }
}
