package org.convlab.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.convlab.conv.NumberText;

/**
 * A small map as aligned numbers with row and column indices, the way the homework draws them.
 * Large maps are not drawn (a screenful of digits teaches nothing); {@code --json} has every value.
 */
final class MapDrawing {
    /** Largest height and width drawn. */
    static final int MAX_SIDE = 24;

    private static final int DECIMALS = 3;

    private MapDrawing() {}

    /** Whether the map is small enough to draw. */
    static boolean fits(int height, int width) {
        return height <= MAX_SIDE && width <= MAX_SIDE;
    }

    /** Whether any value would be rounded when drawn. */
    static boolean rounds(double[][] rows) {
        for (double[] r : rows) {
            for (double v : r) {
                if (!cell(v).equals(NumberText.ascii(v))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Draws {@code rows}, labelling row i as {@code firstRow + i} and column j as {@code firstCol +
     * j} (the frame the positions are reported in).
     */
    static String draw(double[][] rows, int firstRow, int firstCol, String indent) {
        int h = rows.length;
        int w = rows[0].length;
        String[][] cells = new String[h][w];
        int width = Integer.toString(firstCol + w - 1).length();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                cells[y][x] = cell(rows[y][x]);
                width = Math.max(width, cells[y][x].length());
            }
        }
        int labelWidth =
                Math.max(
                        Integer.toString(firstRow).length(),
                        Integer.toString(firstRow + h - 1).length());
        StringBuilder b = new StringBuilder(indent).append(" ".repeat(labelWidth)).append(" |");
        for (int x = 0; x < w; x++) {
            b.append(' ').append(pad(Integer.toString(firstCol + x), width));
        }
        b.append('\n')
                .append(indent)
                .append("-".repeat(labelWidth))
                .append("-+")
                .append("-".repeat(w * (width + 1)))
                .append('\n');
        for (int y = 0; y < h; y++) {
            b.append(indent).append(pad(Integer.toString(firstRow + y), labelWidth)).append(" |");
            for (int x = 0; x < w; x++) {
                b.append(' ').append(pad(cells[y][x], width));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** Whole numbers exactly; others rounded to three decimals. */
    static String cell(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return NumberText.ascii(v);
        }
        BigDecimal d =
                new BigDecimal(v).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }
}
