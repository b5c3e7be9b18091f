package org.convlab.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.convlab.lessons.worksheet.Block;

/**
 * Lays text, grids and answer lines down a sequence of pages, top to bottom, opening a page when
 * one is full. With {@link #measure} the same code runs without drawing, so a writer can ask how
 * tall an exercise is before deciding whether it still fits on the page.
 */
final class PdfPages {
    static final float MARGIN = 50;

    /** Room kept free at the bottom of every page for the footer. */
    static final float FOOTER = 28;

    /** One grid cell: room for "−1" written by hand. */
    static final float CELL = 26;

    static final float BODY_SIZE = 10.5f;
    static final float LEADING = 14.5f;

    private final PDDocument doc;
    private final PDRectangle size;
    final PDFont regular;
    final PDFont bold;
    private PDPageContentStream out;
    private float y;
    private boolean drawing = true;

    PdfPages(PDDocument doc, PDRectangle size, PDFont regular, PDFont bold) {
        this.doc = doc;
        this.size = size;
        this.regular = regular;
        this.bold = bold;
    }

    float left() {
        return MARGIN;
    }

    float right() {
        return size.getWidth() - MARGIN;
    }

    /** Height still free on the current page (nothing before the first page). */
    float room() {
        return out == null ? -1 : y - MARGIN - FOOTER;
    }

    /** Room on an empty page. */
    float pageRoom() {
        return size.getHeight() - 2 * MARGIN - FOOTER;
    }

    void newPage() throws IOException {
        finishPage();
        PDPage page = new PDPage(size);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = size.getHeight() - MARGIN;
    }

    void finishPage() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    /** How tall {@code work} is when laid out here, without drawing it. */
    float measure(Layout work) throws IOException {
        float start = y;
        drawing = false;
        try {
            work.run();
            return start - y;
        } finally {
            drawing = true;
            y = start;
        }
    }

    /** Some layout to measure or draw. */
    interface Layout {
        void run() throws IOException;
    }

    void gap(float points) {
        y -= points;
    }

    /** A paragraph wrapped to the text width. */
    void paragraph(String text, PDFont font, float fontSize, float leading) throws IOException {
        for (String line : wrap(text, font, fontSize, right() - left())) {
            y -= leading;
            write(line, font, fontSize, left(), y + (leading - fontSize) * 0.5f);
        }
    }

    /** A label and a line to write on, reaching the right margin. */
    void answerLine(String label) throws IOException {
        y -= 26;
        write(label, regular, BODY_SIZE, left(), y);
        float from = left() + width(label, regular, BODY_SIZE) + 8;
        if (drawing) {
            out.setLineWidth(0.6f);
            out.setStrokingColor(0.35f);
            out.moveTo(from, y - 2);
            out.lineTo(right(), y - 2);
            out.stroke();
        }
    }

    /** Grids side by side while they fit the width, else on the next row. */
    void grids(List<Block.Grid> grids) throws IOException {
        List<Block.Grid> row = new ArrayList<>();
        float used = 0;
        for (Block.Grid g : grids) {
            float w = gridWidth(g);
            if (!row.isEmpty() && used + w > right() - left()) {
                gridRow(row);
                row.clear();
                used = 0;
            }
            row.add(g);
            used += w + 24;
        }
        if (!row.isEmpty()) {
            gridRow(row);
        }
    }

    private float gridWidth(Block.Grid g) throws IOException {
        return Math.max(g.cols() * CELL, width(g.caption(), regular, 9));
    }

    private void gridRow(List<Block.Grid> row) throws IOException {
        int rows = 0;
        for (Block.Grid g : row) {
            rows = Math.max(rows, g.rows());
        }
        float captionY = y - 14;
        float top = captionY - 5;
        float x = left();
        for (Block.Grid g : row) {
            write(g.caption(), regular, 9, x, captionY);
            grid(g, x, top);
            x += gridWidth(g) + 24;
        }
        y = top - rows * CELL - 10;
    }

    /** One grid with its top-left corner at (x, top): given cells shaded, blank ones white. */
    private void grid(Block.Grid g, float x, float top) throws IOException {
        if (!drawing) {
            return;
        }
        out.setLineWidth(0.8f);
        out.setStrokingColor(0f);
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                float cx = x + c * CELL;
                float cy = top - (r + 1) * CELL;
                String text = g.cell(r, c);
                out.addRect(cx, cy, CELL, CELL);
                if (text.isEmpty()) {
                    out.stroke();
                    continue;
                }
                out.setNonStrokingColor(0.9f);
                out.fillAndStroke();
                out.setNonStrokingColor(0f);
                float w = width(text, regular, 11);
                write(text, regular, 11, cx + (CELL - w) / 2, cy + CELL / 2 - 4);
            }
        }
    }

    /** One line of text at (x, baseline), when drawing. */
    void write(String text, PDFont font, float fontSize, float x, float baseline)
            throws IOException {
        if (!drawing || text.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, fontSize);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    static float width(String text, PDFont font, float fontSize) throws IOException {
        return font.getStringWidth(text) / 1000 * fontSize;
    }

    /** Splits at spaces so that no line is wider than {@code max} (a longer word stands alone). */
    static List<String> wrap(String text, PDFont font, float fontSize, float max)
            throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String next = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(next, font, fontSize) > max) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(next);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
