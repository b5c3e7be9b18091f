package org.convlab.viewmodel.worksheet;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Padding;
import org.convlab.format.WorksheetPdf;
import org.convlab.lessons.worksheet.Exercise;
import org.convlab.lessons.worksheet.GridExercise;
import org.convlab.lessons.worksheet.Layer;
import org.convlab.lessons.worksheet.LayerExercise;
import org.convlab.lessons.worksheet.ShiftExercise;
import org.convlab.lessons.worksheet.Worksheet;
import org.convlab.lessons.worksheet.WorksheetChoice;
import org.convlab.viewmodel.Lesson;
import org.convlab.viewmodel.MainViewModel;
import org.convlab.viewmodel.document.DocumentViewModel;
import org.convlab.viewmodel.params.ParametersViewModel;
import org.convlab.viewmodel.translation.LessonMode;
import org.convlab.viewmodel.translation.TranslationViewModel;

/**
 * The File menu's worksheet commands: export a sheet, and open one of its exercises in the lesson
 * that shows it live. A grid goes into the detector through the document, so it is one edit that
 * Undo takes back; a layer goes into the parameters lesson and a signal into the translation
 * lesson, and the app switches to that lesson.
 */
public final class WorksheetExercises {
    private final MainViewModel main;
    private final DocumentViewModel document;

    public WorksheetExercises(MainViewModel main, DocumentViewModel document) {
        this.main = Objects.requireNonNull(main, "main");
        this.document = Objects.requireNonNull(document, "document");
    }

    /**
     * The work of writing a sheet, to run off the FX thread; it reads nothing of the app's state.
     * Bad numbers are refused at once (IllegalArgumentException) rather than in the background.
     */
    public Callable<Path> export(
            long seed, WorksheetChoice choice, int count, WorksheetPdf.Paper paper, Path target) {
        if (count < 1 || count > Worksheet.MAX_EXERCISES) {
            throw new IllegalArgumentException(
                    "the number of exercises must be from 1 to "
                            + Worksheet.MAX_EXERCISES
                            + ", got "
                            + count);
        }
        return () -> {
            WorksheetPdf.write(Worksheet.generate(seed, choice, count), paper, target);
            return target;
        };
    }

    /**
     * Puts exercise {@code number} of the sheet made from {@code seed} and {@code choice} into its
     * lesson and shows that lesson; returns what was opened, for the status line. A number outside
     * 1 to 100 is refused with IllegalArgumentException.
     */
    public String open(long seed, WorksheetChoice choice, int number) {
        Exercise e = Worksheet.exercise(seed, choice, number);
        if (e instanceof GridExercise g) {
            document.apply(g.workspace(), "worksheet exercise " + number);
            main.setLesson(Lesson.DETECTOR);
        } else if (e instanceof LayerExercise l) {
            showLayer(l.layer());
        } else if (e instanceof ShiftExercise s) {
            TranslationViewModel t = main.translation();
            t.setMode(LessonMode.TRANSLATE);
            t.setCircular(false);
            t.setPadding(Padding.VALID);
            t.setMatchMode(MatchMode.RAW);
            t.setShift(0);
            t.setData(s.signal(), s.kernel());
            t.setShift(s.shift());
            main.setLesson(Lesson.TRANSLATION);
        }
        return "Exercise " + number + " of seed " + seed + " (" + choice.id() + "): " + e.title();
    }

    private void showLayer(Layer l) {
        ParametersViewModel p = main.parameters();
        p.height().setText(Integer.toString(l.height()));
        p.width().setText(Integer.toString(l.width()));
        p.channels().setText(Integer.toString(l.channels()));
        p.filters().setText(Integer.toString(l.filters()));
        p.kernelHeight().setText(Integer.toString(l.kernel()));
        p.kernelWidth().setText(Integer.toString(l.kernel()));
        p.setPaddingKind(l.padding().kind());
        if (l.padding().kind() == Padding.Kind.EXPLICIT) {
            p.paddingAmount().setText(Integer.toString(l.padding().amount()));
        }
        p.stride().setText(Integer.toString(l.stride()));
        p.dilation().setText(Integer.toString(l.dilation()));
        p.setBias(true);
        main.setLesson(Lesson.PARAMETERS);
    }
}
