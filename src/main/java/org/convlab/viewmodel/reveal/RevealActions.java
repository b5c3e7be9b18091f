package org.convlab.viewmodel.reveal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.convlab.conv.Cell;
import org.convlab.conv.MatchMode;
import org.convlab.lessons.learn.StartingWeights;
import org.convlab.viewmodel.detector.DetectorViewModel;
import org.convlab.viewmodel.detector.SlideAnimation;
import org.convlab.viewmodel.learn.LearnViewModel;
import org.convlab.viewmodel.params.ParametersViewModel;
import org.convlab.viewmodel.translation.LessonMode;
import org.convlab.viewmodel.translation.MeterInput;
import org.convlab.viewmodel.translation.Preset;
import org.convlab.viewmodel.translation.TranslationViewModel;

/**
 * What each lesson's reveal script may set, and the view-model command each setting runs. The names
 * are the scripts' vocabulary; a script naming anything else is refused when it is loaded.
 */
public final class RevealActions {
    private RevealActions() {}

    /**
     * The detector: {@code scene} (homework, tie, chevron, colour), {@code board} (the channels
     * board: open, closed), {@code offsets} (apply), {@code matching} (raw, zero-mean, ncc, ssd)
     * and {@code slide} (end, home, or "row,col" of the kernel).
     */
    public static Map<String, Consumer<String>> detector(DetectorViewModel m) {
        Map<String, Consumer<String>> a = new LinkedHashMap<>();
        a.put(
                "scene",
                oneOf(
                        "scene",
                        Map.of(
                                "homework", () -> m.scenes().loadHomework(),
                                "tie", () -> m.scenes().loadTie(),
                                "chevron", () -> m.scenes().loadChevron(),
                                "colour", () -> m.channels().loadColourLayer()),
                        Runnable::run));
        a.put(
                "board",
                oneOf(
                        "board",
                        Map.of("open", true, "closed", false),
                        open -> m.channels().boardOpenProperty().set(open)));
        a.put("offsets", only("offsets", "apply", () -> m.scenes().applySuggestedOffsets()));
        a.put("matching", v -> m.layerSettings().setMatching(MatchMode.parse(v)));
        a.put(
                "slide",
                v -> {
                    SlideAnimation s = m.animation();
                    switch (v) {
                        case "end" -> s.end();
                        case "home" -> s.home();
                        default -> {
                            Cell c = cell(v);
                            s.pause();
                            s.seek(c.row() * s.gridCols() + c.col());
                        }
                    }
                });
        return a;
    }

    /**
     * Conv vs fully connected: {@code preset} (homework), {@code bias} (true, false) and {@code
     * answer} (the text typed into the answer checker, "" to clear it).
     */
    public static Map<String, Consumer<String>> parameters(ParametersViewModel m) {
        Map<String, Consumer<String>> a = new LinkedHashMap<>();
        a.put("preset", only("preset", "homework", m::applyHomeworkPreset));
        a.put("bias", v -> m.setBias(Boolean.parseBoolean(v)));
        a.put("answer", m::setAnswerText);
        return a;
    }

    /**
     * Translation: {@code preset} (homework), {@code mode} (translate, move), {@code shift} (k),
     * {@code circular} (true, false), {@code score} (raw, zero-mean, ncc, ssd), {@code move-to}
     * (where the block goes), {@code grid-shift} ("dy,dx" from the start), {@code grid-stride} (1,
     * 2), and the invariance meter's {@code meter-input} (signal, image), {@code meter-k} (K) and
     * {@code meter-border} (ring, zero-fill).
     */
    public static Map<String, Consumer<String>> translation(TranslationViewModel m) {
        Map<String, Consumer<String>> a = new LinkedHashMap<>();
        a.put("preset", only("preset", "homework", () -> m.applyPreset(Preset.HOMEWORK)));
        a.put(
                "mode",
                oneOf(
                        "mode",
                        Map.of("translate", LessonMode.TRANSLATE, "move", LessonMode.MOVE_PATTERN),
                        m::setMode));
        a.put("shift", v -> m.setShift(Integer.parseInt(v)));
        a.put("circular", v -> m.setCircular(Boolean.parseBoolean(v)));
        a.put("score", v -> m.setMatchMode(MatchMode.parse(v)));
        a.put("move-to", v -> m.setMoveTarget(Integer.parseInt(v)));
        a.put(
                "grid-shift",
                v -> {
                    int[] d = pair(v);
                    m.grid().setShift(d[0], d[1]);
                });
        a.put("grid-stride", v -> m.grid().setStride(Integer.parseInt(v)));
        a.put(
                "meter-input",
                oneOf(
                        "meter-input",
                        Map.of("signal", MeterInput.SIGNAL, "image", MeterInput.IMAGE),
                        input -> m.meter().setInput(input)));
        a.put("meter-k", v -> m.meter().setMaxShift(Integer.parseInt(v)));
        a.put(
                "meter-border",
                oneOf(
                        "meter-border",
                        Map.of("ring", false, "zero-fill", true),
                        zeroFill -> m.meter().setZeroFill(zeroFill)));
        return a;
    }

    /**
     * Learning: {@code start} (random, designed, zeros) chooses the starting weights and resets;
     * {@code steps} ("pause" stops training).
     */
    public static Map<String, Consumer<String>> learning(LearnViewModel m) {
        Map<String, Consumer<String>> a = new LinkedHashMap<>();
        a.put(
                "start",
                oneOf(
                        "start",
                        Map.of(
                                "random", StartingWeights.RANDOM,
                                "designed", StartingWeights.HAND_DESIGNED,
                                "zeros", StartingWeights.ZEROS),
                        w -> {
                            m.startProperty().set(w);
                            m.reset();
                        }));
        a.put(
                "training",
                oneOf("training", Map.of("pause", m::pause, "train", m::train), Runnable::run));
        return a;
    }

    /** "row,col" as a cell. */
    private static Cell cell(String v) {
        int[] p = pair(v);
        return new Cell(p[0], p[1]);
    }

    /** A setting that takes one word only, e.g. {@code preset: homework}. */
    private static Consumer<String> only(String key, String word, Runnable run) {
        return oneOf(key, Map.of(word, run), Runnable::run);
    }

    /** A setting whose words stand for {@code options}; {@code use} gets the chosen one. */
    private static <T> Consumer<String> oneOf(String key, Map<String, T> options, Consumer<T> use) {
        return v -> {
            T chosen = options.get(v);
            if (chosen == null) {
                throw unknown(key, v);
            }
            use.accept(chosen);
        };
    }

    private static int[] pair(String v) {
        String[] parts = v.split(",");
        if (parts.length != 2) {
            throw new IllegalArgumentException(
                    "expected two whole numbers \"a,b\", got \"" + v + "\"");
        }
        return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
    }

    private static IllegalArgumentException unknown(String key, String value) {
        return new IllegalArgumentException(
                "the guided reveal's " + key + " cannot be \"" + value + "\"");
    }
}
