package org.convlab.viewmodel.detector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.Window;
import org.convlab.conv.Workspace;
import org.convlab.lessons.detector.PatternPreset;
import org.convlab.lessons.detector.StreakGenerator;

/**
 * The scenes of the detector: the preset scenes with the offsets they suggest, and the target
 * pattern that stamps and plant-and-test place.
 */
public final class ScenesViewModel {
    private final DetectorViewModel vm;
    private long stampCounter;

    ScenesViewModel(DetectorViewModel vm) {
        this.vm = vm;
    }

    /**
     * The pattern a stamp places and plant-and-test plants (the X unless a preset or file says
     * otherwise).
     */
    public Image getPattern() {
        Image p = PatternExtras.read(vm.getWorkspace().extras().get(DetectorViewModel.PATTERN_KEY));
        return p != null ? p : PatternPreset.cross().pattern();
    }

    public String getPatternName() {
        Object v = vm.getWorkspace().extras().get(DetectorViewModel.PATTERN_KEY);
        return PatternExtras.read(v) != null ? PatternExtras.name(v) : PatternPreset.cross().name();
    }

    /**
     * Makes the selected rectangle of the input the target pattern (what stamps and plant-and-test
     * place).
     */
    public boolean patternFromSelection() {
        Window s = SelectionCheck.ofOneChannel(vm, "a target pattern needs a one-channel image");
        if (s == null) {
            return false;
        }
        Image img = vm.getWorkspace().image();
        double[] d = new double[s.height() * s.width()];
        boolean ink = false;
        for (int i = 0; i < s.height(); i++) {
            for (int j = 0; j < s.width(); j++) {
                d[i * s.width() + j] = img.get(0, s.top() + i, s.left() + j);
                ink |= d[i * s.width() + j] != 0;
            }
        }
        if (!ink) {
            vm.refuse("the selection is empty (all 0); a pattern needs at least one cell of ink");
            return false;
        }
        Map<String, Object> extras = new LinkedHashMap<>(vm.getWorkspace().extras());
        String name = "your " + s.height() + "×" + s.width() + " selection";
        extras.put(
                DetectorViewModel.PATTERN_KEY,
                PatternExtras.write(name, Image.of(s.height(), s.width(), 1, d)));
        vm.edit(vm.getWorkspace().withExtras(extras));
        vm.say("The target pattern is now " + name + " (" + SelectionCheck.rowsAndColumns(s) + ")");
        return true;
    }

    /** Stamps the pattern centred on (row, col); refused when it would run over the edge. */
    public boolean stampAt(int row, int col) {
        Image p = getPattern();
        int top = row - (p.height() - 1) / 2;
        int left = col - (p.width() - 1) / 2;
        Image img = vm.getWorkspace().image();
        if (top < 0
                || left < 0
                || top + p.height() > img.height()
                || left + p.width() > img.width()) {
            vm.refuse(
                    "the "
                            + p.height()
                            + "×"
                            + p.width()
                            + " pattern centred on row "
                            + row
                            + ", column "
                            + col
                            + " would run over the edge of the "
                            + img.height()
                            + "×"
                            + img.width()
                            + " input; click further inside");
            return false;
        }
        return stampTopLeft(top, left);
    }

    /**
     * Stamps the pattern at a random spot where it fits (seeded by a counter, so a session
     * replays).
     */
    public boolean stampRandom() {
        Image p = getPattern();
        Image img = vm.getWorkspace().image();
        if (p.height() > img.height() || p.width() > img.width()) {
            vm.refuse(
                    "the "
                            + p.height()
                            + "×"
                            + p.width()
                            + " pattern does not fit in the "
                            + img.height()
                            + "×"
                            + img.width()
                            + " input");
            return false;
        }
        SplittableRandom rnd = new SplittableRandom(++stampCounter);
        return stampTopLeft(
                rnd.nextInt(img.height() - p.height() + 1),
                rnd.nextInt(img.width() - p.width() + 1));
    }

    private boolean stampTopLeft(int top, int left) {
        try {
            vm.edit(
                    vm.getWorkspace()
                            .withImage(
                                    StreakGenerator.stamp(
                                            vm.getWorkspace().image(), getPattern(), top, left)));
        } catch (IllegalArgumentException e) {
            vm.refuse(e.getMessage());
            return false;
        }
        Image p = getPattern();
        vm.say(
                "Stamped the "
                        + p.height()
                        + "×"
                        + p.width()
                        + " pattern at rows "
                        + top
                        + "–"
                        + (top + p.height() - 1)
                        + ", columns "
                        + left
                        + "–"
                        + (left + p.width() - 1));
        return true;
    }

    /** The homework scene (streaks, X, ↘ and ↗ filters, plain sum), as one edit. */
    public void loadHomework() {
        vm.edit(DetectorScenes.homework());
        vm.say("The homework: the plain sum A + B peaks where a ↘ and a ↗ streak cross");
    }

    /** The homework image with a second X: a tie for the maximum. */
    public void loadTie() {
        vm.edit(DetectorScenes.twoCrosses());
        vm.say("Two X's: both score the maximum, and argmax can return only one of them");
    }

    /** The chevron V with the plain sum, which fails; {@link #applySuggestedOffsets} fixes it. */
    public void loadChevron() {
        vm.edit(DetectorScenes.chevron(false));
        vm.say("Chevron V loaded with the plain sum: look where the argmax lands");
    }

    /** Offsets the loaded preset suggests, e.g. "dx=4 for B", or "" when none. */
    public String suggestedOffsetsText() {
        List<int[]> off = suggestedOffsets();
        if (off == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        List<FilterSpec> fs = vm.getWorkspace().filters();
        for (int k = 0; k < off.size() && k < fs.size(); k++) {
            if (off.get(k)[0] != 0 || off.get(k)[1] != 0) {
                parts.add(
                        DetectorTexts.sumFormula(
                                List.of(
                                        fs.get(k)
                                                .withOffset(off.get(k)[0], off.get(k)[1])
                                                .withGain(1))));
            }
        }
        return String.join(", ", parts);
    }

    private List<int[]> suggestedOffsets() {
        if (!(vm.getWorkspace().extras().get(DetectorViewModel.OFFSETS_KEY)
                instanceof List<?> list)) {
            return null;
        }
        List<int[]> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof List<?> pair)
                    || pair.size() != 2
                    || !(pair.get(0) instanceof Number dx)
                    || !(pair.get(1) instanceof Number dy)) {
                return null;
            }
            out.add(new int[] {dx.intValue(), dy.intValue()});
        }
        return out;
    }

    /**
     * Applies the offsets the preset suggests (the chevron's dx = 4 for B), with its explanation.
     */
    public boolean applySuggestedOffsets() {
        List<int[]> off = suggestedOffsets();
        if (off == null) {
            vm.refuse("this workspace suggests no offsets; load the chevron preset first");
            return false;
        }
        Workspace ws = vm.getWorkspace();
        List<FilterSpec> fs = new ArrayList<>(ws.filters());
        for (int k = 0; k < off.size() && k < fs.size(); k++) {
            fs.set(k, fs.get(k).withOffset(off.get(k)[0], off.get(k)[1]));
        }
        Map<String, Object> extras = new LinkedHashMap<>(ws.extras());
        extras.remove(DetectorViewModel.OFFSETS_KEY);
        extras.put(DetectorViewModel.NOTE_KEY, PatternPreset.chevron(true).explanation());
        String applied = suggestedOffsetsText();
        vm.edit(DetectorTexts.noted(ws.withFilters(fs).withExtras(extras)));
        vm.say("Applied the offsets: " + applied);
        return true;
    }
}
