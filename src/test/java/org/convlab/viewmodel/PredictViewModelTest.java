package org.convlab.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.convlab.lessons.predict.QuestionKind;
import org.convlab.lessons.predict.Score;
import org.convlab.viewmodel.predict.PredictViewModel;
import org.junit.jupiter.api.Test;

/** The prediction bars' state, without a window: questions follow the lesson, grades reveal. */
class PredictViewModelTest {
    private final MainViewModel model = new MainViewModel();

    @Test
    void noQuestionAndNothingHiddenUntilPredictModeIsOn() {
        PredictViewModel p = model.predict(Lesson.PARAMETERS);
        assertThat(p.getQuestion()).isNull();
        assertThat(p.isHiding()).isFalse();
        model.predictSession().setSeed(3);
        model.predictSession().setOn(true);
        assertThat(p.getQuestion().kind()).isEqualTo(QuestionKind.OUTPUT_SIZE);
        assertThat(p.isHiding()).isTrue();
    }

    @Test
    void aWaitingQuestionFollowsTheLessonAndARevealedOneStays() {
        model.predictSession().setOn(true);
        PredictViewModel p = model.predict(Lesson.PARAMETERS);
        assertThat(p.getQuestion().answerText()).isEqualTo("508");
        model.parameters().kernelHeight().setText("3");
        model.parameters().kernelWidth().setText("3");
        assertThat(p.getQuestion().answerText()).isEqualTo("510");

        p.typedProperty().set("512");
        p.check();
        assertThat(p.isRevealed()).isTrue();
        assertThat(p.isHiding()).isFalse();
        assertThat(p.getGrade().explanation())
                .startsWith("Valid padding shrinks each side by K − 1");
        model.parameters().kernelHeight().setText("5");
        assertThat(p.getQuestion().answerText()).isEqualTo("510");
        assertThat(model.predictSession().getScore()).isEqualTo(new Score(0, 1));
    }

    @Test
    void anUnreadablePredictionIsNotGradedAndKeepsTheAnswerHidden() {
        model.predictSession().setOn(true);
        PredictViewModel p = model.predict(Lesson.DETECTOR);
        p.typedProperty().set("ten");
        p.check();
        assertThat(p.getMessage())
                .isEqualTo("“ten” is not a number; type one, such as 12 or −0.5.");
        assertThat(p.getGrade()).isNull();
        assertThat(p.isHiding()).isTrue();
        assertThat(model.predictSession().getScore()).isEqualTo(Score.NONE);
    }

    @Test
    void theStrideQuestionPutsItsStrideOnScreenWhenRevealed() {
        model.predictSession().setOn(true);
        PredictViewModel p = model.predict(Lesson.PARAMETERS);
        while (p.getQuestion().kind() != QuestionKind.STRIDE_DILATION_SIZE) {
            p.next();
        }
        int stride = p.getQuestion().setup().get("stride");
        String answer = p.getQuestion().answerText();
        p.typedProperty().set(answer);
        p.check();
        assertThat(p.getGrade().right()).isTrue();
        assertThat(model.parameters().getSettings().stride()).isEqualTo(stride);
        assertThat(model.parameters().getOutputShapeText()).startsWith(answer + "×");
        assertThat(model.predictSession().getScore()).isEqualTo(new Score(1, 1));
    }

    @Test
    void theScoreIsOneForTheWholeSitting() {
        model.predictSession().setOn(true);
        PredictViewModel detector = model.predict(Lesson.DETECTOR);
        PredictViewModel shift = model.predict(Lesson.TRANSLATION);
        detector.typedProperty().set(detector.getQuestion().answerText());
        detector.check();
        shift.typedProperty().set("999");
        shift.check();
        assertThat(model.predictSession().getScore().text()).isEqualTo("Score 1 / 2");
    }
}
