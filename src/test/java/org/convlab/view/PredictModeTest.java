package org.convlab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.convlab.conv.NumberText;
import org.convlab.lessons.predict.Grade;
import org.convlab.lessons.predict.Misconception;
import org.convlab.lessons.predict.Question;
import org.convlab.lessons.predict.QuestionKind;
import org.convlab.viewmodel.Lesson;
import org.convlab.viewmodel.MainViewModel;
import org.convlab.viewmodel.translation.Preset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Predict, then reveal, driven through the real controls on each lesson at 1024×768: the switch
 * hides the answers, an unreadable prediction gets one line and no grade, a wrong one is graded
 * with the mistake it points to and reveals the answer, the next question hides it again and a
 * right one is graded right; the score counts both.
 */
@ExtendWith(ApplicationExtension.class)
class PredictModeTest {
    private MainViewModel model;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        model = ClassroomScreens.open(stage, 1024, 768);
    }

    /** Nodes that carry the answer on each lesson. */
    private static String[] answerNodes(Lesson lesson) {
        return switch (lesson) {
            case DETECTOR -> new String[] {"#argmax-text", "#arithmetic-panel"};
            case PARAMETERS ->
                    new String[] {
                        "#conv-total", "#dense-total", "#params-headline", "#params-output"
                    };
            case TRANSLATION -> new String[] {"#plot-after", "#verdict", "#caption-after"};
            case LEARNING -> new String[] {"#learn-counts", "#learn-hits", "#learn-curve"};
        };
    }

    private void open(FxRobot robot, Lesson lesson) {
        robot.interact(
                () -> {
                    model.predictSession().setSeed(7);
                    model.translation().applyPreset(Preset.FLAT_BACKGROUND);
                    model.setLesson(lesson);
                });
        ClassroomScreens.settle(robot, stage);
    }

    private Node node(String selector) {
        return stage.getScene().getRoot().lookup(selector);
    }

    /** Whether the node and every parent are visible: what a user sees. */
    private boolean shown(String selector) {
        for (Node n = node(selector); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private String text(String selector) {
        return ((Label) node(selector)).getText();
    }

    private void assertHidden(Lesson lesson, boolean hidden) {
        for (String id : answerNodes(lesson)) {
            Node n = node(id);
            assertThat(n).as(id).isNotNull();
            assertThat(n.getOpacity()).as(id + " opacity").isEqualTo(hidden ? 0.0 : 1.0);
            assertThat(n.isMouseTransparent()).as(id + " takes no hover").isEqualTo(hidden);
        }
    }

    private void predict(FxRobot robot, String id, String typed) {
        robot.interact(() -> ((TextField) node("#" + id + "-predict-field")).clear());
        robot.clickOn("#" + id + "-predict-field").write(typed);
        robot.clickOn("#" + id + "-predict-check");
    }

    /** A value that one of the question's mistakes explains, and that explanation. */
    private static String[] keyedWrongAnswer(Question q) {
        if (q.kind() == QuestionKind.SHIFTED_PEAK) {
            return new String[] {"the output stays the same", "The output does not stay the same"};
        }
        for (Misconception m : q.mistakes()) {
            if (m.value().isEmpty()) {
                continue;
            }
            String typed = typed(m.value(), q.format());
            Grade g = q.grade(typed);
            if (g.outcome() == Grade.Outcome.WRONG && g.explanation().startsWith(m.why())) {
                return new String[] {typed, m.why()};
            }
        }
        throw new AssertionError("no keyed mistake in " + q);
    }

    private static String typed(List<BigDecimal> value, Question.Format format) {
        return switch (format) {
            case CELL -> value.get(0) + ", " + value.get(1);
            case NUMBER -> NumberText.ascii(value.get(0).doubleValue());
            default -> value.get(0).toPlainString();
        };
    }

    @ParameterizedTest
    @EnumSource(Lesson.class)
    void predictHidesGradesAndReveals(Lesson lesson, FxRobot robot) {
        String id = lesson.id();
        open(robot, lesson);
        assertHidden(lesson, false);
        assertThat(shown("#" + id + "-predict")).isFalse();

        robot.clickOn("#predict-start");
        assertThat(model.predictSession().isOn()).isTrue();
        assertThat(shown("#" + id + "-predict")).isTrue();
        assertHidden(lesson, true);
        Question first = model.predict(lesson).getQuestion();
        assertThat(text("#" + id + "-predict-prompt"))
                .isEqualTo(first.kind().title() + ": " + first.prompt());
        assertThat(text("#" + id + "-predict-score")).isEqualTo("No predictions yet");

        // Not an answer: one line, no grade, the answer stays hidden.
        predict(robot, id, "zz");
        assertThat(shown("#" + id + "-predict-message")).isTrue();
        assertThat(text("#" + id + "-predict-message")).contains("“zz”");
        assertThat(shown("#" + id + "-predict-verdict")).isFalse();
        assertHidden(lesson, true);

        // Wrong, with the mistake it points to.
        String[] wrong = keyedWrongAnswer(first);
        predict(robot, id, wrong[0]);
        assertThat(shown("#" + id + "-predict-message")).isFalse();
        assertThat(text("#" + id + "-predict-verdict"))
                .startsWith("Not quite: the answer is " + first.answerText() + ", not ");
        assertThat(text("#" + id + "-predict-explanation"))
                .startsWith(wrong[1])
                .endsWith(first.working());
        assertThat(shown("#" + id + "-predict-explanation")).isTrue();
        assertThat(text("#" + id + "-predict-score")).isEqualTo("Score 0 / 1");
        assertThat(((Button) node("#" + id + "-predict-check")).isDisabled()).isTrue();
        assertHidden(lesson, false);
        if (lesson == Lesson.TRANSLATION) {
            // the reveal shows the shift the question asked about
            assertThat(model.translation().getShift())
                    .isEqualTo(first.setup().get(Question.SHIFT))
                    .isNotZero();
        }

        // The next question hides the answer again; a right prediction is graded right.
        robot.clickOn("#" + id + "-predict-next");
        assertHidden(lesson, true);
        Question second = model.predict(lesson).getQuestion();
        assertThat(second.kind()).isNotEqualTo(first.kind());
        assertThat(shown("#" + id + "-predict-verdict")).isFalse();
        predict(robot, id, typedAnswer(second));
        assertThat(text("#" + id + "-predict-verdict"))
                .isEqualTo("Right: " + second.answerText() + ".");
        assertThat(text("#" + id + "-predict-explanation")).isEqualTo(second.working());
        assertThat(text("#" + id + "-predict-score")).isEqualTo("Score 1 / 2");
        assertHidden(lesson, false);

        // Enter in the field moves on to the next question.
        robot.clickOn("#" + id + "-predict-field").type(javafx.scene.input.KeyCode.ENTER);
        assertHidden(lesson, true);

        // Off, everything shows again and the bar gives its rows back.
        robot.clickOn("#" + id + "-predict-toggle");
        assertThat(model.predictSession().isOn()).isFalse();
        assertThat(node("#" + id + "-predict").isManaged()).isFalse();
        assertHidden(lesson, false);
    }

    private static String typedAnswer(Question q) {
        String a = q.answerText();
        return q.format() == Question.Format.CELL ? a.substring(1, a.length() - 1) : a;
    }

    @Test
    void aTeachersLockKeepsPredictOnAndSaysSo(FxRobot robot) {
        open(robot, Lesson.DETECTOR);
        robot.interact(() -> model.predictSession().setLocked(true));
        ToggleButton start = (ToggleButton) node("#predict-start");
        ToggleButton toggle = (ToggleButton) node("#detector-predict-toggle");
        assertThat(start.getText()).isEqualTo("Predict: locked on");
        assertThat(start.isDisabled()).isTrue();
        assertThat(toggle.isDisabled()).isTrue();
        assertThat(toggle.isSelected()).isTrue();
        assertThat(shown("#detector-predict-locked")).isTrue();
        assertThat(text("#detector-predict-locked")).isEqualTo("Locked on by your teacher");
        robot.interact(() -> model.predictSession().setOn(false));
        assertThat(model.predictSession().isOn()).isTrue();
        assertHidden(Lesson.DETECTOR, true);
    }

    @ParameterizedTest
    @EnumSource(Lesson.class)
    void theBarIsReadableOnAProjectorInPresenterMode(Lesson lesson, FxRobot robot) {
        String id = lesson.id();
        open(robot, lesson);
        ClassroomScreens.show(
                robot, stage, model, lesson, new ClassroomScreens.Size(1024, 768), true);
        robot.interact(() -> model.predictSession().setOn(true));
        ClassroomScreens.settle(robot, stage);
        String[] parts = {
            "#" + id + "-predict-toggle",
            "#" + id + "-predict-prompt",
            "#" + id + "-predict-field",
            "#" + id + "-predict-check",
            "#" + id + "-predict-next",
            "#" + id + "-predict-score"
        };
        assertThat(ClassroomScreens.notOnScreen(stage.getScene(), parts)).isEmpty();
        predict(robot, id, keyedWrongAnswer(model.predict(lesson).getQuestion())[0]);
        ClassroomScreens.settle(robot, stage);
        assertThat(
                        ClassroomScreens.notOnScreen(
                                stage.getScene(),
                                "#" + id + "-predict-verdict",
                                "#" + id + "-predict-explanation"))
                .isEmpty();
        assertThat(ClassroomScreens.cutTexts((javafx.scene.Parent) node("#" + id + "-predict")))
                .isEmpty();
        robot.interact(() -> model.presenter().setActive(false));
    }
}
