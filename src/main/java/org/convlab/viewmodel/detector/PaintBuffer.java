package org.convlab.viewmodel.detector;

import org.convlab.conv.Image;
import org.convlab.conv.Window;

/**
 * The input image being painted during one stroke: a mutable copy the brush writes into, turned
 * back into an immutable {@link Image} after each dab. Each operation reports the rectangle it
 * changed so the detector can recompute only what that rectangle touches.
 */
final class PaintBuffer {
    private final int height;
    private final int width;
    private final double[] base;
    private final double[] cells;

    /** The channels the brush paints: [fromChannel, toChannel). */
    private final int fromChannel;

    private final int toChannel;

    /** The image as of the last {@link #image()}, and the cells changed since (null if none). */
    private Image current;

    private Window pending;

    PaintBuffer(Image start) {
        this(start, 0);
        if (start.channels() != 1) {
            throw new IllegalArgumentException("painting works on one-channel images");
        }
    }

    /** A buffer whose brush paints channel {@code channel} only, or every channel for −1. */
    PaintBuffer(Image start, int channel) {
        fromChannel = channel < 0 ? 0 : channel;
        toChannel = channel < 0 ? start.channels() : channel + 1;
        height = start.height();
        width = start.width();
        base = start.toArray();
        cells = base.clone();
        current = start;
    }

    /**
     * A square brush of side {@code size} whose top-left is at (row − (size−1)/2, col −
     * (size−1)/2); returns the changed rectangle clipped to the image, or null when no cell
     * changed.
     */
    Window dab(int row, int col, int size, double value) {
        int top = row - (size - 1) / 2;
        int left = col - (size - 1) / 2;
        int t = Math.max(0, top);
        int l = Math.max(0, left);
        int b = Math.min(height, top + size);
        int r = Math.min(width, left + size);
        boolean changed = false;
        for (int c = fromChannel; c < toChannel; c++) {
            int plane = c * height * width;
            for (int y = t; y < b; y++) {
                for (int x = l; x < r; x++) {
                    if (cells[plane + y * width + x] != value) {
                        cells[plane + y * width + x] = value;
                        changed = true;
                    }
                }
            }
        }
        if (!changed) {
            return null;
        }
        Window w = new Window(t, l, b - t, r - l);
        pending = union(pending, w);
        return w;
    }

    /**
     * Dabs along the straight cell line from (r0, c0) to (r1, c1), both ends included (Bresenham).
     */
    Window line(int r0, int c0, int r1, int c1, int size, double value) {
        Window changed = null;
        int dx = Math.abs(c1 - c0);
        int dy = -Math.abs(r1 - r0);
        int sx = c0 < c1 ? 1 : -1;
        int sy = r0 < r1 ? 1 : -1;
        int err = dx + dy;
        int x = c0;
        int y = r0;
        while (true) {
            changed = union(changed, dab(y, x, size, value));
            if (x == c1 && y == r1) {
                return changed;
            }
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                x += sx;
            }
            if (e2 <= dx) {
                err += dx;
                y += sy;
            }
        }
    }

    /**
     * Puts back the cells inside {@code w} as they were when the stroke began (the line tool's
     * preview).
     */
    Window restore(Window w) {
        if (w == null) {
            return null;
        }
        for (int c = fromChannel; c < toChannel; c++) {
            for (int y = w.top(); y < w.top() + w.height(); y++) {
                int at = (c * height + y) * width + w.left();
                System.arraycopy(base, at, cells, at, w.width());
            }
        }
        pending = union(pending, w);
        return w;
    }

    /**
     * The image as painted so far; only the cells changed since the last call are copied in and
     * checked.
     */
    Image image() {
        if (pending != null) {
            current = current.withCells(fromChannel, toChannel, pending, cells);
            pending = null;
        }
        return current;
    }

    static Window union(Window a, Window b) {
        return a == null ? b : (b == null ? a : a.union(b));
    }
}
