package org.convlab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.convlab.conv.Argmax;
import org.convlab.conv.Image;
import org.convlab.conv.NumberList;
import org.convlab.conv.NumberText;
import org.convlab.format.WorkspaceCodec;
import org.convlab.lessons.worksheet.GridExercise;
import org.convlab.lessons.worksheet.Layer;
import org.convlab.lessons.worksheet.ShiftExercise;
import org.convlab.lessons.worksheet.SizeExercise;
import org.convlab.lessons.worksheet.Worksheet;
import org.convlab.lessons.worksheet.WorksheetChoice;
import org.convlab.view.document.WorksheetActions;
import org.convlab.view.shared.MapView;
import org.convlab.viewmodel.Lesson;
import org.convlab.viewmodel.MainViewModel;
import org.convlab.viewmodel.document.BlankWorkspace;
import org.convlab.viewmodel.document.DocumentViewModel;
import org.convlab.viewmodel.document.EditableDocument;
import org.convlab.viewmodel.document.RecentFiles;
import org.convlab.viewmodel.document.UndoHistory;
import org.convlab.viewmodel.worksheet.WorksheetExercises;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Open Worksheet Exercise… puts the printed exercise on screen, in its lesson. */
@ExtendWith(ApplicationExtension.class)
class WorksheetMenuTest {
    private MainViewModel model;
    private DocumentViewModel document;
    private FileMenu file;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("org/convlab/test-" + UUID.randomUUID());
        model = new MainViewModel();
        MainView view = new MainView(model);
        document =
                new DocumentViewModel(
                        EditableDocument.of(
                                model.detector().committedWorkspaceProperty(),
                                model.detector()::load),
                        WorkspaceCodec.json(),
                        new RecentFiles(prefs),
                        BlankWorkspace::create,
                        new UndoHistory());
        file = new FileMenu(document, () -> stage);
        file.addWorksheetItems(
                new WorksheetActions(
                        new WorksheetExercises(model, document), file.actions().dialogs()));
        view.menuBar().addLeading(file);
        stage.setScene(new Scene(view, 1280, 800));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
    }

    private static MenuItem item(Menu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    /** Opens exercise {@code number} of seed 7, all lessons, through the menu and the dialog. */
    private void openExercise(FxRobot robot, int number) {
        Platform.runLater(() -> item(file, "file-open-worksheet-exercise").fire());
        WaitForAsyncUtils.waitForFxEvents();
        TextField seed = robot.lookup("#worksheet-seed").queryAs(TextField.class);
        robot.clickOn(seed).eraseText(seed.getText().length()).write("7");
        assertThat(robot.lookup("#worksheet-lesson").queryAs(ChoiceBox.class).getValue())
                .isEqualTo(WorksheetChoice.ALL);
        Spinner<?> n = robot.lookup("#worksheet-number").queryAs(Spinner.class);
        robot.doubleClickOn(n.getEditor()).eraseText(3).write(Integer.toString(number));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theFileMenuHasBothWorksheetItems() {
        Menu export = (Menu) item(file, "file-export");
        assertThat(item(export, "file-export-worksheet").getText()).isEqualTo("Worksheet (PDF)…");
        int recent = file.getItems().indexOf(item(file, "file-recent"));
        assertThat(file.getItems().get(recent + 1).getId())
                .isEqualTo("file-open-worksheet-exercise");
        assertThat(file.getItems().get(recent + 1).getText()).isEqualTo("Open Worksheet Exercise…");
    }

    @Test
    void exerciseOneOfSeedSevenPutsItsGridInTheDetector(FxRobot robot) {
        GridExercise e = (GridExercise) Worksheet.exercise(7, WorksheetChoice.ALL, 1);
        robot.interact(() -> model.setLesson(Lesson.TRANSLATION));
        openExercise(robot, 1);
        assertThat(model.getLesson()).isEqualTo(Lesson.DETECTOR);
        assertThat(robot.lookup("#input-title").queryAs(Label.class).getText())
                .isEqualTo("Input 5×5");
        MapView input = robot.lookup("#input-map").queryAs(MapView.class);
        Image img = e.image();
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 5; x++) {
                assertThat(input.drawnArgb(y, x))
                        .as("input cell (%d, %d)", y, x)
                        .isEqualTo(img.get(0, y, x) == 1 ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        Argmax a = e.detection().argmax();
        // the answer key's last line is what the detector says under its maps
        String maximum = e.answers().get(e.answers().size() - 1);
        assertThat(maximum)
                .isEqualTo(
                        "Maximum %s at row %d, column %d",
                        NumberText.exact(a.max()), a.row(), a.col());
        assertThat(robot.lookup("#argmax-text").queryAs(Label.class).getText()).startsWith(maximum);
        assertThat(document.getUndoLabel()).isEqualTo("Undo worksheet exercise 1");
    }

    @Test
    void exerciseTwoPutsItsLayerInTheParametersLesson(FxRobot robot) {
        Layer l = ((SizeExercise) Worksheet.exercise(7, WorksheetChoice.ALL, 2)).layer();
        openExercise(robot, 2);
        assertThat(model.getLesson()).isEqualTo(Lesson.PARAMETERS);
        assertThat(robot.lookup("#params-height").queryAs(TextField.class).getText())
                .isEqualTo(Integer.toString(l.height()));
        assertThat(model.parameters().getTally().outHeight()).isEqualTo(l.geometry().outHeight());
        assertThat(robot.lookup("#output-shape").queryAs(Label.class).getText())
                .isEqualTo("Output H′×W′×N = " + model.parameters().getOutputShapeText())
                .contains(Integer.toString(l.geometry().outHeight()));
    }

    @Test
    void exerciseThreePutsItsSignalAndShiftInTheTranslationLesson(FxRobot robot) {
        ShiftExercise e = (ShiftExercise) Worksheet.exercise(7, WorksheetChoice.ALL, 3);
        openExercise(robot, 3);
        assertThat(model.getLesson()).isEqualTo(Lesson.TRANSLATION);
        assertThat(robot.lookup("#signal-field").queryAs(TextField.class).getText())
                .isEqualTo(NumberList.format(e.signal()));
        assertThat(robot.lookup("#kernel-field").queryAs(TextField.class).getText())
                .isEqualTo(NumberList.format(e.kernel()));
        assertThat(robot.lookup("#shift-slider").queryAs(Slider.class).getValue())
                .isEqualTo(e.shift());
        assertThat(model.translation().getOutputAfter()).containsExactly(e.check().after());
    }

    @Test
    void theExportDialogAsksForSeedLessonsCountAndPaperAndNeedsANumber(FxRobot robot) {
        Platform.runLater(
                () -> item((Menu) item(file, "file-export"), "file-export-worksheet").fire());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#worksheet-export-dialog").queryAs(DialogPane.class);
        assertThat(robot.lookup("#worksheet-count").queryAs(Spinner.class).getValue()).isEqualTo(6);
        assertThat(robot.lookup("#worksheet-paper").queryAs(ChoiceBox.class).getValue())
                .hasToString("a4");
        Node ok = pane.lookupButton(ButtonType.OK);
        TextField seed = robot.lookup("#worksheet-seed").queryAs(TextField.class);
        robot.clickOn(seed).eraseText(seed.getText().length());
        assertThat(ok.isDisabled()).isTrue();
        robot.write("x");
        assertThat(seed.getText()).isEmpty();
        robot.write("-");
        assertThat(seed.getText()).isEqualTo("-");
        assertThat(ok.isDisabled()).isTrue();
        robot.write("12");
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#worksheet-export-dialog").tryQuery()).isEmpty();
    }
}
