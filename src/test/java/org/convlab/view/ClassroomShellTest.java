package org.convlab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convlab.viewmodel.Lesson;
import org.convlab.viewmodel.MainViewModel;
import org.convlab.viewmodel.MemoryPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window around the lessons, driven by the keys a teacher presses. */
@ExtendWith(ApplicationExtension.class)
class ClassroomShellTest {
    private MainViewModel model;
    private MainView view;
    private Stage stage;

    /** The primary stage is shared with the test classes that run next: leave it windowed. */
    @AfterEach
    void leaveFullScreen(FxRobot robot) {
        robot.interact(() -> stage.setFullScreen(false));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new MainViewModel();
        view = new MainView(model);
        stage.setScene(new Scene(view, 1200, 800));
        stage.sizeToScene(); // the stage is shared: an earlier test may have sized it
        stage.show();
    }

    private TabPane tabs(FxRobot robot) {
        return robot.lookup("#lessons").queryAs(TabPane.class);
    }

    private static void push(FxRobot robot, KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlDigitsGoToTheThreeLessons(FxRobot robot) {
        push(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(tabs(robot).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("parameters-tab");
        assertThat(model.getLesson()).isEqualTo(Lesson.PARAMETERS);

        push(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        assertThat(tabs(robot).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("translation-tab");

        push(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        assertThat(tabs(robot).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("detector-tab");
    }

    @Test
    void clickingATabUpdatesTheLessonAndTheGoMenu(FxRobot robot) {
        robot.clickOn("Translation");
        assertThat(model.getLesson()).isEqualTo(Lesson.TRANSLATION);
    }

    @Test
    void f1ListsEveryShortcutAndEscClosesTheList(FxRobot robot) {
        push(robot, KeyCode.F1);

        assertThat(robot.lookup("#help-overlay").query().isVisible()).isTrue();
        Set<Label> labels =
                robot.lookup("#help-table").lookup(".shortcut-keys").queryAllAs(Label.class);
        assertThat(labels)
                .extracting(Label::getText)
                .contains(
                        "F1 or ?",
                        "F5 or Ctrl+P",
                        "Ctrl+2",
                        "Space",
                        "Ctrl+S",
                        "Ctrl+Shift+Z",
                        "Ctrl+Y");
        assertThat(robot.lookup("#help-table").lookup(".shortcut-group").queryAllAs(Label.class))
                .extracting(Label::getText)
                .containsExactly(
                        "Everywhere",
                        "Files and editing",
                        "Pattern detector",
                        "Conv vs fully connected",
                        "Translation",
                        "Learn the filters");
        assertThat(robot.lookup("#help-close").query().isFocused()).isTrue();

        push(robot, KeyCode.ESCAPE);
        assertThat(robot.lookup("#help-overlay").query().isVisible()).isFalse();
        assertThat(model.isHelpVisible()).isFalse();
    }

    /** On a 1024×768 projector, at a desk and on the stage, every key in the list reads whole. */
    @Test
    void theShortcutListCutsNoKeyAt1024By768(FxRobot robot) {
        robot.interact(
                () -> {
                    stage.setWidth(1024);
                    stage.setHeight(768);
                });
        for (boolean stage : new boolean[] {false, true}) {
            robot.interact(() -> model.presenter().setActive(stage));
            robot.interact(() -> model.setHelpVisible(true));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(
                    () ->
                            assertThat(
                                            ClassroomScreens.cutTexts(
                                                    (javafx.scene.Parent)
                                                            robot.lookup("#help-table").query()))
                                    .as("presenter %s", stage)
                                    .isEmpty());
            robot.interact(() -> model.setHelpVisible(false));
        }
        robot.interact(() -> model.presenter().setActive(false));
    }

    /** Over the shortcut list Page Down scrolls the list; it starts no guided reveal behind it. */
    @Test
    void pageDownScrollsTheShortcutListNotTheLesson(FxRobot robot) {
        push(robot, KeyCode.F1);
        javafx.scene.control.ScrollPane list =
                (javafx.scene.control.ScrollPane)
                        robot.lookup("#help-overlay").lookup(".overlay-scroll").query();
        assertThat(list.getVvalue()).isZero();

        push(robot, KeyCode.PAGE_DOWN);

        assertThat(model.reveal(model.getLesson()).getStep()).isEqualTo(-1);
        assertThat(list.getVvalue()).isGreaterThan(0);
        push(robot, KeyCode.ESCAPE);
        push(robot, KeyCode.PAGE_DOWN);
        assertThat(model.reveal(model.getLesson()).getStep()).isZero();
        robot.interact(() -> model.reveal(model.getLesson()).stop());
    }

    @Test
    void aQuestionMarkOpensTheShortcuts(FxRobot robot) {
        robot.write('?');
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.isHelpVisible()).isTrue();
    }

    @Test
    void shortcutsAScreenRegistersLaterAppearInTheList(FxRobot robot) {
        robot.interact(
                () ->
                        model.shortcuts()
                                .register(Lesson.TRANSLATION.title(), "Ctrl+R", "Reset the shift"));
        push(robot, KeyCode.F1);
        assertThat(
                        robot.lookup("#help-table")
                                .lookup(".shortcut-description")
                                .queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("Reset the shift");
    }

    @Test
    void presenterModeEnlargesTheTextOfEveryLessonAndEscLeavesIt(FxRobot robot) {
        double[] before = guideFontSizes(robot);
        assertThat(before).containsOnly(MainView.fontSize(1.0));

        push(robot, KeyCode.F5);

        assertThat(model.presenter().isActive()).isTrue();
        assertThat(model.display().getScale()).isEqualTo(1.5);
        assertThat(model.display().isHighContrast()).isTrue();
        assertThat(model.display().getOutlineWidth()).isEqualTo(4.5);
        assertThat(stage.getScene().getStylesheets()).contains(MainView.HIGH_CONTRAST_CSS);
        assertThat(guideFontSizes(robot)).containsOnly(MainView.fontSize(1.5));
        assertThat(tabHeaderFontSize(robot)).isEqualTo(MainView.fontSize(1.5));
        assertThat(stage.isFullScreen()).isTrue();

        push(robot, KeyCode.ESCAPE);

        assertThat(model.presenter().isActive()).isFalse();
        assertThat(model.display().getScale()).isEqualTo(1.0);
        assertThat(stage.getScene().getStylesheets()).doesNotContain(MainView.HIGH_CONTRAST_CSS);
        assertThat(guideFontSizes(robot)).containsOnly(MainView.fontSize(1.0));
        assertThat(stage.isFullScreen()).isFalse();
    }

    @Test
    void ctrlPAndF5SwitchPresenterModeOnAndOffAtTwoHundredPercent(FxRobot robot) {
        robot.interact(() -> model.presenter().setPresenterScale(2.0));
        push(robot, KeyCode.CONTROL, KeyCode.P);
        assertThat(model.display().getScale()).isEqualTo(2.0);
        assertThat(guideFontSizes(robot)).containsOnly(MainView.fontSize(2.0));

        push(robot, KeyCode.F5);
        assertThat(model.presenter().isActive()).isFalse();
        assertThat(guideFontSizes(robot)).containsOnly(MainView.fontSize(1.0));
    }

    @Test
    void theAboutBoxShowsVersionLicenceAndCredits(FxRobot robot) {
        robot.clickOn("#menu-help").clickOn("#menu-about");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#about-box").query().isVisible()).isTrue();
        assertThat(robot.lookup("#about-version").queryAs(Label.class).getText())
                .isEqualTo("Version 0.1.0");
        assertThat(robot.lookup("#about-licence").queryAs(TextArea.class).getText())
                .startsWith("MIT License")
                .contains("ConvLab contributors");
        assertThat(robot.lookup("#about-credits").lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .anyMatch(t -> t.startsWith("OpenJFX"))
                .anyMatch(t -> t.startsWith("ControlsFX"))
                .anyMatch(t -> t.startsWith("Jackson"))
                .anyMatch(t -> t.startsWith("picocli"));

        push(robot, KeyCode.ESCAPE);
        assertThat(robot.lookup("#about-box").query().isVisible()).isFalse();
    }

    @Test
    void f9HidesAndShowsTheWhatToTryGuide(FxRobot robot) {
        assertThat(robot.lookup("#detector-guide").query().isVisible()).isTrue();
        push(robot, KeyCode.F9);
        assertThat(robot.lookup("#detector-guide").query().isVisible()).isFalse();
        push(robot, KeyCode.F9);
        assertThat(robot.lookup("#detector-guide").query().isVisible()).isTrue();
        robot.clickOn("#detector-guide-hide");
        assertThat(model.isGuideVisible()).isFalse();
    }

    @Test
    void eachLessonsGuideHasItsOwnNumberedSteps(FxRobot robot) {
        for (Lesson lesson : Lesson.values()) {
            robot.interact(() -> model.setLesson(lesson));
            Node guide = robot.lookup("#" + lesson.id() + "-guide").query();
            assertThat(robot.from(guide).lookup(".guide-step-number").queryAllAs(Label.class))
                    .extracting(Label::getText)
                    .startsWith("1.", "2.", "3.");
            assertThat(guide.getAccessibleText()).isEqualTo("What to try in " + lesson.title());
        }
    }

    @Test
    void f12ShowsTheFrameTimeReadout(FxRobot robot) throws Exception {
        push(robot, KeyCode.F12);
        assertThat(robot.lookup("#frame-time").query().isVisible()).isTrue();
        assertThat(model.isFrameTimeVisible()).isTrue();
        Label readout = robot.lookup("#frame-time").queryAs(Label.class);
        // The text is renewed every ten frames; the loops line says what the core runs now.
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> readout.getText().endsWith("\nConvolution: " + model.convolutionLoops()));
        assertThat(readout.getText()).containsPattern("^Frame time \\d+\\.\\d ms \\(\\d+ fps\\)");
        push(robot, KeyCode.F12);
        assertThat(robot.lookup("#frame-time").query().isVisible()).isFalse();
    }

    @Test
    void aFileThatCannotBeOpenedAtStartIsNamedInTheMessageBar(FxRobot robot) {
        Path missing = Path.of("/no/such/dir/lesson.convlab");
        robot.interact(() -> model.openOnStart(missing));
        assertThat(robot.lookup("#message-bar").query().isVisible()).isTrue();
        assertThat(robot.lookup("#message-text").queryAs(Label.class).getText())
                .contains(missing.toString());
        robot.clickOn("#message-dismiss");
        assertThat(robot.lookup("#message-bar").query().isVisible()).isFalse();
    }

    @Test
    void otherMenusGoBeforeViewGoAndHelp(FxRobot robot) {
        robot.interact(() -> view.menuBar().addLeading(new Menu("_File"), new Menu("_Edit")));
        assertThat(view.menuBar().getMenus())
                .extracting(Menu::getText)
                .containsExactly("_File", "_Edit", "_View", "_Go", "_Help");
    }

    @Test
    void theWindowComesBackWhereItWas(FxRobot robot) {
        Preferences node = new MemoryPreferences();
        List<Rectangle2D> screens = List.of(new Rectangle2D(0, 0, 1920, 1080));
        robot.interact(
                () -> {
                    new WindowPrefs(node).attach(stage, screens);
                    stage.setX(120);
                    stage.setY(90);
                    stage.setWidth(1000);
                    stage.setHeight(700);
                });
        assertThat(new WindowPrefs(node).saved()).isEqualTo(new Rectangle2D(120, 90, 1000, 700));
    }

    @Test
    void tabMovesFromTheMessageBarToTheLessonsAndOnToTheGuide(FxRobot robot) {
        // wide enough for the guide to stand beside the lesson
        robot.interact(() -> stage.setWidth(1400));
        robot.interact(() -> model.openOnStart(Path.of("/no/such/lesson.convlab")));
        robot.interact(() -> robot.lookup("#message-dismiss").query().requestFocus());

        push(robot, KeyCode.TAB);
        assertThat(tabs(robot).isFocused()).isTrue();
        // The lesson's own controls come next (however many the screen has), then its guide.
        Node hide = robot.lookup("#detector-guide-hide").query();
        for (int presses = 0; presses < 80 && !hide.isFocused(); presses++) {
            assertThat(robot.lookup("#message-dismiss").query().isFocused()).isFalse();
            push(robot, KeyCode.TAB);
        }
        assertThat(hide.isFocused()).isTrue();
    }

    @Test
    void onANarrowWindowTheGuideFoldsIntoATabThatOpensIt(FxRobot robot) {
        robot.interact(() -> stage.setWidth(1024));
        WaitForAsyncUtils.waitForFxEvents();
        Node guide = robot.lookup("#detector-guide").query();
        Node tab = robot.lookup("#detector-guide-tab").query();
        assertThat(guide.isVisible()).as("guide shown on a 1024 px window").isFalse();
        assertThat(tab.isVisible()).isTrue();
        robot.clickOn(tab);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(guide.isVisible()).isTrue();
        javafx.geometry.Bounds b = guide.localToScene(guide.getLayoutBounds());
        assertThat(b.getMaxX())
                .as("right edge of the open guide")
                .isLessThanOrEqualTo(stage.getScene().getWidth());
        robot.clickOn(tab);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(guide.isVisible()).isFalse();
        robot.interact(() -> stage.setWidth(1400));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(guide.isVisible()).as("guide beside the lesson at 1400 px").isTrue();
        assertThat(tab.isVisible()).isFalse();
    }

    private double[] guideFontSizes(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return Arrays.stream(Lesson.values())
                .flatMap(
                        l ->
                                robot
                                        .lookup("#" + l.id() + "-guide")
                                        .lookup(".guide-step")
                                        .queryAllAs(Label.class)
                                        .stream())
                .mapToDouble(
                        label -> {
                            label.applyCss();
                            return label.getFont().getSize();
                        })
                .toArray();
    }

    private double tabHeaderFontSize(FxRobot robot) {
        Tab tab = tabs(robot).getTabs().get(0);
        Node header = robot.lookup(".tab-pane > .tab-header-area .tab-label").query();
        assertThat(tab.getText()).isEqualTo("Pattern detector");
        return ((Label) header).getFont().getSize();
    }
}
