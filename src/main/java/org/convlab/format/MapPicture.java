package org.convlab.format;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.convlab.conv.DivergingColorMap;
import org.convlab.conv.Image;
import org.convlab.conv.NumberText;

/**
 * Maps and inputs drawn as pictures for export, with the same {@link DivergingColorMap} as the
 * screen: each cell a {@code scale}×{@code scale} square and, under it, a legend bar from −limit to
 * +limit labelled with the exact numbers. Where no font is available (a bare server) the bar is
 * drawn without its labels rather than failing.
 */
public final class MapPicture {
    /** Largest scale offered; a 512×512 map at 16 is already 8192 pixels wide. */
    public static final int MAX_SCALE = 64;

    static final int MARGIN = 8;
    static final int LEGEND_GAP = 10;
    static final int LEGEND_HEIGHT = 14;
    static final int LABEL_ROOM = 20;
    static final int MIN_LEGEND_WIDTH = 180;

    /**
     * Cells this large get a one-pixel white seam so single cells stay countable on a projector.
     */
    static final int SEAM_FROM_SCALE = 12;

    /** Exported pictures are refused beyond this many pixels (about 400 MB of ARGB). */
    static final long MAX_PIXELS = 100_000_000L;

    private MapPicture() {}

    /** A map given as rows {@code [y][x]}, coloured to its own largest magnitude. */
    public static BufferedImage ofMap(double[][] rows, int scale) {
        int h = rows.length;
        int w = rows[0].length;
        double[] flat = new double[h * w];
        for (int y = 0; y < h; y++) {
            System.arraycopy(rows[y], 0, flat, y * w, w);
        }
        return ofValues(flat, h, w, scale, DivergingColorMap.fitting(flat));
    }

    /** A row-major map coloured with {@code colors}. */
    public static BufferedImage ofValues(
            double[] values, int h, int w, int scale, DivergingColorMap colors) {
        int[] argb = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            argb[i] = colors.argb(values[i]);
        }
        return draw(argb, h, w, scale, colors);
    }

    /**
     * The input image as the detector draws it: one channel in grey from white (0) to black (1),
     * values outside 0..1 at the nearer end; three channels as RGB, values within 0..1 scaled by
     * 255, within 0..255 as they are, anything else stretched from its minimum to its maximum. No
     * legend: the input is not a heat map.
     */
    public static BufferedImage ofInput(Image image, int scale) {
        int h = image.height();
        int w = image.width();
        int n = h * w;
        double[] d = image.toArray();
        int[] argb = new int[n];
        if (image.channels() == 1) {
            for (int i = 0; i < n; i++) {
                argb[i] = inkArgb(d[i]);
            }
            return draw(argb, h, w, scale, null);
        }
        double min = 0;
        double max = 0;
        for (double v : d) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double lo = 0;
        double factor;
        if (min >= 0 && max <= 1) {
            factor = 255;
        } else if (min >= 0 && max <= 255) {
            factor = 1;
        } else {
            lo = min;
            factor = 255 / (max - min);
        }
        for (int i = 0; i < n; i++) {
            int r = level(d[i], lo, factor);
            int g = level(d[n + i], lo, factor);
            int b = level(d[Math.min(2, image.channels() - 1) * n + i], lo, factor);
            argb[i] = 0xFF000000 | (r << 16) | (g << 8) | b;
        }
        return draw(argb, h, w, scale, null);
    }

    /** White for 0, black for 1, grey between: the detector screen's input colours. */
    public static int inkArgb(double v) {
        int grey = (int) Math.round(255 * (1 - Math.max(0, Math.min(1, v))));
        return 0xFF000000 | (grey << 16) | (grey << 8) | grey;
    }

    private static int level(double v, double lo, double factor) {
        return (int) Math.max(0, Math.min(255, Math.round((v - lo) * factor)));
    }

    /** Writes {@code picture} as a PNG, atomically. */
    public static void writePng(BufferedImage picture, Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(picture, "png", out)) {
            throw new IOException("this Java has no PNG writer");
        }
        AtomicFile.write(file, out.toByteArray());
    }

    /** Where cell (y, x)'s square starts, for tests and for the animation. */
    static int cellLeft(int x, int scale) {
        return MARGIN + x * scale;
    }

    static void checkScale(int scale) {
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException(
                    "the scale must be 1 to " + MAX_SCALE + " pixels per cell, got " + scale);
        }
    }

    private static BufferedImage draw(
            int[] cells, int h, int w, int scale, DivergingColorMap legend) {
        checkScale(scale);
        int mapW = w * scale;
        int mapH = h * scale;
        int width = Math.max(mapW, legend == null ? 0 : MIN_LEGEND_WIDTH) + 2 * MARGIN;
        int height =
                MARGIN
                        + mapH
                        + (legend == null ? 0 : LEGEND_GAP + LEGEND_HEIGHT + LABEL_ROOM)
                        + MARGIN;
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException(
                    "the picture would be "
                            + width
                            + "×"
                            + height
                            + " pixels; choose a smaller scale");
        }
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            int seam = scale >= SEAM_FROM_SCALE ? 1 : 0;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    g.setColor(new Color(cells[y * w + x], true));
                    g.fillRect(MARGIN + x * scale, MARGIN + y * scale, scale - seam, scale - seam);
                }
            }
            if (legend != null) {
                drawLegend(g, legend, MARGIN, MARGIN + mapH + LEGEND_GAP, width - 2 * MARGIN);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void drawLegend(
            Graphics2D g, DivergingColorMap colors, int left, int top, int barWidth) {
        double limit = colors.limit();
        for (int i = 0; i < barWidth; i++) {
            double v = barWidth == 1 ? 0 : limit * (2.0 * i / (barWidth - 1) - 1);
            g.setColor(new Color(colors.argb(v), true));
            g.fillRect(left + i, top, 1, LEGEND_HEIGHT);
        }
        String lo = NumberText.exact(-limit);
        String mid = "0";
        String hi = NumberText.exact(limit);
        if (limit == 0) {
            lo = "0";
            hi = "0";
        }
        try {
            g.setRenderingHint(
                    RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            FontMetrics fm = g.getFontMetrics();
            int base = top + LEGEND_HEIGHT + fm.getAscent() + 2;
            g.setColor(Color.BLACK);
            g.drawString(lo, left, base);
            g.drawString(mid, left + (barWidth - fm.stringWidth(mid)) / 2, base);
            g.drawString(hi, left + barWidth - fm.stringWidth(hi), base);
        } catch (RuntimeException | InternalError | LinkageError noFonts) {
            // Without fonts the bar still shows the colour scale; a missing label beats a failed
            // export.
        }
    }
}
