package org.convlab.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.convlab.conv.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageImportTest {
    @TempDir Path dir;

    /**
     * A PNG with a valid signature and IHDR claiming {@code w}×{@code h}, and no pixel data at all.
     */
    static byte[] pngHeaderOnly(int w, int h) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(w)
                .putInt(h)
                .put((byte) 8)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        CRC32 end = new CRC32();
        end.update("IEND".getBytes(StandardCharsets.US_ASCII));
        png.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt((int) end.getValue());
        return png.array();
    }

    @Test
    void craftedHeaderClaimingFiftyThousandSquareIsRefusedBeforeDecoding() throws IOException {
        Path f = dir.resolve("bomb.png");
        Files.write(f, pngHeaderOnly(50_000, 50_000));
        assertThat(Files.size(f)).isLessThan(100);
        String expected =
                "bomb.png is 50000×50000 pixels; ConvLab imports pictures up to 4096×4096 (scale it down first)";
        assertThatThrownBy(() -> ImageImport.header(f))
                .isInstanceOf(ImageImportException.class)
                .hasMessage(expected);
        // The file has no pixel data, so any other message would mean the decoder ran first.
        assertThatThrownBy(() -> ImageImport.read(f))
                .isInstanceOf(ImageImportException.class)
                .hasMessage(expected);
    }

    @Test
    void headerWithinTheLimitIsReadWithoutDecoding() throws ImageImportException, IOException {
        Path f = dir.resolve("ok.png");
        Files.write(f, pngHeaderOnly(4096, 300));
        assertThat(ImageImport.header(f)).isEqualTo(new ImageImport.Header("PNG", 4096, 300));
        assertThatThrownBy(() -> ImageImport.read(f))
                .isInstanceOf(ImageImportException.class)
                .hasMessageStartingWith("cannot read ok.png: ");
    }

    @Test
    void notAPictureIsNamed() throws IOException {
        Path f = dir.resolve("notes.png");
        Files.writeString(f, "hello");
        assertThatThrownBy(() -> ImageImport.read(f))
                .hasMessage("notes.png is not a PNG, JPEG, BMP or GIF picture");
    }

    private Path write(BufferedImage img, String format) throws IOException {
        Path f = dir.resolve("p." + format);
        assertThat(ImageIO.write(img, format, f.toFile())).isTrue();
        return f;
    }

    private static BufferedImage strokes() {
        BufferedImage img = new BufferedImage(4, 3, BufferedImage.TYPE_BYTE_GRAY);
        int[][] levels = {{255, 0, 255, 255}, {255, 255, 10, 255}, {200, 255, 255, 100}};
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 4; x++) {
                img.getRaster().setSample(x, y, 0, levels[y][x]);
            }
        }
        return img;
    }

    @Test
    void grayPngBinarizesAtTheThreshold() throws Exception {
        Picture p = ImageImport.read(write(strokes(), "png"));
        assertThat(p.isGray()).isTrue();
        Image dark = p.toImage(new Picture.Binary(128, true));
        assertThat(dark.channels()).isEqualTo(1);
        assertThat(dark.toArray()).containsExactly(0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1);
        Image bright = p.toImage(new Picture.Binary(200, false));
        assertThat(bright.toArray()).containsExactly(1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0);
        // darkness (255 − level) / 255: white paper 0, black ink exactly 1
        assertThat(p.toImage(new Picture.GrayLevels()).toArray())
                .containsExactly(0, 1, 0, 0, 0, 0, 245 / 255.0, 0, 55 / 255.0, 0, 0, 155 / 255.0);
    }

    @Test
    void bmpAndGifReadTheSame() throws Exception {
        Image fromPng = ImageImport.read(write(strokes(), "png")).toImage(new Picture.GrayLevels());
        BufferedImage rgb = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        BufferedImage gray = strokes();
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 4; x++) {
                int g = gray.getRaster().getSample(x, y, 0);
                rgb.setRGB(x, y, (g << 16) | (g << 8) | g);
            }
        }
        assertThat(ImageImport.read(write(rgb, "bmp")).toImage(new Picture.GrayLevels()))
                .isEqualTo(fromPng);
        // Non-interlaced: the JDK mangles tiny interlaced GIFs (rows shifted), whoever reads them.
        Path gif = dir.resolve("p.gif");
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DISABLED);
        try (var out = ImageIO.createImageOutputStream(gif.toFile())) {
            writer.setOutput(out);
            writer.write(null, new javax.imageio.IIOImage(rgb, null, null), param);
        }
        assertThat(ImageImport.read(gif).toImage(new Picture.GrayLevels())).isEqualTo(fromPng);
    }

    @Test
    void jpegImportsWithinCompressionError() throws Exception {
        BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                img.setRGB(x, y, x < 8 ? 0x000000 : 0xFFFFFF);
            }
        }
        Image binary = ImageImport.read(write(img, "jpg")).toImage(new Picture.Binary(128, true));
        assertThat(binary.get(0, 5, 2)).isEqualTo(1);
        assertThat(binary.get(0, 5, 13)).isEqualTo(0);
    }

    @Test
    void colourKeepsThreeChannelsOfLevelOver255() throws Exception {
        BufferedImage img = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0xFF8001);
        img.setRGB(1, 0, 0x102030);
        Picture p = ImageImport.read(write(img, "png"));
        assertThat(p.isGray()).isFalse();
        Image rgb = p.toImage(new Picture.Rgb());
        assertThat(rgb.channels()).isEqualTo(3);
        assertThat(rgb.toArray())
                .containsExactly(1, 16 / 255.0, 128 / 255.0, 32 / 255.0, 1 / 255.0, 48 / 255.0);
        // Rec. 601 integer luminance: (299·255 + 587·128 + 114·1 + 500) / 1000 = 151
        assertThat(p.luminance(0, 0)).isEqualTo(151);
    }

    @Test
    void transparentPixelsSitOnWhite() throws Exception {
        BufferedImage img = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, 0x00000000);
        img.setRGB(1, 0, 0xFF000000);
        Image binary = ImageImport.fromBuffered(img).toImage(new Picture.Binary(128, true));
        assertThat(binary.toArray()).containsExactly(0, 1);
    }

    @Test
    void rgbInputSurvivesExportAndImport() throws Exception {
        double[] d = new double[3 * 2 * 3];
        for (int i = 0; i < d.length; i++) {
            d[i] = ((i * 37) % 256) / 255.0;
        }
        Image original = Image.of(2, 3, 3, d);
        Path f = dir.resolve("input.png");
        MapPicture.writePng(MapPicture.ofInput(original, 1), f);
        Picture back = ImageImport.read(f);
        int m = MapPicture.MARGIN;
        BufferedImage crop = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                crop.setRGB(x, y, back.rgb(m + y, m + x));
            }
        }
        assertThat(ImageImport.fromBuffered(crop).toImage(new Picture.Rgb())).isEqualTo(original);
    }

    @Test
    void thresholdOutsideTheByteRangeIsRefused() {
        assertThatThrownBy(() -> new Picture.Binary(256, false))
                .hasMessage("the threshold must be 0 to 255, got 256");
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
