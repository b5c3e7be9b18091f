package org.convlab.viewmodel.detector;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convlab.conv.Image;
import org.convlab.conv.Workspace;
import org.convlab.lessons.detector.PatternPreset;
import org.convlab.lessons.detector.StreakDirection;
import org.convlab.lessons.detector.StreakGenerator;

/**
 * The scenes the detector opens with: the homework (streaks, an X where a ↘ and a ↗ streak cross,
 * the two diagonal filters) and the chevron that needs offsets. The seeds are chosen so the lesson
 * works: the homework's argmax is the X and nothing ties with it; the chevron's plain sum peaks
 * away from the V, and the offsets make the V the unique maximum (tests hold them to it).
 */
public final class DetectorScenes {
    public static final int SIZE = 32;
    public static final int STREAKS = 8;
    public static final int STREAK_LENGTH = 6;
    public static final long HOMEWORK_SEED = 2;
    public static final int X_TOP = 14;
    public static final int X_LEFT = 17;
    public static final long CHEVRON_SEED = 5;
    public static final int V_TOP = 4;
    public static final int V_LEFT = 4;

    private DetectorScenes() {}

    /** The homework: a 32×32 streak image with the X stamped in, filters A = ↘ and B = ↗. */
    public static Workspace homework() {
        PatternPreset x = PatternPreset.cross();
        Image streaks =
                StreakGenerator.generate(
                        SIZE, SIZE, StreakDirection.BOTH, STREAKS, STREAK_LENGTH, HOMEWORK_SEED);
        Image img = StreakGenerator.stamp(streaks, x.pattern(), X_TOP, X_LEFT);
        return DetectorTexts.noted(Workspace.of(img, x.filters()).withExtras(extras(x, null)));
    }

    /** Top-left of the second X in the tie scene. */
    public static final int X2_TOP = 24;

    public static final int X2_LEFT = 4;

    /**
     * The homework image with a second X: two positions share the maximum and argmax returns only
     * the first in row-major order, which is the lesson.
     */
    public static Workspace twoCrosses() {
        PatternPreset x = PatternPreset.cross();
        Workspace ws = homework();
        Map<String, Object> e = new LinkedHashMap<>(ws.extras());
        e.put(
                DetectorViewModel.NOTE_KEY,
                "Two identical X's score the same maximum; argmax returns one position only, "
                        + "the first in row-major order (top row first), so a detector with ties silently ignores the rest.");
        return DetectorTexts.noted(
                ws.withImage(StreakGenerator.stamp(ws.image(), x.pattern(), X2_TOP, X2_LEFT))
                        .withExtras(e));
    }

    /**
     * The chevron V with the plain sum (it fails) or with filter B read 4 columns right (it works).
     */
    public static Workspace chevron(boolean withOffsets) {
        PatternPreset v = PatternPreset.chevron(withOffsets);
        Image streaks =
                StreakGenerator.generate(
                        SIZE, SIZE, StreakDirection.BOTH, STREAKS, STREAK_LENGTH, CHEVRON_SEED);
        Image img = StreakGenerator.stamp(streaks, v.pattern(), V_TOP, V_LEFT);
        return DetectorTexts.noted(
                Workspace.of(img, v.filters())
                        .withExtras(
                                extras(
                                        v,
                                        withOffsets
                                                ? null
                                                : List.of(List.of(0, 0), List.of(4, 0)))));
    }

    static Map<String, Object> extras(PatternPreset p, List<List<Integer>> suggestedOffsets) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put(DetectorViewModel.PATTERN_KEY, PatternExtras.write(p.name(), p.pattern()));
        e.put(DetectorViewModel.NOTE_KEY, p.explanation());
        if (suggestedOffsets != null) {
            e.put(DetectorViewModel.OFFSETS_KEY, suggestedOffsets);
        }
        return e;
    }
}
