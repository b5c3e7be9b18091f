package org.convlab.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.convlab.conv.DivergingColorMap;
import org.convlab.conv.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapPictureTest {
    @TempDir Path dir;

    private static int centre(BufferedImage img, int y, int x, int scale) {
        return img.getRGB(
                MapPicture.MARGIN + x * scale + scale / 2,
                MapPicture.MARGIN + y * scale + scale / 2);
    }

    @Test
    void cellsUseTheScreensColourMapAtTheChosenScale() {
        double[][] rows = {{-4, 0, 2}, {4, 1, -1}};
        BufferedImage img = MapPicture.ofMap(rows, 10);
        DivergingColorMap colors = new DivergingColorMap(4);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                assertThat(centre(img, y, x, 10))
                        .as("cell %d,%d", y, x)
                        .isEqualTo(colors.argb(rows[y][x]));
            }
        }
        assertThat(img.getWidth()).isEqualTo(MapPicture.MIN_LEGEND_WIDTH + 2 * MapPicture.MARGIN);
        assertThat(img.getRGB(0, 0)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void legendRunsFromMinusLimitThroughGreyToPlusLimit() {
        BufferedImage img = MapPicture.ofMap(new double[][] {{-3, 3}}, 64);
        int barTop = MapPicture.MARGIN + 64 + MapPicture.LEGEND_GAP + MapPicture.LEGEND_HEIGHT / 2;
        int left = MapPicture.MARGIN;
        int right = img.getWidth() - MapPicture.MARGIN - 1;
        DivergingColorMap colors = new DivergingColorMap(3);
        assertThat(img.getRGB(left, barTop)).isEqualTo(colors.argb(-3));
        assertThat(img.getRGB(right, barTop)).isEqualTo(colors.argb(3));
        // an even bar width puts grey between the two middle pixels: both are within one step of it
        int width = right - left + 1;
        assertThat(img.getRGB(left + width / 2, barTop))
                .isEqualTo(colors.argb(3 * (2.0 * (width / 2) / (width - 1) - 1)));
        assertThat(img.getRGB(left + width / 2 - 1, barTop))
                .isEqualTo(colors.argb(3 * (2.0 * (width / 2 - 1) / (width - 1) - 1)));
    }

    @Test
    void largeCellsGetASeamSoTheyCanBeCounted() {
        BufferedImage img = MapPicture.ofMap(new double[][] {{1, 1}}, 20);
        assertThat(img.getRGB(MapPicture.MARGIN + 19, MapPicture.MARGIN + 5)).isEqualTo(0xFFFFFFFF);
        assertThat(img.getRGB(MapPicture.MARGIN + 18, MapPicture.MARGIN + 5))
                .isEqualTo(new DivergingColorMap(1).argb(1));
    }

    @Test
    void oneChannelInputIsBlackInkOnWhiteAsOnTheDetector() {
        Image in = Image.ofRows(new double[][] {{0, 1, 0.5, 7}});
        BufferedImage img = MapPicture.ofInput(in, 4);
        assertThat(centre(img, 0, 0, 4)).isEqualTo(0xFFFFFFFF);
        assertThat(centre(img, 0, 1, 4)).isEqualTo(0xFF000000);
        assertThat(centre(img, 0, 2, 4)).isEqualTo(0xFF808080);
        assertThat(centre(img, 0, 3, 4))
                .as("beyond 1 draws as 1, like the screen")
                .isEqualTo(0xFF000000);
        assertThat(img.getHeight())
                .as("no legend under the input")
                .isEqualTo(4 + 2 * MapPicture.MARGIN);
    }

    @Test
    void exportedPngReadsBackWithTheSameCellColours() throws Exception {
        double[][] rows = {{-2, 0.5}, {1, 2}};
        Path f = dir.resolve("map.png");
        MapPicture.writePng(MapPicture.ofMap(rows, 6), f);
        Picture back = ImageImport.read(f);
        DivergingColorMap colors = new DivergingColorMap(2);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 2; x++) {
                int rgb = back.rgb(MapPicture.MARGIN + y * 6 + 3, MapPicture.MARGIN + x * 6 + 3);
                assertThat(0xFF000000 | rgb).isEqualTo(colors.argb(rows[y][x]));
            }
        }
    }

    @Test
    void scaleOutOfRangeIsRefused() {
        assertThatThrownBy(() -> MapPicture.ofMap(new double[][] {{1}}, 0))
                .hasMessage("the scale must be 1 to 64 pixels per cell, got 0");
        assertThatThrownBy(() -> MapPicture.ofMap(new double[2000][2000], 64))
                .hasMessageContaining("choose a smaller scale");
    }
}
