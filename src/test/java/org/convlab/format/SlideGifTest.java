package org.convlab.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Correlation2D;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.Padding;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

class SlideGifTest {
    @TempDir Path dir;

    private static Workspace small(ConvSettings s) {
        double[][] px = new double[6][6];
        for (int i = 0; i < 6; i++) {
            px[i][i] = 1;
        }
        Filter diag = Filter.ofRows(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, -1}});
        return Workspace.of(Image.ofRows(px), List.of(FilterSpec.plain("A", diag)))
                .withConvolution(s);
    }

    private static Node find(Node root, String name) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals(name)) {
                return n;
            }
        }
        return null;
    }

    @Test
    void oneLoopingFramePerOutputCellWithTheChosenDelay() throws Exception {
        Path f = dir.resolve("slide.gif");
        SlideGif.write(small(ConvSettings.DEFAULT), 0, f, 5, 250);
        try (ImageInputStream in =
                ImageIO.createImageInputStream(new ByteArrayInputStream(Files.readAllBytes(f)))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(16);
            IIOMetadataNode first =
                    (IIOMetadataNode)
                            reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode gce = (IIOMetadataNode) find(first, "GraphicControlExtension");
            assertThat(gce.getAttribute("delayTime")).isEqualTo("25");
            IIOMetadataNode app =
                    (IIOMetadataNode)
                            find(find(first, "ApplicationExtensions"), "ApplicationExtension");
            assertThat(app.getAttribute("applicationID")).isEqualTo("NETSCAPE");
            assertThat((byte[]) app.getUserObject()).containsExactly(1, 0, 0);
            IIOMetadataNode last =
                    (IIOMetadataNode)
                            reader.getImageMetadata(15).getAsTree("javax_imageio_gif_image_1.0");
            assertThat(
                            ((IIOMetadataNode) find(last, "GraphicControlExtension"))
                                    .getAttribute("delayTime"))
                    .isEqualTo(Integer.toString(25 * SlideGif.HOLD_FACTOR));
            BufferedImage frame = reader.read(0);
            assertThat(frame.getWidth())
                    .isEqualTo(
                            MapPicture.MARGIN + 6 * 5 + SlideGif.GAP + 4 * 5 + MapPicture.MARGIN);
        }
    }

    /**
     * Plays the GIF as a viewer does: each stored part drawn at its position over the last frame.
     */
    private static BufferedImage[] play(byte[] gif) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            int n = reader.getNumImages(true);
            BufferedImage first = reader.read(0);
            BufferedImage canvas =
                    new BufferedImage(
                            first.getWidth(), first.getHeight(), BufferedImage.TYPE_INT_ARGB);
            BufferedImage[] shown = new BufferedImage[n];
            for (int k = 0; k < n; k++) {
                IIOMetadataNode meta =
                        (IIOMetadataNode)
                                reader.getImageMetadata(k).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode d = (IIOMetadataNode) find(meta, "ImageDescriptor");
                assertThat(
                                ((IIOMetadataNode) find(meta, "GraphicControlExtension"))
                                        .getAttribute("disposalMethod"))
                        .isEqualTo("doNotDispose");
                canvas.createGraphics()
                        .drawImage(
                                reader.read(k),
                                Integer.parseInt(d.getAttribute("imageLeftPosition")),
                                Integer.parseInt(d.getAttribute("imageTopPosition")),
                                null);
                BufferedImage copy =
                        new BufferedImage(
                                canvas.getWidth(), canvas.getHeight(), BufferedImage.TYPE_INT_ARGB);
                copy.createGraphics().drawImage(canvas, 0, 0, null);
                shown[k] = copy;
            }
            return shown;
        }
    }

    @Test
    void playedBackEveryFrameShowsExactlyWhatWasDrawn() throws Exception {
        Workspace ws = small(new ConvSettings(Padding.SAME, 2, 1, false));
        ResponseMap map = firstResponse(ws);
        SlideFrames frames = new SlideFrames(ws.image(), map, 6);
        BufferedImage[] shown = play(SlideGif.encode(ws, 0, 6, 100));
        assertThat(shown).hasSize(9);
        for (int k = 0; k < shown.length; k++) {
            BufferedImage expected = frames.frame(k);
            for (int y = 0; y < expected.getHeight(); y++) {
                for (int x = 0; x < expected.getWidth(); x++) {
                    if (shown[k].getRGB(x, y) != expected.getRGB(x, y)) {
                        throw new AssertionError(
                                "frame " + k + " differs at (" + x + ", " + y + ")");
                    }
                }
            }
        }
    }

    @Test
    void changedBoxCoversExactlyTheDifferingPixels() {
        byte[] a = new byte[20];
        byte[] b = a.clone();
        b[7] = 1; // (x 2, y 1) in a 5-wide picture
        b[13] = 2; // (x 3, y 2)
        assertThat(SlideGif.changed(a, b, 5, 4)).containsExactly(2, 1, 2, 2);
        assertThat(SlideGif.changed(a, a, 5, 4)).containsExactly(0, 0, 1, 1);
    }

    @Test
    void frameShowsTheMapUpToTheCurrentCellAndOutlinesItsWindow() {
        Workspace ws = small(ConvSettings.DEFAULT);
        ResponseMap map = firstResponse(ws);
        SlideFrames frames = new SlideFrames(ws.image(), map, 10);
        BufferedImage f = frames.frame(5); // cell (1, 1)
        // cell (1, 0) is done: its colour is the map's colour for R = 0 (grey); cell (1, 2) is
        // still white
        int done = f.getRGB(frames.mapCellLeft(0) + 5, frames.cellTop(1) + 5);
        int pending = f.getRGB(frames.mapCellLeft(2) + 5, frames.cellTop(1) + 5);
        assertThat(pending).isEqualTo(0xFFFFFFFF);
        assertThat(done).isNotEqualTo(0xFFFFFFFF);
        // the current cell (1, 1) and the window rows 1..3, cols 1..3 are outlined in black
        assertThat(f.getRGB(frames.mapCellLeft(1), frames.cellTop(1) + 5)).isEqualTo(0xFF000000);
        assertThat(f.getRGB(frames.inputCellLeft(1), frames.inputCellTop(2) + 5))
                .isEqualTo(0xFF000000);
        assertThat(f.getRGB(frames.inputCellLeft(4) - 1, frames.inputCellTop(2) + 5))
                .isEqualTo(0xFF000000);
        // input drawn as on the detector: (0, 0) is 1, black; (0, 1) is 0, white
        assertThat(f.getRGB(frames.inputCellLeft(0) + 5, frames.inputCellTop(0) + 5))
                .isEqualTo(0xFF000000);
        assertThat(f.getRGB(frames.inputCellLeft(1) + 5, frames.inputCellTop(0) + 5))
                .isEqualTo(0xFFFFFFFF);
        // R(1, 1) = 1 + 1 − 1 = 1 is the largest value: the full positive end of the colour map
        assertThat(f.getRGB(frames.mapCellLeft(1) + 5, frames.cellTop(1) + 5))
                .isEqualTo(new org.convlab.conv.DivergingColorMap(1).argb(1));
    }

    @Test
    void paddingIsDrawnAndTheFirstWindowStartsInIt() {
        Workspace ws = small(new ConvSettings(Padding.SAME, 1, 1, false));
        ResponseMap map = firstResponse(ws);
        SlideFrames frames = new SlideFrames(ws.image(), map, 8);
        BufferedImage f = frames.frame(0);
        assertThat(frames.inputCellLeft(-1)).isEqualTo(MapPicture.MARGIN);
        assertThat(f.getRGB(frames.inputCellLeft(-1), frames.inputCellTop(-1) + 4))
                .isEqualTo(0xFF000000);
        // a padding cell outside the window: the light padding colour
        assertThat(f.getRGB(frames.inputCellLeft(6) + 4, frames.inputCellTop(3) + 4))
                .isEqualTo(0xFFF4F4F4);
    }

    @Test
    void badRequestsAreRefusedWithReasons() {
        Workspace ws = small(ConvSettings.DEFAULT);
        assertThatThrownBy(() -> SlideGif.encode(ws, 1, 4, 100))
                .hasMessage("there is no filter 2; the workspace has 1");
        assertThatThrownBy(() -> SlideGif.encode(ws, 0, 4, 5))
                .hasMessage("the delay must be 20 to 10000 ms per frame, got 5");
        Workspace big =
                Workspace.of(
                        Image.zeros(60, 60, 1),
                        List.of(FilterSpec.plain("A", Filter.ofRows(new double[][] {{1}}))));
        assertThatThrownBy(() -> SlideGif.encode(big, 0, 2, 100))
                .hasMessageStartingWith("the animation would have 3600 frames");
    }

    /** The response of the workspace's first filter, as the slide shows it. */
    private static ResponseMap firstResponse(Workspace ws) {
        return Correlation2D.compute(
                ws.image(),
                ws.filters().get(0).filter(),
                ws.convolution(),
                ws.matching(),
                ws.activation());
    }
}
