package org.convlab.viewmodel.reveal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Window;
import org.convlab.lessons.shift.InvarianceMeter;
import org.convlab.lessons.shift.MeterStage;
import org.convlab.viewmodel.Lesson;
import org.convlab.viewmodel.MainViewModel;
import org.convlab.viewmodel.detector.DetectorScenes;
import org.convlab.viewmodel.detector.DetectorViewModel;
import org.convlab.viewmodel.translation.LessonMode;
import org.junit.jupiter.api.Test;

class GuidedRevealTest {
    private final MainViewModel main = new MainViewModel();

    @Test
    void everyLessonHasAScriptItsLessonCanCarryOut() {
        assertThat(main.reveal(Lesson.DETECTOR).stepCount()).isGreaterThanOrEqualTo(10);
        assertThat(main.reveal(Lesson.PARAMETERS).stepCount()).isGreaterThanOrEqualTo(5);
        assertThat(main.reveal(Lesson.TRANSLATION).stepCount()).isGreaterThanOrEqualTo(6);
        for (Lesson l : Lesson.values()) {
            GuidedReveal r = main.reveal(l);
            for (int i = 0; i < r.stepCount(); i++) {
                r.go(i);
                assertThat(r.getSentence())
                        .as("%s step %d", l, i + 1)
                        .isNotBlank()
                        .doesNotContain("\n");
            }
        }
    }

    @Test
    void theDetectorsStoryGoesFromTheHomeworkToTheChevronNccAndTheColourLayer() {
        GuidedReveal r = main.reveal(Lesson.DETECTOR);
        DetectorViewModel d = main.detector();
        assertThat(r.getStep()).isEqualTo(-1);
        r.next();
        assertThat(r.getStep()).isZero();
        assertThat(r.getLook()).isEqualTo("combined-map");
        assertThat(d.captions().getArgmaxText()).startsWith("Maximum 10 at row 14, column 17");
        r.next();
        assertThat(d.animation().isActive()).isTrue();
        assertThat(d.animation().row()).isEqualTo(14);
        assertThat(d.animation().col()).isEqualTo(17);
        r.next();
        assertThat(d.getDetection().argmax().tieCount()).isEqualTo(2);
        r.next();
        Window v = new Window(DetectorScenes.V_TOP, DetectorScenes.V_LEFT, 5, 9);
        assertThat(d.getDetection().window().overlaps(v))
                .as("the plain sum misses the V")
                .isFalse();
        r.next();
        assertThat(d.getDetection().window()).as("with the offsets the V wins").isEqualTo(v);
        r.next();
        assertThat(d.getWorkspace().matching()).isEqualTo(MatchMode.NCC);
        r.next();
        assertThat(d.getWorkspace().image().channels()).isEqualTo(3);
        assertThat(d.getWorkspace().filters().get(0).filter().channels()).isEqualTo(3);
        assertThat(d.channels().boardOpenProperty().get()).isTrue();
        assertThat(r.getLook()).isEqualTo("filter-card-0");
        r.next();
        assertThat(d.channels().getPartialMaps()).hasSize(3);
        assertThat(r.getLook()).isEqualTo("partial-maps");
        r.next();
        assertThat(d.animation().row()).isEqualTo(4);
        assertThat(d.animation().col()).isEqualTo(3);
        // What the sentence says is what the board writes out for the cell.
        assertThat(d.channels().cellSumsProperty().get())
                .isEqualTo("red ↘[4, 3] = Σ x·w per channel: R 5 + G 0 + B 0 = 5, + b (0) = 5");
        assertThat(r.getSentence()).contains("R 5 + G 0 + B 0 = 5").contains("response 5");
        double sum = 0;
        for (var m : d.channels().getPartialMaps()) {
            sum += m.get(4, 3);
        }
        assertThat(sum + d.getWorkspace().filters().get(0).filter().bias())
                .isEqualTo(d.getDetection().responses().get(0).get(4, 3))
                .isEqualTo(5);
        r.next();
        assertThat(d.channels().getBlocks().tally())
                .isEqualTo("weights N · KH · KW · C: 225 = 3 · 5 · 5 · 3");
        assertThat(d.channels().getBlocks().homework()).isTrue();
        assertThat(r.getSentence()).contains("225");
        r.next();
        assertThat(r.getStep()).as("stays on the last step").isEqualTo(r.stepCount() - 1);

        // Back re-applies the step before: the chevron with its offsets, raw matching again.
        r.go(5);
        assertThat(d.channels().boardOpenProperty().get()).isFalse();
        r.previous();
        assertThat(d.getWorkspace().matching()).isEqualTo(MatchMode.RAW);
        assertThat(d.getDetection().window()).isEqualTo(v);
        r.stop();
        assertThat(r.getStep()).isEqualTo(-1);
        assertThat(r.getSentence()).isEmpty();
        assertThat(r.getLook()).isEmpty();
    }

    @Test
    void theParametersStoryEndsOnTheHomeworksWrongAnswerExplained() {
        GuidedReveal r = main.reveal(Lesson.PARAMETERS);
        r.go(r.stepCount() - 1);
        assertThat(main.parameters().getAnswerText()).isEqualTo("176,930,550");
        assertThat(main.parameters().getAnswerMessage()).isNotBlank();
        assertThat(main.parameters().getTally().convWeights().intValue()).isEqualTo(225);
    }

    @Test
    void theTranslationStoryShiftsMovesAndEndsWithStride() {
        GuidedReveal r = main.reveal(Lesson.TRANSLATION);
        r.next();
        assertThat(main.translation().getShift()).isEqualTo(1);
        assertThat(main.translation().getMode()).isEqualTo(LessonMode.TRANSLATE);
        r.go(3);
        assertThat(main.translation().getMode()).isEqualTo(LessonMode.MOVE_PATTERN);
        r.go(r.stepCount() - 1);
        assertThat(main.translation().grid().getStride()).isEqualTo(2);
        assertThat(main.translation().grid().getShiftY()).isEqualTo(1);
        assertThat(main.translation().grid().getShiftX()).isEqualTo(1);
    }

    @Test
    void theMetersStepSaysWhatTheMeterMeasures() {
        GuidedReveal r = main.reveal(Lesson.TRANSLATION);
        main.translation().meter().setZeroFill(true);
        r.go(r.stepCount() - 2);
        assertThat(r.getLook()).isEqualTo("meter-panel");
        InvarianceMeter m = main.translation().meter().getMeter();
        assertThat(m.circular()).isTrue();
        assertThat(m.maxShift()).isEqualTo(6);
        assertThat(r.getSentence()).contains("k = 0…6").contains("only at k = 0, 2 and 4");
        assertThat(m.of(MeterStage.CONV).equivariantAt()).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(m.of(MeterStage.MAX_POOL).equivariantAt()).containsExactly(0, 2, 4);
        assertThat(m.of(MeterStage.GLOBAL_MAX).invariantAt()).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void aScriptSettingSomethingTheLessonLacksIsRefusedWhenLoaded() throws Exception {
        RevealScript script =
                RevealScript.parse(
                        new ObjectMapper()
                                .readTree(
                                        "{\"steps\": [{\"set\": {\"colour\": \"red\"}, \"say\": \"Look.\"}]}"));
        assertThatThrownBy(() -> new GuidedReveal(script, Map.of("scene", v -> {})))
                .hasMessage("the guided reveal sets \"colour\", which this lesson does not have");
        assertThatThrownBy(
                        () ->
                                RevealScript.parse(
                                        new ObjectMapper()
                                                .readTree("{\"steps\": [{\"set\": {}}]}")))
                .hasMessage("a reveal step needs a sentence");
        assertThatThrownBy(() -> RevealScript.parse(new ObjectMapper().readTree("{\"steps\": []}")))
                .hasMessage("a reveal script needs at least one step");
    }
}
