package org.convlab.lessons.worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.convlab.conv.Argmax;
import org.convlab.conv.Cell;
import org.convlab.conv.Correlation2D;
import org.convlab.conv.Geometry;
import org.convlab.conv.NumberText;
import org.convlab.conv.ResponseMap;
import org.convlab.lessons.params.ParameterTally;
import org.convlab.lessons.shift.EquivarianceCheck;
import org.junit.jupiter.api.Test;

class WorksheetTest {
    @Test
    void theSameSeedGivesTheSameExercisesAndAnotherSeedOthers() {
        Worksheet a = Worksheet.generate(7, WorksheetChoice.ALL, 12);
        Worksheet b = Worksheet.generate(7, WorksheetChoice.ALL, 12);
        Worksheet c = Worksheet.generate(8, WorksheetChoice.ALL, 12);
        for (int i = 0; i < 12; i++) {
            assertThat(b.exercises().get(i).question()).isEqualTo(a.exercises().get(i).question());
            assertThat(b.exercises().get(i).answers()).isEqualTo(a.exercises().get(i).answers());
        }
        assertThat(c.exercises().stream().map(Exercise::answers).toList())
                .isNotEqualTo(a.exercises().stream().map(Exercise::answers).toList());
    }

    @Test
    void exerciseNDependsOnlyOnSeedChoiceAndN() {
        Worksheet long20 = Worksheet.generate(3, WorksheetChoice.DETECTOR, 20);
        for (int n = 1; n <= 20; n++) {
            Exercise alone = Worksheet.exercise(3, WorksheetChoice.DETECTOR, n);
            assertThat(alone.answers()).isEqualTo(long20.exercises().get(n - 1).answers());
            assertThat(alone.number()).isEqualTo(n);
        }
    }

    @Test
    void allTakesTheLessonsInTurnAndEachLessonAlternatesItsKinds() {
        List<Exercise> ex = Worksheet.generate(7, WorksheetChoice.ALL, 6).exercises();
        assertThat(ex)
                .extracting(Exercise::lesson)
                .containsExactly(
                        WorksheetChoice.DETECTOR,
                        WorksheetChoice.PARAMS,
                        WorksheetChoice.SHIFT,
                        WorksheetChoice.DETECTOR,
                        WorksheetChoice.PARAMS,
                        WorksheetChoice.SHIFT);
        assertThat(ex.get(0)).isInstanceOf(GridExercise.class);
        assertThat(((GridExercise) ex.get(0)).wholeMap()).isTrue();
        assertThat(ex.get(1)).isInstanceOf(SizeExercise.class);
        assertThat(ex.get(2)).isInstanceOf(ShiftExercise.class);
        assertThat(((GridExercise) ex.get(3)).wholeMap()).isFalse();
        assertThat(ex.get(4)).isInstanceOf(CountExercise.class);
        assertThat(Worksheet.generate(1, WorksheetChoice.SHIFT, 4).exercises())
                .allMatch(e -> e instanceof ShiftExercise);
    }

    @Test
    void gridAnswersAreTheCorrelationOfTheCore() {
        for (int n = 1; n <= 40; n++) {
            GridExercise e = (GridExercise) Worksheet.exercise(11, WorksheetChoice.DETECTOR, n);
            ResponseMap r =
                    Correlation2D.compute(
                            e.image(),
                            e.kernel(),
                            org.convlab.conv.ConvSettings.DEFAULT,
                            org.convlab.conv.MatchMode.RAW,
                            org.convlab.conv.Activation.NONE);
            assertThat(e.map().toArray()).isEqualTo(r.toArray());
            if (e.wholeMap()) {
                Argmax a = Argmax.of(r.toArray(), r.height(), r.width());
                assertThat(a.tieCount()).isEqualTo(1);
                assertThat(e.answers().get(r.height()))
                        .startsWith("Maximum " + NumberText.exact(a.max()))
                        .endsWith(" at row " + a.row() + ", column " + a.col());
                assertThat(e.answers()).hasSize(r.height() + 1);
            } else {
                assertThat(e.answers()).hasSize(3);
                for (int i = 0; i < 3; i++) {
                    Cell c = e.askedCells().get(i);
                    assertThat(e.answers().get(i))
                            .startsWith("R[" + c.row() + ", " + c.col() + "] = ")
                            .contains(NumberText.exact(r.get(c.row(), c.col())));
                }
            }
        }
    }

    @Test
    void sizeAndCountAnswersAreTheLessonsOwnNumbers() {
        for (int n = 2; n <= 60; n += 3) {
            Exercise e = Worksheet.exercise(5, WorksheetChoice.ALL, n);
            if (e instanceof SizeExercise s) {
                Layer l = s.layer();
                int[] pad = l.padding().amounts(l.height(), l.kernel(), l.stride(), l.dilation());
                long h =
                        Geometry.outSize(
                                l.height(), pad[0], pad[1], l.kernel(), l.stride(), l.dilation());
                assertThat(e.answers().get(3)).startsWith("H′ × W′ = " + h + " × ");
            } else if (e instanceof CountExercise c) {
                ParameterTally t = c.layer().tally();
                assertThat(e.answers().get(1)).endsWith("= " + NumberText.grouped(t.convTotal()));
                assertThat(e.answers().get(2)).endsWith("= " + NumberText.grouped(t.denseTotal()));
            }
        }
    }

    @Test
    void shiftAnswersComeFromTheEquivarianceExperiment() {
        for (int n = 1; n <= 30; n++) {
            ShiftExercise e = (ShiftExercise) Worksheet.exercise(9, WorksheetChoice.SHIFT, n);
            EquivarianceCheck c = e.check();
            assertThat(c.outputMovedWithSignal()).isTrue();
            assertThat(c.argmaxAfter().col()).isEqualTo(c.expectedPeak());
            assertThat(e.answers().get(3))
                    .startsWith("Largest: y[" + c.argmaxBefore().col() + "]")
                    .contains("→ y′[" + c.argmaxAfter().col() + "]")
                    .endsWith("= " + NumberText.exact(c.argmaxAfter().max()));
        }
    }

    @Test
    void everySeedMakesAFullSheetOfEveryLesson() {
        for (long seed = -5; seed < 40; seed++) {
            for (WorksheetChoice c : WorksheetChoice.values()) {
                assertThat(Worksheet.generate(seed, c, Worksheet.MAX_EXERCISES).exercises())
                        .hasSize(100);
            }
        }
    }

    @Test
    void refusesCountsAndNumbersOutsideOneToAHundredAndUnknownLessons() {
        assertThatThrownBy(() -> Worksheet.generate(1, WorksheetChoice.ALL, 0))
                .hasMessage("the number of exercises must be from 1 to 100, got 0");
        assertThatThrownBy(() -> Worksheet.generate(1, WorksheetChoice.ALL, 101))
                .hasMessage("the number of exercises must be from 1 to 100, got 101");
        assertThatThrownBy(() -> Worksheet.exercise(1, WorksheetChoice.ALL, 0))
                .hasMessage("the exercise number must be from 1 to 100, got 0");
        assertThatThrownBy(() -> WorksheetChoice.parse("pooling"))
                .hasMessage("unknown lesson 'pooling'; choose detector, params, shift or all");
        assertThat(WorksheetChoice.parse(" Shift ")).isEqualTo(WorksheetChoice.SHIFT);
    }
}
