package org.convlab.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.convlab.conv.Workspace;
import org.junit.jupiter.api.Test;

/** {@code convolution.groups}: read, written only when not 1, refused in one line. */
class WorkspaceGroupsTest {
    private static final Path VALID = Path.of("src/test/resources/workspaces/valid");

    private static String rgb(String weights, String conv) {
        return "{\"format\": \"convlab-workspace\", \"version\": 1, \"image\": {\"pixels\": "
                + "[[[1, 2], [3, 4]], [[5, 6], [7, 8]], [[9, 10], [11, 12]]]}, \"filters\": ["
                + weights
                + "], \"convolution\": "
                + conv
                + "}";
    }

    @Test
    void aDepthwiseFileReadsAndRoundTrips() throws Exception {
        Workspace ws = WorkspaceReader.read(VALID.resolve("rgb-depthwise.json"));
        assertThat(ws.convolution().groups()).isEqualTo(3);
        assertThat(ws.filters().get(1).filter().channels()).isEqualTo(1);
        String written = WorkspaceWriter.write(ws);
        assertThat(written).contains("\"groups\": 3");
        assertThat(WorkspaceReader.read(written)).isEqualTo(ws);
    }

    @Test
    void standardFilesKeepTheirBytes() throws Exception {
        for (String name : new String[] {"rgb-minimal.json", "chevron-detector.json"}) {
            Workspace ws = WorkspaceReader.read(VALID.resolve(name));
            assertThat(ws.convolution().groups()).isEqualTo(1);
            String written = WorkspaceWriter.write(ws);
            assertThat(written).doesNotContain("groups");
            assertThat(WorkspaceWriter.write(WorkspaceReader.read(written))).isEqualTo(written);
        }
        assertThat(Files.readString(VALID.resolve("chevron-detector.json")))
                .doesNotContain("groups");
    }

    @Test
    void aOneSliceFilterMayBePlainOrNested() throws Exception {
        Workspace plain =
                WorkspaceReader.read(
                        rgb(
                                "{\"weights\": [[1]]}, {\"weights\": [[2]]}, {\"weights\": [[3]]}",
                                "{\"groups\": 3}"));
        Workspace nested =
                WorkspaceReader.read(
                        rgb(
                                "{\"weights\": [[[1]]]}, {\"weights\": [[[2]]]},"
                                        + " {\"weights\": [[[3]]]}",
                                "{\"groups\": 3}"));
        assertThat(nested).isEqualTo(plain);
    }

    @Test
    void groupsThatDoNotFitAreRefusedWithTheField() {
        assertThatThrownBy(
                        () -> WorkspaceReader.read(rgb("{\"weights\": [[1]]}", "{\"groups\": 2}")))
                .hasMessage(
                        "convolution.groups: 2 groups do not divide the 3 input channel(s); the"
                                + " groups must divide the channels");
        assertThatThrownBy(
                        () ->
                                WorkspaceReader.read(
                                        rgb(
                                                "{\"weights\": [[1]]}, {\"weights\": [[1]]}",
                                                "{\"groups\": 3}")))
                .hasMessage(
                        "convolution.groups: 2 filter(s) do not split into 3 groups; the number of"
                                + " filters must be a multiple of the groups");
        assertThatThrownBy(
                        () ->
                                WorkspaceReader.read(
                                        rgb(
                                                "{\"weights\": [[[1]], [[1]], [[1]]]}",
                                                "{\"groups\": 3}")))
                .hasMessage(
                        "filters[0].weights has 3 slice(s) but with 3 groups each filter reads 1"
                                + " of the image's 3 channels; give it 1 slice(s)");
        assertThatThrownBy(() -> WorkspaceReader.read(rgb("", "{\"groups\": 0}")))
                .hasMessage("convolution.groups must be at least 1, got 0");
        assertThatThrownBy(() -> WorkspaceReader.read(rgb("", "{\"groups\": 1.5}")))
                .hasMessageStartingWith("convolution.groups must be a whole number");
    }
}
