package org.convlab.view.shared;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.convlab.conv.DivergingColorMap;

/**
 * A map's cells as one pixel each, kept between frames: the whole picture is coloured again only
 * when the data's shape, style, scale or the stylesheet's colours change; otherwise only the rows
 * said to have changed are, which is what lets a brush dab on a 512×512 map cost a few rows.
 *
 * <p>The picture is a {@link PixelBuffer} over the colour array itself, in the renderer's own
 * format, and each update names the rows it changed. The renderer then copies only those rows into
 * its texture; a picture filled through a {@code PixelWriter} is converted to bytes and copied back
 * whole at every change, which on a 512×512×3 image with the channels board open (a dozen such
 * pictures) took most of the render thread and made one frame in five late.
 */
final class CellColours {
    /** The colours cells are drawn in (opaque ARGB), as the map's stylesheet sets them. */
    record Palette(int negative, int zero, int positive, int ink, int paper, int blank) {}

    /** NaN bits: never a cell value (maps are finite), so it marks an empty memo slot. */
    private static final long NO_KEY = 0x7ff8dead0000beefL;

    private WritableImage image;
    private PixelBuffer<IntBuffer> buffer;
    private int[] pixels = new int[0];
    private boolean allDirty = true;
    private int dirtyFrom = -1;
    private int dirtyTo = -1;

    /** Everything is coloured again at the next {@link #update}. */
    void invalidate() {
        allDirty = true;
    }

    /**
     * The rows where cells turned blank or stopped being blank are coloured again; false when none
     * did.
     */
    boolean rowsChanged(boolean[] before, boolean[] after, int cols) {
        int first = Arrays.mismatch(before, after);
        if (first < 0) {
            return false;
        }
        int last = after.length - 1;
        while (before[last] == after[last]) {
            last--;
        }
        rowsChanged(first / cols, last / cols);
        return true;
    }

    /** Rows [from, to] are coloured again at the next {@link #update}. */
    void rowsChanged(int from, int to) {
        dirtyFrom = dirtyFrom < 0 ? from : Math.min(dirtyFrom, from);
        dirtyTo = Math.max(dirtyTo, to);
    }

    /**
     * The rows where {@code after} differs from {@code before} are coloured again: the first
     * difference found by a vectorized comparison, the last by walking back from the end, so a dab
     * costs the unchanged rows one pass, not a comparison and a division per cell.
     */
    void rowsChanged(double[] before, double[] after, int cols) {
        int first = Arrays.mismatch(before, after);
        if (first < 0) {
            return;
        }
        int last = after.length - 1;
        while (Double.doubleToLongBits(before[last]) == Double.doubleToLongBits(after[last])) {
            last--;
        }
        rowsChanged(first / cols, last / cols);
    }

    /** Whether the picture is whole and up to date apart from rows marked as changed. */
    boolean isCurrent() {
        return !allDirty && image != null;
    }

    WritableImage image() {
        return image;
    }

    /** The colour cell {@code i} (row-major) has in the picture; 0 before the first picture. */
    int argb(int i) {
        return image == null || i >= pixels.length ? 0 : pixels[i];
    }

    /** Colours what is out of date: everything, or only the rows marked as changed. */
    void update(MapView map, Palette palette) {
        boolean whole = !isCurrent();
        if (!whole && dirtyFrom < 0) {
            return;
        }
        int rows = map.getRows();
        int cols = map.getCols();
        if (image == null || (int) image.getWidth() != cols || (int) image.getHeight() != rows) {
            pixels = new int[rows * cols];
            buffer =
                    new PixelBuffer<>(
                            cols,
                            rows,
                            IntBuffer.wrap(pixels),
                            PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
            whole = true;
        }
        int rowFrom = whole ? 0 : dirtyFrom;
        int rowTo = whole ? rows - 1 : dirtyTo;
        boolean all = whole;
        buffer.updateBuffer(
                b -> {
                    colour(map, palette, rowFrom * cols, (rowTo + 1) * cols);
                    return all ? null : new Rectangle2D(0, rowFrom, cols, rowTo - rowFrom + 1);
                });
        allDirty = false;
        dirtyFrom = -1;
        dirtyTo = -1;
    }

    private void colour(MapView map, Palette palette, int from, int to) {
        double[] values = map.values();
        boolean[] blank = map.blankMask();
        double[] rgb = map.rgbPlanes();
        MapView.Style style = map.style();
        DivergingColorMap scale = map.getColorMap();
        int n = map.getRows() * map.getCols();
        // Maps hold few distinct values (small integers on binary inputs), so colours are memoised.
        long[] keys = new long[256];
        int[] colours = new int[256];
        Arrays.fill(keys, NO_KEY);
        for (int i = from; i < to; i++) {
            double v = values[i];
            if (blank != null && blank[i]) {
                pixels[i] = palette.blank();
            } else if (style == MapView.Style.RGB) {
                pixels[i] =
                        0xFF000000
                                | channel8(rgb[i]) << 16
                                | channel8(rgb[n + i]) << 8
                                | channel8(rgb[2 * n + i]);
            } else if (style == MapView.Style.BINARY) {
                pixels[i] = binary(v, palette);
            } else {
                long bits = Double.doubleToRawLongBits(v);
                int slot = (int) (bits ^ (bits >>> 29) ^ (bits >>> 47)) & 255;
                if (keys[slot] != bits) {
                    keys[slot] = bits;
                    colours[slot] =
                            scale.argb(v, palette.negative(), palette.zero(), palette.positive());
                }
                pixels[i] = colours[slot];
            }
        }
    }

    /** Paper for 0, ink for 1, and in between for what a soft brush leaves. */
    private static int binary(double v, Palette palette) {
        if (v == 0) {
            return palette.paper();
        }
        if (v == 1) {
            return palette.ink();
        }
        double t = Math.max(0, Math.min(1, v));
        return 0xFF000000 | DivergingColorMap.mix(palette.paper(), palette.ink(), t);
    }

    private static int channel8(double v) {
        return (int) Math.round(255 * Math.max(0, Math.min(1, v)));
    }
}
