package org.convlab.viewmodel.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.convlab.conv.Detection;
import org.convlab.conv.Workspace;
import org.convlab.format.WorkspaceCodec;
import org.convlab.format.WorkspaceFormatException;
import org.junit.jupiter.api.Test;

class ExamplesTest {
    @Test
    void bundledCopiesAreIdenticalToTheAssetsAndToTheGenerator() throws IOException {
        for (Map.Entry<String, Workspace> e : ExampleWorkspaces.all().entrySet()) {
            String asset = Files.readString(ExampleWorkspaces.ASSETS.resolve(e.getKey()));
            String bundled = Files.readString(ExampleWorkspaces.RESOURCES.resolve(e.getKey()));
            assertThat(bundled).as(e.getKey()).isEqualTo(asset);
            assertThat(asset)
                    .as(e.getKey() + " is what ExampleWorkspaces.main writes")
                    .isEqualTo(ExampleWorkspaces.format(e.getValue()));
        }
    }

    @Test
    void everyMenuEntryLoadsFromTheResources() throws IOException, WorkspaceFormatException {
        assertThat(Example.ALL)
                .extracting(Example::fileName)
                .containsExactlyInAnyOrderElementsOf(ExampleWorkspaces.all().keySet());
        for (Example ex : Example.ALL) {
            assertThat(WorkspaceCodec.json().read(ex.text()))
                    .as(ex.fileName())
                    .isEqualTo(ExampleWorkspaces.all().get(ex.fileName()));
        }
    }

    @Test
    void homeworkDetectorFindsTheXAndOnlyThere() {
        Detection d = Detection.of(ExampleWorkspaces.homework());
        assertThat(d.argmax().max()).isEqualTo(10);
        assertThat(d.argmax().ties()).hasSize(1);
        assertThat(d.window().top()).isEqualTo(14);
        assertThat(d.window().left()).isEqualTo(14);
        double secondBest = Double.NEGATIVE_INFINITY;
        for (int y = 0; y < d.combined().height(); y++) {
            for (int x = 0; x < d.combined().width(); x++) {
                if (y + d.combined().top() != 14 || x + d.combined().left() != 14) {
                    secondBest = Math.max(secondBest, d.combined().value(y, x));
                }
            }
        }
        assertThat(secondBest).as("a streak plus a stray cell at most: 5 + 1").isEqualTo(6);
    }

    @Test
    void chevronNeedsTheOffset() {
        Workspace ws = ExampleWorkspaces.chevron();
        Detection with = Detection.of(ws);
        assertThat(with.argmax().max()).isEqualTo(6);
        assertThat(with.argmax().ties()).hasSize(1);
        assertThat(with.window()).isEqualTo(new org.convlab.conv.Window(5, 13, 3, 5));
        Workspace plain = ws.withFilter(1, ws.filters().get(1).withOffset(0, 0));
        Detection without = Detection.of(plain);
        assertThat(without.argmax().max()).isEqualTo(6);
        assertThat(without.window())
                .as("without the offset the X wins")
                .isEqualTo(new org.convlab.conv.Window(12, 4, 3, 3));
    }

    @Test
    void redFilterSumsOverChannels() {
        Detection d = Detection.of(ExampleWorkspaces.rgbPatches());
        assertThat(d.argmax().max()).isEqualTo(9);
        assertThat(d.window()).isEqualTo(new org.convlab.conv.Window(2, 2, 3, 3));
        assertThat(d.responses().get(0).get(2, 8)).isEqualTo(-9);
        assertThat(d.responses().get(0).get(7, 4)).as("white: 9 − 9 − 9").isEqualTo(-9);
        assertThat(d.responses().get(0).get(7, 12)).as("yellow: 9 − 9 + 0").isEqualTo(0);
    }
}
