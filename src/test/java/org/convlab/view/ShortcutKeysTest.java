package org.convlab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convlab.conv.Cell;
import org.convlab.viewmodel.Lesson;
import org.convlab.viewmodel.MainViewModel;
import org.convlab.viewmodel.Shortcuts;
import org.convlab.viewmodel.detector.DetectorScenes;
import org.convlab.viewmodel.detector.MapRef;
import org.convlab.viewmodel.detector.Tool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every key the shortcut list (F1) names for the lessons and the whole window, pressed in a freshly
 * opened window, does what the list says. The file keys are menu accelerators, tested with the
 * document window ({@code DocumentMenusTest}); mouse gestures are not keys.
 */
@ExtendWith(ApplicationExtension.class)
class ShortcutKeysTest {
    private MainViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = ClassroomScreens.open(stage, 1400, 900);
    }

    @AfterEach
    void windowed(FxRobot robot) {
        robot.interact(
                () -> {
                    model.presenter().setActive(false);
                    stage.setFullScreen(false);
                });
    }

    /** A key as F1 lists it, what to press, and what must then be true. */
    record Key(String group, String keys, BiConsumer<FxRobot, ShortcutKeysTest> check) {
        @Override
        public String toString() {
            return group + ": " + keys;
        }
    }

    private static final String DETECTOR = Lesson.DETECTOR.title();
    private static final String TRANSLATION = Lesson.TRANSLATION.title();
    private static final String PARAMETERS = Lesson.PARAMETERS.title();

    static Stream<Key> keys() {
        return Stream.of(
                new Key(
                        Shortcuts.EVERYWHERE,
                        "F1 or ?",
                        (r, t) -> {
                            t.push(r, KeyCode.F1);
                            assertThat(t.model.isHelpVisible()).isTrue();
                            t.push(r, KeyCode.ESCAPE);
                            assertThat(t.model.isHelpVisible()).isFalse();
                            r.write("?");
                            WaitForAsyncUtils.waitForFxEvents();
                            assertThat(t.model.isHelpVisible()).isTrue();
                        }),
                new Key(
                        Shortcuts.EVERYWHERE,
                        "Esc",
                        (r, t) -> {
                            t.push(r, KeyCode.F5);
                            assertThat(t.model.presenter().isActive()).isTrue();
                            t.push(r, KeyCode.ESCAPE);
                            assertThat(t.model.presenter().isActive()).isFalse();
                        }),
                new Key(
                        Shortcuts.EVERYWHERE,
                        "F5 or Ctrl+P",
                        (r, t) -> {
                            t.push(r, KeyCode.F5);
                            assertThat(t.model.presenter().isActive()).isTrue();
                            assertThat(t.model.display().isPresenting()).isTrue();
                            t.push(r, KeyCode.CONTROL, KeyCode.P);
                            assertThat(t.model.presenter().isActive()).isFalse();
                        }),
                new Key(
                        Shortcuts.EVERYWHERE,
                        "Ctrl+Shift+H",
                        (r, t) -> {
                            t.push(r, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H);
                            assertThat(t.model.display().isHighContrast()).isTrue();
                        }),
                new Key(
                        Shortcuts.EVERYWHERE,
                        "F11",
                        (r, t) -> {
                            t.push(r, KeyCode.F11);
                            assertThat(t.model.isFullScreen()).isTrue();
                        }),
                new Key(
                        Shortcuts.EVERYWHERE,
                        "F12",
                        (r, t) -> {
                            t.push(r, KeyCode.F12);
                            assertThat(t.model.isFrameTimeVisible()).isTrue();
                        }),
                new Key(
                        Shortcuts.EVERYWHERE,
                        "F9",
                        (r, t) -> {
                            boolean before = t.model.isGuideVisible();
                            t.push(r, KeyCode.F9);
                            assertThat(t.model.isGuideVisible()).isNotEqualTo(before);
                        }),
                new Key(
                        Shortcuts.EVERYWHERE,
                        "Ctrl+1",
                        (r, t) -> {
                            t.push(r, KeyCode.CONTROL, KeyCode.DIGIT3);
                            t.push(r, KeyCode.CONTROL, KeyCode.DIGIT1);
                            assertThat(t.model.getLesson()).isEqualTo(Lesson.DETECTOR);
                        }),
                new Key(
                        Shortcuts.EVERYWHERE,
                        "Ctrl+2",
                        (r, t) -> {
                            t.push(r, KeyCode.CONTROL, KeyCode.DIGIT2);
                            assertThat(t.model.getLesson()).isEqualTo(Lesson.PARAMETERS);
                        }),
                new Key(
                        Shortcuts.EVERYWHERE,
                        "Ctrl+3",
                        (r, t) -> {
                            t.push(r, KeyCode.CONTROL, KeyCode.DIGIT3);
                            assertThat(t.model.getLesson()).isEqualTo(Lesson.TRANSLATION);
                        }),
                new Key(
                        Shortcuts.EVERYWHERE,
                        "Ctrl+4",
                        (r, t) -> {
                            t.push(r, KeyCode.CONTROL, KeyCode.DIGIT4);
                            assertThat(t.model.getLesson()).isEqualTo(Lesson.LEARNING);
                        }),
                new Key(
                        Shortcuts.EVERYWHERE,
                        "Ctrl+Tab",
                        (r, t) -> {
                            r.interact(
                                    () ->
                                            r.lookup("#lessons")
                                                    .queryAs(TabPane.class)
                                                    .requestFocus());
                            t.push(r, KeyCode.CONTROL, KeyCode.TAB);
                            assertThat(t.model.getLesson()).isEqualTo(Lesson.PARAMETERS);
                        }),
                new Key(
                        Shortcuts.EVERYWHERE,
                        "F10 or Alt",
                        (r, t) -> {
                            t.push(r, KeyCode.F10);
                            // The first menu has the focus: Down opens it.
                            t.push(r, KeyCode.DOWN);
                            javafx.scene.control.MenuBar bar =
                                    r.lookup(".menu-bar")
                                            .queryAs(javafx.scene.control.MenuBar.class);
                            assertThat(
                                            bar.getMenus().stream()
                                                    .anyMatch(javafx.scene.control.Menu::isShowing))
                                    .as("a menu opened")
                                    .isTrue();
                            t.push(r, KeyCode.ESCAPE);
                        }),
                new Key(
                        Shortcuts.EVERYWHERE,
                        "Tab / Shift+Tab",
                        (r, t) -> {
                            Node before = t.stage.getScene().getFocusOwner();
                            t.push(r, KeyCode.TAB);
                            Node after = t.stage.getScene().getFocusOwner();
                            assertThat(after).isNotNull().isNotSameAs(before);
                            t.push(r, KeyCode.SHIFT, KeyCode.TAB);
                            assertThat(t.stage.getScene().getFocusOwner()).isNotSameAs(after);
                        }),
                new Key(
                        Shortcuts.EVERYWHERE,
                        "Page Down / Page Up",
                        (r, t) -> {
                            t.push(r, KeyCode.PAGE_DOWN);
                            assertThat(t.model.reveal(Lesson.DETECTOR).getStep()).isZero();
                            assertThat(
                                            r.lookup("#detector-reveal-sentence")
                                                    .queryLabeled()
                                                    .getText())
                                    .startsWith("The homework");
                            assertThat(r.lookup("#combined-map").query().getStyleClass())
                                    .contains(RevealBar.LOOK);
                            t.push(r, KeyCode.PAGE_DOWN);
                            assertThat(t.model.reveal(Lesson.DETECTOR).getStep()).isEqualTo(1);
                            assertThat(r.lookup("#combined-map").query().getStyleClass())
                                    .doesNotContain(RevealBar.LOOK);
                            t.push(r, KeyCode.PAGE_UP);
                            assertThat(t.model.reveal(Lesson.DETECTOR).getStep()).isZero();
                            t.push(r, KeyCode.PAGE_UP);
                            assertThat(t.model.reveal(Lesson.DETECTOR).getStep()).isEqualTo(-1);
                            assertThat(r.lookup("#detector-reveal").query().isVisible()).isFalse();
                        }),
                new Key(
                        DETECTOR,
                        "Space",
                        (r, t) -> {
                            t.push(r, KeyCode.SPACE);
                            assertThat(t.model.detector().animation().isPlaying()).isTrue();
                            t.push(r, KeyCode.SPACE);
                            assertThat(t.model.detector().animation().isPlaying()).isFalse();
                        }),
                new Key(
                        DETECTOR,
                        "\u2190 / \u2192",
                        (r, t) -> {
                            t.push(r, KeyCode.RIGHT);
                            t.push(r, KeyCode.RIGHT);
                            assertThat(t.model.detector().animation().getPosition()).isEqualTo(1);
                            t.push(r, KeyCode.LEFT);
                            assertThat(t.model.detector().animation().getPosition()).isZero();
                            assertThat(t.model.detector().getWorkspace().image())
                                    .isEqualTo(DetectorScenes.homework().image());
                        }),
                new Key(
                        DETECTOR,
                        "Home / End",
                        (r, t) -> {
                            t.push(r, KeyCode.HOME);
                            assertThat(t.model.detector().animation().getPosition()).isZero();
                            assertThat(t.model.detector().animation().isActive()).isTrue();
                            t.push(r, KeyCode.END);
                            assertThat(t.model.detector().animation().isActive()).isFalse();
                        }),
                new Key(
                        DETECTOR,
                        "Shift+arrow keys",
                        (r, t) -> {
                            t.push(r, KeyCode.SHIFT, KeyCode.RIGHT);
                            assertThat(t.model.detector().getDetection().argmax().col())
                                    .isEqualTo(18);
                            assertThat(t.model.detector().animation().isActive()).isFalse();
                        }),
                new Key(
                        DETECTOR,
                        "P / E / L / S / T",
                        (r, t) -> {
                            t.push(r, KeyCode.E);
                            assertThat(t.model.detector().painting().getTool())
                                    .isEqualTo(Tool.ERASE);
                            t.push(r, KeyCode.L);
                            assertThat(t.model.detector().painting().getTool())
                                    .isEqualTo(Tool.LINE);
                            t.push(r, KeyCode.S);
                            assertThat(t.model.detector().painting().getTool())
                                    .isEqualTo(Tool.SELECT);
                            t.push(r, KeyCode.T);
                            assertThat(t.model.detector().painting().getTool())
                                    .isEqualTo(Tool.STAMP);
                            t.push(r, KeyCode.P);
                            assertThat(t.model.detector().painting().getTool())
                                    .isEqualTo(Tool.PAINT);
                        }),
                new Key(
                        DETECTOR,
                        "Esc",
                        (r, t) -> {
                            r.interact(
                                    () ->
                                            t.model
                                                    .detector()
                                                    .setProbe(
                                                            new MapRef.Response(0),
                                                            new Cell(3, 3)));
                            t.push(r, KeyCode.ESCAPE);
                            assertThat(t.model.detector().getProbe()).isNull();
                        }),
                new Key(
                        PARAMETERS,
                        "Arrow keys on the matrix",
                        (r, t) -> {
                            t.push(r, KeyCode.CONTROL, KeyCode.DIGIT2);
                            r.interact(() -> r.lookup("#matrix-canvas").query().requestFocus());
                            t.push(r, KeyCode.DOWN);
                            int row = t.model.parameters().matrix().hoverRowProperty().get();
                            t.push(r, KeyCode.DOWN);
                            assertThat(t.model.parameters().matrix().hoverRowProperty().get())
                                    .isEqualTo(row + 1);
                        }),
                new Key(
                        TRANSLATION,
                        "\u2190 / \u2192",
                        (r, t) -> {
                            t.push(r, KeyCode.CONTROL, KeyCode.DIGIT3);
                            t.push(r, KeyCode.RIGHT);
                            assertThat(t.model.translation().getShift()).isEqualTo(1);
                            t.push(r, KeyCode.LEFT);
                            assertThat(t.model.translation().getShift()).isZero();
                        }),
                new Key(
                        Lesson.LEARNING.title(),
                        "F6",
                        (r, t) -> {
                            // Straight after the tab switch: the focus is on the tab header.
                            t.push(r, KeyCode.CONTROL, KeyCode.DIGIT4);
                            t.push(r, KeyCode.F6);
                            assertThat(t.model.learning().isRunning()).isTrue();
                            t.push(r, KeyCode.F6);
                            assertThat(t.model.learning().isRunning()).isFalse();
                        }),
                new Key(
                        Lesson.LEARNING.title(),
                        "F7",
                        (r, t) -> {
                            t.push(r, KeyCode.CONTROL, KeyCode.DIGIT4);
                            r.clickOn("#learn-seed");
                            int before = t.model.learning().getStepCount();
                            t.push(r, KeyCode.F7);
                            try {
                                WaitForAsyncUtils.waitFor(
                                        10,
                                        TimeUnit.SECONDS,
                                        () -> t.model.learning().getStepCount() == before + 1);
                            } catch (TimeoutException e) {
                                throw new AssertionError("F7 took no step", e);
                            }
                        }),
                new Key(
                        TRANSLATION,
                        "Home",
                        (r, t) -> {
                            t.push(r, KeyCode.CONTROL, KeyCode.DIGIT3);
                            t.push(r, KeyCode.RIGHT);
                            t.push(r, KeyCode.RIGHT);
                            t.push(r, KeyCode.HOME);
                            assertThat(t.model.translation().getShift()).isZero();
                        }),
                new Key(
                        TRANSLATION,
                        "Shift+arrow keys",
                        (r, t) -> {
                            t.push(r, KeyCode.CONTROL, KeyCode.DIGIT3);
                            t.push(r, KeyCode.SHIFT, KeyCode.DOWN);
                            assertThat(t.model.translation().grid().getShiftY()).isEqualTo(1);
                        }));
    }

    /** Mouse gestures the list names beside the keys: not keys, tested with the mouse elsewhere. */
    private static final Set<String> GESTURES =
            Set.of("Left / right button on the image", "Shift+drag", "Ctrl+mouse wheel");

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void theKeyDoesWhatTheListSays(Key key, FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        key.check().accept(robot, this);
    }

    @Test
    void everyKeyTheListNamesForTheWindowAndTheLessonsIsTestedHere() {
        Map<String, Boolean> listed = new LinkedHashMap<>();
        Shortcuts all = Shortcuts.withDefaults();
        for (String group :
                new String[] {Shortcuts.EVERYWHERE, DETECTOR, PARAMETERS, TRANSLATION}) {
            for (Shortcuts.Shortcut s : all.of(group)) {
                if (!GESTURES.contains(s.keys())) {
                    listed.put(group + ": " + s.keys(), false);
                }
            }
        }
        keys().forEach(k -> listed.put(k.toString(), true));
        assertThat(listed).as("keys in F1 without a test here").doesNotContainValue(false);
    }

    private void push(FxRobot robot, KeyCode... codes) {
        robot.push(codes);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
