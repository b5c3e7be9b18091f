package org.convlab.viewmodel.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.convlab.conv.Filter;
import org.convlab.conv.Image;
import org.convlab.conv.Padding;
import org.convlab.conv.Workspace;
import org.convlab.format.WorkspaceCodec;
import org.junit.jupiter.api.Test;

class WorkspaceEditsTest {
    private final Workspace start = DocumentViewModelTest.start();

    @Test
    void colourImageCopiesEachKernelOntoEveryChannel() {
        Image rgb = Image.zeros(8, 8, 3);
        WorkspaceEdits.Result r = WorkspaceEdits.withImage(start, rgb);
        Filter a = r.workspace().filters().get(0).filter();
        assertThat(a.channels()).isEqualTo(3);
        assertThat(a.get(2, 1, 1)).isEqualTo(1);
        assertThat(a.get(1, 0, 1)).isEqualTo(0);
        assertThat(r.note())
                .isEqualTo(
                        "The input is now 8×8 with 3 channels; each filter's kernel was copied onto every colour channel.");
    }

    @Test
    void greyImageAddsColourKernelsIntoOne() {
        Workspace colour = WorkspaceEdits.withImage(start, Image.zeros(8, 8, 3)).workspace();
        Workspace grey = WorkspaceEdits.withImage(colour, Image.zeros(6, 6, 1)).workspace();
        assertThat(grey.filters().get(0).filter().toArray()).containsExactly(3, 0, 0, 3);
    }

    @Test
    void pictureTooLargeToSaveIsRefusedUpFront() {
        double[] d = new double[2048 * 2048 * 3];
        java.util.Arrays.fill(d, 128 / 255.0);
        Image huge = Image.of(2048, 2048, 3, d);
        assertThatThrownBy(() -> WorkspaceEdits.withImage(start, huge))
                .hasMessageStartingWith(
                        "as the input, this 2048×2048×3 picture would make a workspace file of about 240 MiB");
    }

    @Test
    void estimateMatchesTheRealFileWithinAFewPercent() {
        double[] d = new double[64 * 64];
        for (int i = 0; i < d.length; i++) {
            d[i] = (i % 256) / 255.0;
        }
        Workspace ws = start.withImage(Image.of(64, 64, 1, d));
        long real = WorkspaceCodec.json().write(ws).length();
        long estimate = WorkspaceEdits.estimatedFileBytes(ws.image());
        assertThat((double) estimate).isBetween(real * 0.9, real * 1.0);
    }

    @Test
    void pastedFilterReplacesWeightsButKeepsNameBiasAndOffsets() {
        Workspace ws =
                start.withFilter(
                        1,
                        start.filters()
                                .get(1)
                                .withFilter(start.filters().get(1).filter().withBias(-2))
                                .withOffset(1, 0));
        Filter pasted = Filter.ofRows(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
        WorkspaceEdits.Result r = WorkspaceEdits.withFilter(ws, 1, pasted);
        assertThat(r.workspace().filters().get(1).name()).isEqualTo("B");
        assertThat(r.workspace().filters().get(1).filter().bias()).isEqualTo(-2);
        assertThat(r.workspace().filters().get(1).dx()).isEqualTo(1);
        assertThat(r.workspace().filters().get(1).filter().get(0, 2, 2)).isEqualTo(9);
        assertThat(r.note()).isEqualTo("Filter B is now 3×3.");
        WorkspaceEdits.Result added = WorkspaceEdits.withFilter(ws, 2, pasted);
        assertThat(added.workspace().filters()).hasSize(3);
        assertThat(added.workspace().filters().get(2).name()).isEqualTo("C");
    }

    @Test
    void kernelLargerThanThePaddedImageIsRefused() {
        Filter big = Filter.of(9, 9, 1, new double[81], 0);
        assertThatThrownBy(() -> WorkspaceEdits.withFilter(start, 0, big))
                .hasMessageContaining("larger than the padded input")
                .hasMessageContaining("output would be empty");
        Workspace padded = start.withConvolution(start.convolution().withPadding(Padding.FULL));
        assertThat(
                        WorkspaceEdits.withFilter(padded, 0, big)
                                .workspace()
                                .filters()
                                .get(0)
                                .filter()
                                .height())
                .isEqualTo(9);
    }

    @Test
    void colourFilterOnAGreyImageIsRefusedWithTheChannelCounts() {
        Filter colour = Filter.of(1, 1, 3, new double[] {1, 2, 3}, 0);
        assertThatThrownBy(() -> WorkspaceEdits.withFilter(start, 0, colour))
                .hasMessageStartingWith("the filter has 3 channels but the input has 1");
    }

    @Test
    void filtersWithTheSameNameGetDifferentFileNames() {
        Workspace twins = start.withFilter(1, start.filters().get(1).withName("A"));
        assertThat(MapChoice.all(twins))
                .extracting(MapChoice::fileStem)
                .containsExactly("input", "response-A", "response-A-2", "combined");
    }
}
