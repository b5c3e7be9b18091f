package org.convlab.cli;

import java.util.ArrayList;
import java.util.List;

/** Rows of cells printed in aligned columns: text left-aligned, numbers right-aligned. */
final class TextTable {
    private final boolean[] rightAligned;
    private final List<String[]> rows = new ArrayList<>();

    /** {@code alignment} holds one letter per column, L or R. */
    TextTable(String alignment) {
        rightAligned = new boolean[alignment.length()];
        for (int i = 0; i < rightAligned.length; i++) {
            rightAligned[i] = alignment.charAt(i) == 'R';
        }
    }

    TextTable row(String... cells) {
        if (cells.length != rightAligned.length) {
            throw new IllegalArgumentException(
                    "a row of this table has " + rightAligned.length + " cells");
        }
        rows.add(cells);
        return this;
    }

    /** The table, each line indented by {@code indent} and ending in a newline. */
    String render(String indent) {
        int[] widths = new int[rightAligned.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < r.length; i++) {
                if (i > 0) {
                    line.append("  ");
                }
                String pad = " ".repeat(widths[i] - r[i].length());
                line.append(rightAligned[i] ? pad + r[i] : r[i] + pad);
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }
}
