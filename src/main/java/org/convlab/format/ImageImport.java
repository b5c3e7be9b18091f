package org.convlab.format;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.convlab.conv.WorkCost;

/**
 * Reads PNG, JPEG, BMP and GIF files as a {@link Picture}. The size the file declares is checked
 * before any pixel is decoded, so a small file claiming to be 50,000×50,000 pixels is refused at
 * once instead of filling the memory. A picture with more pixels than the largest input ({@link
 * #MAX_PICTURE_PIXELS}) is decoded at every n-th pixel of every n-th row: the decoder never holds
 * more than the picture at that size and a few rows of the file, whatever its depth, so a 4096×4096
 * picture of 16-bit RGBA (128 MB at full size) imports in a 256 MB heap.
 */
public final class ImageImport {
    /** The largest side accepted; bigger pictures are refused, not scaled. */
    public static final int MAX_SIDE = 4096;

    /**
     * The most pixels a picture is decoded to: as many values as the largest input image holds
     * ({@link WorkCost#MAX_IMAGE_VALUES}, 1448×1448 in grey), so more could never be computed.
     */
    public static final long MAX_PICTURE_PIXELS = WorkCost.MAX_IMAGE_VALUES;

    private ImageImport() {}

    /** The declared size, read from the header only. */
    public record Header(String format, int width, int height) {}

    /** Reads the header of {@code file} and checks its declared size. */
    public static Header header(Path file) throws ImageImportException {
        try (InputStream in = Files.newInputStream(file);
                ImageInputStream iis = ImageIO.createImageInputStream(in)) {
            ImageReader reader = readerFor(iis, file);
            try {
                reader.setInput(iis, true, true);
                return checkedHeader(reader, file);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new ImageImportException(
                    "cannot read " + file.getFileName() + ": " + describe(e), e);
        }
    }

    /** Checks the declared size, then decodes {@code file}. */
    public static Picture read(Path file) throws ImageImportException {
        try (InputStream in = Files.newInputStream(file);
                ImageInputStream iis = ImageIO.createImageInputStream(in)) {
            ImageReader reader = readerFor(iis, file);
            try {
                reader.setInput(iis, true, true);
                Header h = checkedHeader(reader, file);
                int step = step(h.width(), h.height());
                ImageReadParam param = reader.getDefaultReadParam();
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage img = reader.read(0, param);
                if (img.getWidth() != ceilDiv(h.width(), step)
                        || img.getHeight() != ceilDiv(h.height(), step)) {
                    throw new ImageImportException(
                            file.getFileName()
                                    + " declares "
                                    + h.width()
                                    + "×"
                                    + h.height()
                                    + " pixels but its pixel data has another size");
                }
                return fromBuffered(img).readAtEvery(step);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // Decoders throw IllegalArgumentException, ArrayIndexOutOfBounds and the like on
            // corrupt data; the user only needs to know the file is damaged.
            throw new ImageImportException(
                    "cannot read " + file.getFileName() + ": " + describe(e), e);
        }
    }

    /**
     * The smallest n such that every n-th pixel of every n-th row of a {@code width}×{@code height}
     * picture is at most {@link #MAX_PICTURE_PIXELS} pixels.
     */
    public static int step(int width, int height) {
        int n = 1;
        while ((long) ceilDiv(width, n) * ceilDiv(height, n) > MAX_PICTURE_PIXELS) {
            n++;
        }
        return n;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /** A picture from pixels already in memory (the clipboard, tests). */
    public static Picture fromBuffered(BufferedImage img) throws ImageImportException {
        checkSize(img.getWidth(), img.getHeight(), "the picture");
        int w = img.getWidth();
        int h = img.getHeight();
        ColorModel cm = img.getColorModel();
        if (cm.getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && !(cm instanceof IndexColorModel)) {
            return fromGrayRaster(img, cm);
        }
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        int[] rgb = new int[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            int a = (p >>> 24) & 0xFF;
            rgb[i] = a == 255 ? p & 0xFFFFFF : onWhite(p, a);
        }
        return new Picture(w, h, rgb);
    }

    /**
     * Grey pictures are read from their samples: {@code getRGB} would treat the levels as linear
     * light and brighten them (100 becomes about 170), so a threshold would not mean what it says.
     */
    private static Picture fromGrayRaster(BufferedImage img, ColorModel cm) {
        Raster r = img.getRaster();
        int w = img.getWidth();
        int h = img.getHeight();
        int max = (1 << cm.getComponentSize(0)) - 1;
        boolean alpha = cm.hasAlpha() && r.getNumBands() > 1;
        int maxAlpha = alpha ? (1 << cm.getComponentSize(1)) - 1 : 1;
        int[] rgb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int g = (int) Math.round(r.getSample(x, y, 0) * 255.0 / max);
                int p = (g << 16) | (g << 8) | g;
                if (alpha) {
                    int a = (int) Math.round(r.getSample(x, y, 1) * 255.0 / maxAlpha);
                    p = a == 255 ? p : onWhite(p, a);
                }
                rgb[y * w + x] = p;
            }
        }
        return new Picture(w, h, rgb);
    }

    private static int onWhite(int p, int a) {
        int r = ((p >> 16) & 0xFF) * a / 255 + 255 - a;
        int g = ((p >> 8) & 0xFF) * a / 255 + 255 - a;
        int b = (p & 0xFF) * a / 255 + 255 - a;
        return (r << 16) | (g << 8) | b;
    }

    private static ImageReader readerFor(ImageInputStream iis, Path file)
            throws ImageImportException {
        if (iis == null) {
            throw new ImageImportException("cannot open " + file.getFileName());
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(iis);
        if (!readers.hasNext()) {
            throw new ImageImportException(
                    file.getFileName() + " is not a PNG, JPEG, BMP or GIF picture");
        }
        return readers.next();
    }

    private static Header checkedHeader(ImageReader reader, Path file)
            throws IOException, ImageImportException {
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        checkSize(w, h, file.getFileName().toString());
        return new Header(reader.getFormatName().toUpperCase(Locale.ROOT), w, h);
    }

    private static void checkSize(int w, int h, String what) throws ImageImportException {
        if (w < 1 || h < 1) {
            throw new ImageImportException(
                    what + " declares a size of " + w + "×" + h + " pixels, which is empty");
        }
        if (w > MAX_SIDE || h > MAX_SIDE) {
            throw new ImageImportException(
                    what
                            + " is "
                            + w
                            + "×"
                            + h
                            + " pixels; ConvLab imports pictures up to "
                            + MAX_SIDE
                            + "×"
                            + MAX_SIDE
                            + " (scale it down first)");
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "the file is damaged or not a picture" : m;
    }
}
