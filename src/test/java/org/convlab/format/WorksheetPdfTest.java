package org.convlab.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.convlab.lessons.worksheet.Exercise;
import org.convlab.lessons.worksheet.Worksheet;
import org.convlab.lessons.worksheet.WorksheetChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorksheetPdfTest {
    private static final Worksheet SEVEN = Worksheet.generate(7, WorksheetChoice.ALL, 6);

    /** Each page's text, whitespace runs made single spaces. */
    private static List<String> pages(byte[] pdf) throws IOException {
        List<String> texts = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                texts.add(s.getText(d).replaceAll("\\s+", " "));
            }
        }
        return texts;
    }

    @Test
    void theSameSeedWritesTheSameBytesPagesAndText() throws IOException {
        byte[] a = WorksheetPdf.bytes(SEVEN, WorksheetPdf.Paper.A4);
        byte[] b =
                WorksheetPdf.bytes(
                        Worksheet.generate(7, WorksheetChoice.ALL, 6), WorksheetPdf.Paper.A4);
        assertThat(b).isEqualTo(a);
        assertThat(pages(b)).isEqualTo(pages(a));
        byte[] other =
                WorksheetPdf.bytes(
                        Worksheet.generate(8, WorksheetChoice.ALL, 6), WorksheetPdf.Paper.A4);
        assertThat(pages(other)).isNotEqualTo(pages(a));
    }

    @Test
    void exercisesComeFirstAndTheAnswerKeyHasPagesOfItsOwn() throws IOException {
        List<String> pages = pages(WorksheetPdf.bytes(SEVEN, WorksheetPdf.Paper.A4));
        assertThat(pages).hasSize(3);
        int key = 0;
        while (!pages.get(key).startsWith("Answer key: seed 7, all lessons, 6 exercises")) {
            key++;
        }
        assertThat(key).isEqualTo(2);
        String questions = String.join(" ", pages.subList(0, key));
        String answers = String.join(" ", pages.subList(key, pages.size()));
        for (Exercise e : SEVEN.exercises()) {
            String heading = WorksheetPdf.heading(SEVEN, e);
            assertThat(questions).contains(heading);
            assertThat(answers).contains(heading);
            for (String line : e.answers()) {
                String flat = line.replaceAll("\\s+", " ");
                assertThat(answers).as("exercise %d", e.number()).contains(flat);
                assertThat(questions).doesNotContain(flat);
            }
        }
        for (int p = 0; p < pages.size(); p++) {
            assertThat(pages.get(p))
                    .endsWith("ConvLab worksheet · seed 7 · all · page " + (p + 1) + " of 3 ");
        }
    }

    @Test
    void theFontIsEmbeddedAndHasTheSymbolsTheExercisesUse() throws IOException {
        byte[] pdf = WorksheetPdf.bytes(SEVEN, WorksheetPdf.Paper.A4);
        String text = String.join(" ", pages(pdf));
        assertThat(text).contains("−1", "Σ", "H′", "×", "→");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (var name : d.getPage(0).getResources().getFontNames()) {
                PDFont f = d.getPage(0).getResources().getFont(name);
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                assertThat(f.getName()).contains("DejaVuSans");
            }
        }
    }

    @Test
    void letterPaperAndEveryPageRendersWithInk() throws IOException {
        byte[] pdf = WorksheetPdf.bytes(SEVEN, WorksheetPdf.Paper.LETTER);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(d.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
            PDFRenderer r = new PDFRenderer(d);
            for (int p = 0; p < d.getNumberOfPages(); p++) {
                BufferedImage img = r.renderImageWithDPI(p, 36);
                int dark = 0;
                for (int y = 0; y < img.getHeight(); y++) {
                    for (int x = 0; x < img.getWidth(); x++) {
                        dark += (img.getRGB(x, y) & 0xFF) < 128 ? 1 : 0;
                    }
                }
                assertThat(dark).as("page %d", p + 1).isGreaterThan(200);
            }
        }
        assertThat(WorksheetPdf.Paper.parse("A4")).isEqualTo(WorksheetPdf.Paper.A4);
        assertThatThrownBy(() -> WorksheetPdf.Paper.parse("a3"))
                .hasMessage("unknown paper size 'a3'; choose a4 or letter");
    }

    @Test
    void aHundredExercisesFitAndNothingRunsOffThePage() throws IOException {
        Worksheet big = Worksheet.generate(123, WorksheetChoice.ALL, 100);
        List<String> pages = pages(WorksheetPdf.bytes(big, WorksheetPdf.Paper.LETTER));
        String all = String.join(" ", pages);
        for (Exercise e : big.exercises()) {
            assertThat(all).contains(WorksheetPdf.heading(big, e));
        }
        assertThat(pages.size()).isBetween(20, 60);
    }

    @Test
    void writingReplacesAFileAndRefusesAFolderOrAMissingFolder(@TempDir Path dir)
            throws IOException {
        Path target = dir.resolve("sheet.pdf");
        Files.writeString(target, "old");
        WorksheetPdf.write(SEVEN, WorksheetPdf.Paper.A4, target);
        assertThat(Files.readAllBytes(target))
                .isEqualTo(WorksheetPdf.bytes(SEVEN, WorksheetPdf.Paper.A4));
        assertThatThrownBy(() -> WorksheetPdf.write(SEVEN, WorksheetPdf.Paper.A4, dir))
                .hasMessageEndingWith(" is a folder; give a file name such as sheet.pdf");
        Path missing = dir.resolve("no/such/sheet.pdf");
        assertThatThrownBy(() -> WorksheetPdf.write(SEVEN, WorksheetPdf.Paper.A4, missing))
                .hasMessage("cannot write " + missing + ": its folder does not exist");
    }
}
