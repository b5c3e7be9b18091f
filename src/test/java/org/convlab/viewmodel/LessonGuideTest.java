package org.convlab.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.convlab.conv.ConvSettings;
import org.convlab.conv.NumberText;
import org.convlab.lessons.params.ParameterTally;
import org.convlab.viewmodel.detector.DetectorViewModel;
import org.junit.jupiter.api.Test;

class LessonGuideTest {
    @Test
    void everyLessonHasThreeToFiveStepsAndNamesItsHomeworkProblem() {
        for (Lesson lesson : Lesson.values()) {
            LessonGuide guide = LessonGuide.of(lesson);
            assertThat(guide.steps()).hasSizeBetween(3, 5);
            assertThat(guide.question()).startsWith("Homework problem");
        }
    }

    @Test
    void theParameterNumbersInTheGuideAreTheOnesTheCoreComputes() {
        ParameterTally homework =
                ParameterTally.of(512, 512, 3, 3, 5, 5, ConvSettings.DEFAULT, true);
        String steps = String.join("\n", LessonGuide.of(Lesson.PARAMETERS).steps());

        assertThat(steps)
                .contains(NumberText.grouped(homework.convWeights()) + " weights")
                .contains("(" + NumberText.grouped(homework.convTotal()) + " with biases)")
                .contains(NumberText.grouped(homework.denseWeights()) + " weights")
                .contains("176,930,550");
    }

    @Test
    void theDetectorGuidesColourStepQuotesTheBoardsTally() {
        DetectorViewModel detector = new DetectorViewModel();
        detector.channels().loadColourLayer();
        String tally = detector.channels().getBlocks().tally();
        String steps = String.join("\n", LessonGuide.of(Lesson.DETECTOR).steps());

        assertThat(tally).endsWith("225 = 3 · 5 · 5 · 3");
        assertThat(steps).contains("225 = 3 · 5 · 5 · 3 weights").contains("Channels board");
    }

    @Test
    void theTranslationGuideSaysEquivariantWhereTheHomeworkSaidInvariant() {
        assertThat(LessonGuide.of(Lesson.TRANSLATION).question()).contains("equivariant");
    }
}
