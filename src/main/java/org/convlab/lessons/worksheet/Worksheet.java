package org.convlab.lessons.worksheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A worksheet: K exercises made from a seed, spread over the chosen lessons in turn (with all
 * three: detector, parameters, translation, detector, …). Exercise n depends only on the seed, the
 * lesson choice and n, so a sheet of 6 and a sheet of 20 agree on their first six, and the app can
 * rebuild any one exercise from the three numbers printed on the sheet.
 *
 * @param seed the seed printed on the sheet
 * @param choice which lessons the exercises come from
 * @param exercises numbered from 1
 */
public record Worksheet(long seed, WorksheetChoice choice, List<Exercise> exercises) {
    /** Most exercises on one sheet: a hundred already fill some forty pages. */
    public static final int MAX_EXERCISES = 100;

    public Worksheet {
        exercises = List.copyOf(exercises);
    }

    /** Makes {@code count} exercises (1 to {@link #MAX_EXERCISES}) from the seed. */
    public static Worksheet generate(long seed, WorksheetChoice choice, int count) {
        requireNumber(count, "the number of exercises");
        List<Exercise> list = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            list.add(exercise(seed, choice, n));
        }
        return new Worksheet(seed, choice, list);
    }

    /**
     * Exercise {@code number} (1 to {@link #MAX_EXERCISES}) of any sheet with this seed and choice.
     */
    public static Exercise exercise(long seed, WorksheetChoice choice, int number) {
        requireNumber(number, "the exercise number");
        List<WorksheetChoice> lessons = choice.lessons();
        WorksheetChoice lesson = lessons.get((number - 1) % lessons.size());
        // the turn of this lesson on the sheet: its exercise kinds alternate
        int turn = (number - 1) / lessons.size();
        // one generator per exercise, so exercise n never depends on how the others were drawn
        Random random = new Random(seed * 1_000_003L + number * 7919L + lesson.ordinal());
        return switch (lesson) {
            case DETECTOR -> GridExercise.draw(number, random, turn % 2 == 0);
            case PARAMS ->
                    turn % 2 == 0
                            ? SizeExercise.draw(number, random)
                            : CountExercise.draw(number, random);
            default -> ShiftExercise.draw(number, random);
        };
    }

    private static void requireNumber(int n, String what) {
        if (n < 1 || n > MAX_EXERCISES) {
            throw new IllegalArgumentException(
                    what + " must be from 1 to " + MAX_EXERCISES + ", got " + n);
        }
    }
}
