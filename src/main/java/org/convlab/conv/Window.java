package org.convlab.conv;

/**
 * A rectangle of input cells that one output cell reads. {@code top} and {@code left} are negative
 * where the window starts in the padding; the window may also run past the bottom/right edge.
 */
public record Window(int top, int left, int height, int width) {
    /** The smallest window holding both. */
    public Window union(Window o) {
        int t = Math.min(top, o.top);
        int l = Math.min(left, o.left);
        int b = Math.max(top + height, o.top + o.height);
        int r = Math.max(left + width, o.left + o.width);
        return new Window(t, l, b - t, r - l);
    }

    /** Whether (y, x) lies inside. */
    public boolean contains(int y, int x) {
        return y >= top && y < top + height && x >= left && x < left + width;
    }

    /** Whether the two rectangles share at least one cell. */
    public boolean overlaps(Window o) {
        return top < o.top + o.height
                && o.top < top + height
                && left < o.left + o.width
                && o.left < left + width;
    }

    /** "rows 14–18, columns 17–21": the cells it covers, as the screens say it. */
    public String cellsText() {
        return "rows "
                + top
                + "–"
                + (top + height - 1)
                + ", columns "
                + left
                + "–"
                + (left + width - 1);
    }
}
