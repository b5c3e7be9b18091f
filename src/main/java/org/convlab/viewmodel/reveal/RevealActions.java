package org.convlab.viewmodel.reveal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
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
                v -> {
                    switch (v) {
                        case "homework" -> m.scenes().loadHomework();
                        case "tie" -> m.scenes().loadTie();
                        case "chevron" -> m.scenes().loadChevron();
                        case "colour" -> m.channels().loadColourLayer();
                        default -> throw unknown("scene", v);
                    }
                });
        a.put(
                "board",
                v -> {
                    switch (v) {
                        case "open" -> m.channels().boardOpenProperty().set(true);
                        case "closed" -> m.channels().boardOpenProperty().set(false);
                        default -> throw unknown("board", v);
                    }
                });
        a.put(
                "offsets",
                v -> {
                    if (!"apply".equals(v)) {
                        throw unknown("offsets", v);
                    }
                    m.scenes().applySuggestedOffsets();
                });
        a.put("matching", v -> m.layerSettings().setMatching(MatchMode.parse(v)));
        a.put(
                "slide",
                v -> {
                    SlideAnimation s = m.animation();
                    switch (v) {
                        case "end" -> s.end();
                        case "home" -> s.home();
                        default -> {
                            int[] rc = pair(v);
                            s.pause();
                            s.seek(rc[0] * s.gridCols() + rc[1]);
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
        a.put(
                "preset",
                v -> {
                    if (!"homework".equals(v)) {
                        throw unknown("preset", v);
                    }
                    m.applyHomeworkPreset();
                });
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
        a.put(
                "preset",
                v -> {
                    if (!"homework".equals(v)) {
                        throw unknown("preset", v);
                    }
                    m.applyPreset(Preset.HOMEWORK);
                });
        a.put(
                "mode",
                v ->
                        m.setMode(
                                switch (v) {
                                    case "translate" -> LessonMode.TRANSLATE;
                                    case "move" -> LessonMode.MOVE_PATTERN;
                                    default -> throw unknown("mode", v);
                                }));
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
                v ->
                        m.meter()
                                .setInput(
                                        switch (v) {
                                            case "signal" -> MeterInput.SIGNAL;
                                            case "image" -> MeterInput.IMAGE;
                                            default -> throw unknown("meter-input", v);
                                        }));
        a.put("meter-k", v -> m.meter().setMaxShift(Integer.parseInt(v)));
        a.put(
                "meter-border",
                v ->
                        m.meter()
                                .setZeroFill(
                                        switch (v) {
                                            case "ring" -> false;
                                            case "zero-fill" -> true;
                                            default -> throw unknown("meter-border", v);
                                        }));
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
                v -> {
                    m.startProperty()
                            .set(
                                    switch (v) {
                                        case "random" -> StartingWeights.RANDOM;
                                        case "designed" -> StartingWeights.HAND_DESIGNED;
                                        case "zeros" -> StartingWeights.ZEROS;
                                        default -> throw unknown("start", v);
                                    });
                    m.reset();
                });
        a.put(
                "training",
                v -> {
                    switch (v) {
                        case "pause" -> m.pause();
                        case "train" -> m.train();
                        default -> throw unknown("training", v);
                    }
                });
        return a;
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
