package org.convlab.lessons.shift;

import org.convlab.conv.Correlation1D;
import org.convlab.conv.Image;

/**
 * A 2D image translated by whole cells, the 2D counterpart of {@link Correlation1D#shift}: with
 * zero fill what leaves the frame is lost and the cells uncovered are 0; rotated, it wraps around.
 */
public final class ImageShift {
    private ImageShift() {}

    /** The image moved {@code dy} rows down and {@code dx} columns right (negative: up/left). */
    public static Image shift(Image in, int dy, int dx) {
        return moved(in, (c, y, x) -> in.getOrZero(c, y - dy, x - dx));
    }

    /**
     * The image moved {@code dy} rows down and {@code dx} columns right around a torus: what leaves
     * one edge comes back at the opposite one, so nothing is lost.
     */
    public static Image rotate(Image in, int dy, int dx) {
        int h = in.height();
        int w = in.width();
        return moved(
                in, (c, y, x) -> in.get(c, Math.floorMod(y - dy, h), Math.floorMod(x - dx, w)));
    }

    /** What lands in cell (c, y, x) of the moved image. */
    private interface Source {
        double at(int c, int y, int x);
    }

    private static Image moved(Image in, Source source) {
        int h = in.height();
        int w = in.width();
        double[] out = new double[in.channels() * h * w];
        for (int c = 0; c < in.channels(); c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out[(c * h + y) * w + x] = source.at(c, y, x);
                }
            }
        }
        return Image.of(h, w, in.channels(), out);
    }

    /** How many non-zero cells the shift pushes out of the frame. */
    public static int lostCells(Image in, int dy, int dx) {
        int n = 0;
        for (int c = 0; c < in.channels(); c++) {
            for (int y = 0; y < in.height(); y++) {
                for (int x = 0; x < in.width(); x++) {
                    int ty = y + dy;
                    int tx = x + dx;
                    if ((ty < 0 || ty >= in.height() || tx < 0 || tx >= in.width())
                            && in.get(c, y, x) != 0) {
                        n++;
                    }
                }
            }
        }
        return n;
    }
}
