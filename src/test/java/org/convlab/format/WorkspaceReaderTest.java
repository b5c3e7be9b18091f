package org.convlab.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

class WorkspaceReaderTest {
    private static final Path VALID = Path.of("src/test/resources/workspaces/valid");

    private static String minimal(String image, String filters, String rest) {
        return "{\"format\": \"convlab-workspace\", \"version\": 1, \"image\": "
                + image
                + ", \"filters\": "
                + filters
                + (rest.isEmpty() ? "" : ", " + rest)
                + "}";
    }

    @Test
    void chevronSampleReadsEveryField() throws WorkspaceFormatException {
        Workspace ws = WorkspaceReader.read(VALID.resolve("chevron-detector.json"));
        assertThat(ws.image().height()).isEqualTo(6);
        assertThat(ws.image().width()).isEqualTo(6);
        assertThat(ws.image().channels()).isEqualTo(1);
        assertThat(ws.image().get(0, 1, 5)).isEqualTo(1);
        assertThat(ws.image().get(0, 5, 0)).isEqualTo(1);
        assertThat(ws.filters())
                .extracting(FilterSpec::name)
                .containsExactly("down-stroke", "up-stroke");
        assertThat(ws.filters().get(0).filter())
                .isEqualTo(Filter.ofRows(new double[][] {{1, 0}, {0, 1}}));
        assertThat(ws.filters().get(1).dx()).isEqualTo(3);
        assertThat(ws.filters().get(1).dy()).isZero();
        assertThat(ws.convolution()).isEqualTo(ConvSettings.DEFAULT);
        assertThat(ws.matching()).isEqualTo(MatchMode.RAW);
        assertThat(ws.activation()).isEqualTo(Activation.RELU);
        assertThat(ws.extras())
                .isEqualTo(
                        Map.of(
                                "view",
                                Map.of("screen", "detector", "zoom", 2.5, "showNumbers", true)));
    }

    @Test
    void minimalRgbSampleTakesTheDefaults() throws WorkspaceFormatException {
        Workspace ws = WorkspaceReader.read(VALID.resolve("rgb-minimal.json"));
        assertThat(ws.image().channels()).isEqualTo(3);
        assertThat(ws.image().height()).isEqualTo(3);
        assertThat(ws.image().width()).isEqualTo(4);
        // planar [c][y][x]: channel 1, row 1, column 0
        assertThat(ws.image().get(1, 1, 0)).isEqualTo(0.75);
        assertThat(ws.image().get(0, 1, 1)).isEqualTo(0.1);
        FilterSpec f = ws.filters().get(0);
        assertThat(f.name()).isEqualTo("A");
        assertThat(f.filter().bias()).isZero();
        assertThat(f.gain()).isEqualTo(1);
        assertThat(f.dx()).isZero();
        assertThat(f.filter().get(2, 1, 1)).isEqualTo(0.4);
        assertThat(ws.convolution()).isEqualTo(ConvSettings.DEFAULT);
        assertThat(ws.matching()).isEqualTo(MatchMode.RAW);
        assertThat(ws.activation()).isEqualTo(Activation.NONE);
        assertThat(ws.extras()).isEmpty();
    }

    @Test
    void unnamedFiltersAreLetteredInOrder() throws WorkspaceFormatException {
        Workspace ws =
                WorkspaceReader.read(
                        minimal(
                                "{\"pixels\": [[1, 2], [3, 4]]}",
                                "[{\"weights\": [[1]]}, {\"weights\": [[2]]}, {\"name\": \"edge\", \"weights\": [[3]]}]",
                                ""));
        assertThat(ws.filters()).extracting(FilterSpec::name).containsExactly("A", "B", "edge");
    }

    @Test
    void utf8ByteOrderMarkIsAcceptedInBytesAndText() throws Exception {
        String json = minimal("{\"pixels\": [[1, 2], [3, 4]]}", "[{\"weights\": [[1]]}]", "");
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Workspace plain = WorkspaceReader.read(json);
        assertThat(WorkspaceReader.read(new ByteArrayInputStream(withBom))).isEqualTo(plain);
        assertThat(WorkspaceReader.read("\uFEFF" + json)).isEqualTo(plain);
    }

    @Test
    void oneChannelAcceptsBothPlainAndNestedArrays() throws WorkspaceFormatException {
        Workspace plain =
                WorkspaceReader.read(
                        minimal("{\"pixels\": [[1, 2], [3, 4]]}", "[{\"weights\": [[1, 0]]}]", ""));
        Workspace nested =
                WorkspaceReader.read(
                        minimal(
                                "{\"channels\": 1, \"pixels\": [[[1, 2], [3, 4]]]}",
                                "[{\"weights\": [[[1, 0]]]}]",
                                ""));
        assertThat(nested).isEqualTo(plain);
        assertThat(plain.image()).isEqualTo(Image.ofRows(new double[][] {{1, 2}, {3, 4}}));
    }

    @Test
    void paddingAcceptsNamesNumbersAndNumericText() throws WorkspaceFormatException {
        String img = "{\"pixels\": [[1, 2, 3], [4, 5, 6], [7, 8, 9]]}";
        String f = "[{\"weights\": [[1, 1], [1, 1]]}]";
        assertThat(
                        WorkspaceReader.read(
                                        minimal(img, f, "\"convolution\": {\"padding\": \"same\"}"))
                                .convolution()
                                .padding())
                .isEqualTo(Padding.SAME);
        assertThat(
                        WorkspaceReader.read(minimal(img, f, "\"convolution\": {\"padding\": 2}"))
                                .convolution()
                                .padding())
                .isEqualTo(Padding.explicit(2));
        assertThat(
                        WorkspaceReader.read(
                                        minimal(img, f, "\"convolution\": {\"padding\": \"1\"}"))
                                .convolution()
                                .padding())
                .isEqualTo(Padding.explicit(1));
    }

    @Test
    void allSettingsAreRead() throws WorkspaceFormatException {
        Workspace ws =
                WorkspaceReader.read(
                        minimal(
                                "{\"pixels\": [[1, 2, 3], [4, 5, 6], [7, 8, 9]]}",
                                "[{\"weights\": [[1, -1], [2, 0.5]], \"bias\": -1.5, \"gain\": 2, \"offset\": {\"dx\": -1, \"dy\": 1}}]",
                                "\"convolution\": {\"padding\": \"full\", \"stride\": 2, \"dilation\": 2, \"flip\": true},"
                                        + " \"matching\": \"zero-mean\", \"activation\": \"relu\""));
        assertThat(ws.convolution()).isEqualTo(new ConvSettings(Padding.FULL, 2, 2, true));
        assertThat(ws.matching()).isEqualTo(MatchMode.ZERO_MEAN);
        assertThat(ws.activation()).isEqualTo(Activation.RELU);
        FilterSpec f = ws.filters().get(0);
        assertThat(f.filter()).isEqualTo(Filter.ofRows(new double[][] {{1, -1}, {2, 0.5}}, -1.5));
        assertThat(f.gain()).isEqualTo(2);
        assertThat(f.dx()).isEqualTo(-1);
        assertThat(f.dy()).isEqualTo(1);
    }

    @Test
    void emptyFilterBankIsAValidWorkspace() throws WorkspaceFormatException {
        assertThat(WorkspaceReader.read(minimal("{\"pixels\": [[1]]}", "[]", "")).filters())
                .isEmpty();
    }

    @Test
    void unknownTopLevelFieldsBecomeExtrasInFileOrder() throws WorkspaceFormatException {
        Workspace ws =
                WorkspaceReader.read(
                        minimal(
                                "{\"pixels\": [[1]]}",
                                "[]",
                                "\"zeta\": [1, 2.0, \"x\", null, {\"b\": 1, \"a\": 2}], \"alpha\": 12345678901, \"dropped\": null"));
        assertThat(ws.extras()).containsOnlyKeys("zeta", "alpha");
        assertThat(ws.extras().get("alpha")).isEqualTo(12345678901L);
        @SuppressWarnings("unchecked")
        List<Object> zeta = (List<Object>) ws.extras().get("zeta");
        assertThat(zeta).containsExactly(1, 2.0, "x", null, Map.of("b", 1, "a", 2));
        assertThat(List.copyOf(((Map<?, ?>) zeta.get(4)).keySet())).isEqualTo(List.of("b", "a"));
    }

    @Test
    void missingFileIsRefusedByName(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        assertThatThrownBy(() -> WorkspaceReader.read(missing))
                .isInstanceOf(WorkspaceFormatException.class)
                .hasMessage("file not found: " + missing);
    }

    @Test
    void folderIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> WorkspaceReader.read(dir))
                .isInstanceOf(WorkspaceFormatException.class)
                .hasMessage(dir + " is a folder, not a workspace file");
    }

    @Test
    void fileOverSixtyFourMebibytesIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(WorkspaceLimits.MAX_FILE_BYTES + 1);
        }
        assertThatThrownBy(() -> WorkspaceReader.read(big))
                .isInstanceOf(WorkspaceFormatException.class)
                .hasMessage(
                        "the file has 67108865 bytes; workspace files may be at most 67108864 bytes (64 MiB)");
    }

    @Test
    void responseMapsOverTheLimitAreRefusedBeforeComputing() {
        // A 64×64 kernel dilated 64 times spans 4033 cells; with full padding a 200×200 image gives
        // 4232 × 4232.
        StringBuilder row = new StringBuilder("[");
        for (int i = 0; i < 64; i++) {
            row.append(i == 0 ? "1" : ", 1");
        }
        row.append(']');
        StringBuilder k = new StringBuilder("[");
        for (int i = 0; i < 64; i++) {
            k.append(i == 0 ? "" : ", ").append(row);
        }
        k.append(']');
        StringBuilder img = new StringBuilder("[");
        for (int y = 0; y < 200; y++) {
            img.append(y == 0 ? "[" : ", [").append("0, ".repeat(199)).append("1]");
        }
        img.append(']');
        String json =
                minimal(
                        "{\"pixels\": " + img + "}",
                        "[{\"weights\": " + k + "}]",
                        "\"convolution\": {\"padding\": \"full\", \"dilation\": 64}");
        assertThatThrownBy(() -> WorkspaceReader.read(json))
                .isInstanceOf(WorkspaceFormatException.class)
                .hasMessage(
                        "padding full with dilation 64 makes filters[0]'s map 4,232 × 4,232 and its row buffers"
                                + " 9.15 GB; the limit is 64.0 MB");
    }

    @Test
    void readsAWorkspaceItBuiltItselfFromText() throws WorkspaceFormatException {
        Workspace expected =
                Workspace.of(
                        Image.ofRows(new double[][] {{0, 1}, {1, 0}}),
                        List.of(FilterSpec.plain("A", Filter.ofRows(new double[][] {{1}}))));
        assertThat(
                        WorkspaceReader.read(
                                minimal(
                                        "{\"height\": 2, \"width\": 2, \"channels\": 1, \"pixels\": [[0, 1], [1, 0]]}",
                                        "[{\"name\": \"A\", \"weights\": [[1]]}]",
                                        "")))
                .isEqualTo(expected);
    }

    @Test
    void wholeNumberWrittenAsDecimalCountsForSizes() throws WorkspaceFormatException {
        Workspace ws =
                WorkspaceReader.read(
                        minimal(
                                "{\"height\": 2.0, \"pixels\": [[0, 1], [1, 0]]}",
                                "[]",
                                "\"convolution\": {\"stride\": 2.0}"));
        assertThat(ws.convolution().stride()).isEqualTo(2);
    }

    @Test
    void sizesBeyondAnyIntAreRefusedAsTooLarge() {
        String img = "{\"pixels\": [[1, 2], [3, 4]]}";
        assertThatThrownBy(
                        () ->
                                WorkspaceReader.read(
                                        minimal(
                                                img,
                                                "[]",
                                                "\"convolution\": {\"stride\": 99999999999}")))
                .hasMessage("convolution.stride is 99999999999, far too large");
        assertThatThrownBy(
                        () ->
                                WorkspaceReader.read(
                                        minimal(img, "[]", "\"convolution\": {\"stride\": 1e300}")))
                .hasMessage("convolution.stride is 1.0E300, far too large");
        assertThatThrownBy(
                        () ->
                                WorkspaceReader.read(
                                        minimal(img, "[]", "\"convolution\": {\"dilation\": 2.5}")))
                .hasMessage("convolution.dilation must be a whole number, got 2.5");
        assertThatThrownBy(
                        () ->
                                WorkspaceReader.read(
                                        minimal(img, "[]", "\"convolution\": {\"padding\": 5000}")))
                .hasMessage("convolution.padding is 5000; at most 1024 is allowed");
    }

    @Test
    void readFromFileMatchesReadFromText(@TempDir Path dir) throws Exception {
        String text = Files.readString(VALID.resolve("chevron-detector.json"));
        Path copy = dir.resolve("copy.json");
        Files.writeString(copy, text);
        assertThat(WorkspaceReader.read(copy)).isEqualTo(WorkspaceReader.read(text));
    }
}
