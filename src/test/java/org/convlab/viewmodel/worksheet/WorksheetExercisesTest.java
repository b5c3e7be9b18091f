package org.convlab.viewmodel.worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;
import org.convlab.format.WorksheetPdf;
import org.convlab.format.WorkspaceCodec;
import org.convlab.lessons.worksheet.CountExercise;
import org.convlab.lessons.worksheet.GridExercise;
import org.convlab.lessons.worksheet.Worksheet;
import org.convlab.lessons.worksheet.WorksheetChoice;
import org.convlab.viewmodel.Lesson;
import org.convlab.viewmodel.MainViewModel;
import org.convlab.viewmodel.document.BlankWorkspace;
import org.convlab.viewmodel.document.DocumentViewModel;
import org.convlab.viewmodel.document.EditableDocument;
import org.convlab.viewmodel.document.RecentFiles;
import org.convlab.viewmodel.document.UndoHistory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorksheetExercisesTest {
    private Preferences prefs;
    private MainViewModel main;
    private DocumentViewModel document;
    private WorksheetExercises exercises;

    @BeforeEach
    void setUp() {
        prefs = Preferences.userRoot().node("org/convlab/test-" + UUID.randomUUID());
        main = new MainViewModel();
        document =
                new DocumentViewModel(
                        EditableDocument.of(
                                main.detector().committedWorkspaceProperty(),
                                main.detector()::load),
                        WorkspaceCodec.json(),
                        new RecentFiles(prefs),
                        BlankWorkspace::create,
                        new UndoHistory());
        exercises = new WorksheetExercises(main, document);
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
    }

    @Test
    void exportIsWorkForLaterThatWritesTheSameSheetAsTheCommandLine(@TempDir Path dir)
            throws Exception {
        Path target = dir.resolve("sheet.pdf");
        Callable<Path> job =
                exercises.export(7, WorksheetChoice.ALL, 6, WorksheetPdf.Paper.A4, target);
        assertThat(target).doesNotExist();
        assertThat(job.call()).isEqualTo(target);
        assertThat(Files.readAllBytes(target))
                .isEqualTo(
                        WorksheetPdf.bytes(
                                Worksheet.generate(7, WorksheetChoice.ALL, 6),
                                WorksheetPdf.Paper.A4));
        assertThatThrownBy(
                        () ->
                                exercises.export(
                                        7, WorksheetChoice.ALL, 0, WorksheetPdf.Paper.A4, target))
                .hasMessage("the number of exercises must be from 1 to 100, got 0");
    }

    @Test
    void openingAGridIsOneEditThatUndoTakesBack() {
        var before = document.workspace();
        String said = exercises.open(42, WorksheetChoice.DETECTOR, 3);
        GridExercise e = (GridExercise) Worksheet.exercise(42, WorksheetChoice.DETECTOR, 3);
        assertThat(said).isEqualTo("Exercise 3 of seed 42 (detector): Convolve by hand");
        assertThat(main.detector().getWorkspace()).isEqualTo(e.workspace());
        assertThat(main.getLesson()).isEqualTo(Lesson.DETECTOR);
        document.undo();
        assertThat(main.detector().getWorkspace()).isEqualTo(before);
    }

    @Test
    void openingACountPutsTheLayerInTheParametersLesson() {
        main.setLesson(Lesson.TRANSLATION);
        CountExercise e = (CountExercise) Worksheet.exercise(5, WorksheetChoice.PARAMS, 2);
        exercises.open(5, WorksheetChoice.PARAMS, 2);
        assertThat(main.getLesson()).isEqualTo(Lesson.PARAMETERS);
        assertThat(main.parameters().getTally()).isEqualTo(e.layer().tally());
        assertThatThrownBy(() -> exercises.open(5, WorksheetChoice.PARAMS, 101))
                .hasMessage("the exercise number must be from 1 to 100, got 101");
    }
}
