package org.convlab.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.convlab.conv.Echo;
import org.convlab.lessons.worksheet.Block;
import org.convlab.lessons.worksheet.Exercise;
import org.convlab.lessons.worksheet.Worksheet;

/**
 * A worksheet as a printable PDF: the exercises first, each with its number, lesson and the seed,
 * then the answer key on pages of its own. Text is set in the embedded DejaVu Sans (it has the −,
 * Σ, ′, × and → the exercises use; its licence is next to the font files). The file holds no date
 * and its ID is made from the seed, so one seed always gives the same bytes.
 */
public final class WorksheetPdf {
    /** The paper sizes a sheet can be printed on. */
    public enum Paper {
        A4(PDRectangle.A4),
        LETTER(PDRectangle.LETTER);

        private final PDRectangle size;

        Paper(PDRectangle size) {
            this.size = size;
        }

        /** Reads a4 or letter (any case). */
        public static Paper parse(String text) {
            String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            for (Paper p : values()) {
                if (p.name().toLowerCase(Locale.ROOT).equals(t)) {
                    return p;
                }
            }
            throw new IllegalArgumentException(
                    "unknown paper size '" + text + "'; choose a4 or letter");
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String FONTS = "fonts/";

    private WorksheetPdf() {}

    /**
     * Writes the sheet to {@code target}, replacing any file there in one atomic step. A failure's
     * message is one sentence naming the file and the reason.
     */
    public static void write(Worksheet sheet, Paper paper, Path target) throws IOException {
        String name = Echo.path(target.toString());
        Path folder = target.toAbsolutePath().getParent();
        if (Files.isDirectory(target)) {
            throw new IOException(name + " is a folder; give a file name such as sheet.pdf");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("cannot write " + name + ": its folder does not exist");
        }
        byte[] pdf = bytes(sheet, paper);
        try {
            AtomicFile.write(target, pdf);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot write " + name + ": permission denied", e);
        } catch (FileSystemException e) {
            // the message of these is only the path; the reason, when the system gives one, is
            // what the user needs ("Read-only file system", "No space left on device")
            throw new IOException(
                    "cannot write "
                            + name
                            + ": "
                            + (e.getReason() != null
                                    ? Echo.inside(e.getReason())
                                    : "the folder does not take new files ("
                                            + e.getClass().getSimpleName()
                                            + ")"),
                    e);
        } catch (IOException e) {
            throw new IOException(
                    "cannot write "
                            + name
                            + ": "
                            + (e.getMessage() == null
                                    ? e.getClass().getSimpleName()
                                    : Echo.inside(e.getMessage())),
                    e);
        }
    }

    /** The PDF's bytes. */
    public static byte[] bytes(Worksheet sheet, Paper paper) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = font(doc, "DejaVuSans.ttf");
            PDFont bold = font(doc, "DejaVuSans-Bold.ttf");
            PdfPages pages = new PdfPages(doc, paper.size, regular, bold);
            pages.newPage();
            pages.paragraph("ConvLab worksheet: " + describe(sheet), bold, 15, 20);
            pages.paragraph(
                    "Work each exercise by hand; the answer key is on the last pages. To check an"
                            + " exercise live, open it in ConvLab with File ▸ Open Worksheet Exercise…"
                            + " and the seed "
                            + sheet.seed()
                            + ".",
                    regular,
                    PdfPages.BODY_SIZE,
                    PdfPages.LEADING);
            pages.answerLine("Name:");
            pages.gap(8);
            for (Exercise e : sheet.exercises()) {
                keepTogether(pages, () -> exercise(pages, sheet, e));
            }
            pages.newPage();
            pages.paragraph("Answer key: " + describe(sheet), bold, 15, 20);
            for (Exercise e : sheet.exercises()) {
                keepTogether(pages, () -> answers(pages, sheet, e));
            }
            pages.finishPage();
            footers(doc, regular, sheet);
            doc.getDocument().setDocumentID(documentId(sheet, paper));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** "seed 7, all lessons, 6 exercises". */
    private static String describe(Worksheet sheet) {
        int n = sheet.exercises().size();
        return "seed "
                + sheet.seed()
                + ", "
                + sheet.choice().title().toLowerCase(Locale.ROOT)
                + ", "
                + n
                + (n == 1 ? " exercise" : " exercises");
    }

    /** Starts a new page first when {@code part} does not fit on what is left of this one. */
    private static void keepTogether(PdfPages pages, PdfPages.Layout part) throws IOException {
        if (pages.measure(part) > pages.room()) {
            pages.newPage();
        }
        part.run();
    }

    private static void exercise(PdfPages pages, Worksheet sheet, Exercise e) throws IOException {
        pages.gap(10);
        pages.paragraph(heading(sheet, e), pages.bold, 12, 17);
        List<Block.Grid> grids = new ArrayList<>();
        for (Block b : e.question()) {
            if (b instanceof Block.Grid g) {
                grids.add(g);
                continue;
            }
            if (!grids.isEmpty()) {
                pages.grids(grids);
                grids.clear();
            }
            if (b instanceof Block.Text t) {
                pages.paragraph(t.text(), pages.regular, PdfPages.BODY_SIZE, PdfPages.LEADING);
            } else if (b instanceof Block.Answer a) {
                pages.answerLine(a.label());
            }
        }
        if (!grids.isEmpty()) {
            pages.grids(grids);
        }
        pages.gap(6);
    }

    /** "Exercise 3 · Lesson 1: the detector · seed 7 — Output size". */
    static String heading(Worksheet sheet, Exercise e) {
        return "Exercise "
                + e.number()
                + " · "
                + e.lesson().title()
                + " · seed "
                + sheet.seed()
                + " — "
                + e.title();
    }

    private static void answers(PdfPages pages, Worksheet sheet, Exercise e) throws IOException {
        pages.gap(8);
        pages.paragraph(heading(sheet, e), pages.bold, 11, 16);
        for (String line : e.answers()) {
            pages.paragraph(line, pages.regular, PdfPages.BODY_SIZE, PdfPages.LEADING);
        }
    }

    /** "page 2 of 5" and what the sheet is, at the foot of every page once the count is known. */
    private static void footers(PDDocument doc, PDFont font, Worksheet sheet) throws IOException {
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            PDPage page = doc.getPage(i);
            String text =
                    "ConvLab worksheet · seed "
                            + sheet.seed()
                            + " · "
                            + sheet.choice().id()
                            + " · page "
                            + (i + 1)
                            + " of "
                            + n;
            try (PDPageContentStream out =
                    new PDPageContentStream(
                            doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                float w = PdfPages.width(text, font, 8.5f);
                out.beginText();
                out.setFont(font, 8.5f);
                out.setNonStrokingColor(0.3f);
                out.newLineAtOffset((page.getMediaBox().getWidth() - w) / 2, PdfPages.MARGIN - 10);
                out.showText(text);
                out.endText();
            }
        }
    }

    private static PDFont font(PDDocument doc, String file) throws IOException {
        try (InputStream in = WorksheetPdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("the font " + file + " is missing from this build");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /**
     * The trailer's ID, which PDF readers expect; made from what the sheet is rather than the clock
     * (PDFBox's default), so the same seed writes the same file.
     */
    private static COSArray documentId(Worksheet sheet, Paper paper) {
        byte[] id;
        try {
            id =
                    MessageDigest.getInstance("MD5")
                            .digest(
                                    (sheet.seed()
                                                    + "/"
                                                    + sheet.choice().id()
                                                    + "/"
                                                    + sheet.exercises().size()
                                                    + "/"
                                                    + paper)
                                            .getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("no MD5 in this Java", e));
        }
        COSArray array = new COSArray();
        array.add(new COSString(id));
        array.add(new COSString(id));
        return array;
    }
}
