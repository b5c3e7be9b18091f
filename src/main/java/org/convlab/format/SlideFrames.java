package org.convlab.format;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import org.convlab.conv.DivergingColorMap;
import org.convlab.conv.Geometry;
import org.convlab.conv.Image;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.Window;

/** Draws frame k: the padded input with window k outlined, and the map up to cell k. */
final class SlideFrames {
    private final Image image;
    private final ResponseMap map;
    private final Geometry geo;
    private final int scale;
    private final SlidePalette palette;
    private final int padH;
    private final int padW;
    private final int mapLeft;
    private final int width;
    private final int height;
    private final byte[] base;
    private final byte[] mapCells;
    private final DivergingColorMap mapColors;

    SlideFrames(Image image, ResponseMap map, int scale) {
        this.image = image;
        this.map = map;
        this.geo = map.geometry();
        this.scale = scale;
        this.palette = new SlidePalette(image.channels() == 1);
        padH = image.height() + geo.padTop() + geo.padBottom();
        padW = image.width() + geo.padLeft() + geo.padRight();
        mapLeft = MapPicture.MARGIN + padW * scale + SlideGif.GAP;
        width = mapLeft + map.width() * scale + MapPicture.MARGIN;
        height = MapPicture.MARGIN + Math.max(padH, map.height()) * scale + MapPicture.MARGIN;
        if ((long) width * height > MapPicture.MAX_PIXELS / 10) {
            throw new IllegalArgumentException(
                    "each frame would be "
                            + width
                            + "×"
                            + height
                            + " pixels; choose a smaller scale");
        }
        mapColors = DivergingColorMap.fitting(map.toArray());
        mapCells = new byte[map.height() * map.width()];
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                mapCells[y * map.width() + x] = palette.diverging(map.get(y, x), mapColors);
            }
        }
        base = drawBase();
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Left edge of map cell column x, for tests. */
    int mapCellLeft(int x) {
        return mapLeft + x * scale;
    }

    /** Left edge of padded-input column x (x may be negative, in the padding), for tests. */
    int inputCellLeft(int x) {
        return MapPicture.MARGIN + (x + geo.padLeft()) * scale;
    }

    int cellTop(int y) {
        return MapPicture.MARGIN + y * scale;
    }

    int inputCellTop(int y) {
        return MapPicture.MARGIN + (y + geo.padTop()) * scale;
    }

    IndexColorModel colors() {
        return palette.model;
    }

    private byte[] drawBase() {
        byte[] px = new byte[width * height];
        double max = 0;
        for (double v : image.toArray()) {
            max = Math.max(max, v);
        }
        // Like the PNG export: a colour image holds 0..1 or 0..255.
        double rgbFactor = max <= 1 ? 5 : 5 / 255.0;
        int seam = scale >= MapPicture.SEAM_FROM_SCALE ? 1 : 0;
        for (int py = 0; py < padH; py++) {
            for (int pxl = 0; pxl < padW; pxl++) {
                int y = py - geo.padTop();
                int x = pxl - geo.padLeft();
                byte c;
                if (y < 0 || y >= image.height() || x < 0 || x >= image.width()) {
                    c = SlidePalette.PADDING;
                } else if (image.channels() == 1) {
                    c = palette.ink(image.get(0, y, x));
                } else {
                    c =
                            palette.rgb(
                                    image.get(0, y, x),
                                    image.get(1, y, x),
                                    image.get(2, y, x),
                                    rgbFactor);
                }
                fill(
                        px,
                        MapPicture.MARGIN + pxl * scale,
                        MapPicture.MARGIN + py * scale,
                        scale - seam,
                        scale - seam,
                        c);
            }
        }
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                fill(
                        px,
                        mapCellLeft(x),
                        cellTop(y),
                        scale - seam,
                        scale - seam,
                        SlidePalette.PENDING);
            }
        }
        // A thin frame around both panels, so a white input and the empty map have edges.
        border(
                px,
                MapPicture.MARGIN - 1,
                MapPicture.MARGIN - 1,
                padW * scale + 2,
                padH * scale + 2);
        border(
                px,
                mapLeft - 1,
                MapPicture.MARGIN - 1,
                map.width() * scale + 2,
                map.height() * scale + 2);
        return px;
    }

    /** Frame k as a picture. */
    BufferedImage frame(int k) {
        return crop(pixels(k), new int[] {0, 0, width, height});
    }

    /** The part {left, top, width, height} of a frame's palette indices as a picture. */
    BufferedImage crop(byte[] px, int[] box) {
        BufferedImage img =
                new BufferedImage(box[2], box[3], BufferedImage.TYPE_BYTE_INDEXED, palette.model);
        byte[] dst = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < box[3]; y++) {
            System.arraycopy(px, (box[1] + y) * width + box[0], dst, y * box[2], box[2]);
        }
        return img;
    }

    /** Frame k's palette indices, row-major. */
    byte[] pixels(int k) {
        byte[] px = base.clone();
        int seam = scale >= MapPicture.SEAM_FROM_SCALE ? 1 : 0;
        int mw = map.width();
        for (int i = 0; i <= k; i++) {
            fill(px, mapCellLeft(i % mw), cellTop(i / mw), scale - seam, scale - seam, mapCells[i]);
        }
        int cy = k / mw;
        int cx = k % mw;
        outline(px, mapCellLeft(cx), cellTop(cy), scale, scale, SlidePalette.BLACK);
        Window w = geo.window(cy, cx);
        if (geo.dilation() > 1) {
            for (int i = 0; i < geo.kernelHeight(); i++) {
                for (int j = 0; j < geo.kernelWidth(); j++) {
                    outline(
                            px,
                            inputCellLeft(geo.inputCol(cx, j)),
                            inputCellTop(geo.inputRow(cy, i)),
                            scale,
                            scale,
                            SlidePalette.HIGHLIGHT);
                }
            }
        }
        outline(
                px,
                inputCellLeft(w.left()),
                inputCellTop(w.top()),
                w.width() * scale,
                w.height() * scale,
                SlidePalette.BLACK);
        return px;
    }

    private void fill(byte[] px, int left, int top, int w, int h, byte c) {
        int right = Math.min(width, left + w);
        int bottom = Math.min(height, top + h);
        for (int y = Math.max(0, top); y < bottom; y++) {
            int row = y * width;
            for (int x = Math.max(0, left); x < right; x++) {
                px[row + x] = c;
            }
        }
    }

    private void border(byte[] px, int left, int top, int w, int h) {
        fill(px, left, top, w, 1, SlidePalette.BORDER);
        fill(px, left, top + h - 1, w, 1, SlidePalette.BORDER);
        fill(px, left, top, 1, h, SlidePalette.BORDER);
        fill(px, left + w - 1, top, 1, h, SlidePalette.BORDER);
    }

    /** A frame two pixels thick (one where cells are tiny) just inside the rectangle. */
    private void outline(byte[] px, int left, int top, int w, int h, byte c) {
        int t = scale >= 4 ? 2 : 1;
        fill(px, left, top, w, t, c);
        fill(px, left, top + h - t, w, t, c);
        fill(px, left, top, t, h, c);
        fill(px, left + w - t, top, t, h, c);
    }
}
