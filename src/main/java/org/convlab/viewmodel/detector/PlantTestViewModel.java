package org.convlab.viewmodel.detector;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import org.convlab.conv.Activation;
import org.convlab.conv.Image;
import org.convlab.conv.Workspace;
import org.convlab.lessons.detector.PlantAndTest;

/**
 * Plant and test: runs the detector on fresh streak images with the target pattern planted, and
 * keeps the last runs for comparison.
 */
public final class PlantTestViewModel {
    private final DetectorViewModel vm;

    PlantTestViewModel(DetectorViewModel vm) {
        this.vm = vm;
        plantResult = new ReadOnlyObjectWrapper<>(vm, "plantResult");
        plantHistory =
                new ReadOnlyListWrapper<>(vm, "plantHistory", FXCollections.observableArrayList());
    }

    private final ReadOnlyObjectWrapper<PlantAndTest.Result> plantResult;

    public PlantAndTest.Result getPlantResult() {
        return plantResult.get();
    }

    public ReadOnlyObjectProperty<PlantAndTest.Result> plantResultProperty() {
        return plantResult.getReadOnlyProperty();
    }

    private final ReadOnlyListWrapper<String> plantHistory;

    /**
     * One line per run, newest first, so configurations can be compared: "A + B, raw: 18 of 20 hits
     * (90%)".
     */
    public ReadOnlyListProperty<String> plantHistoryProperty() {
        return plantHistory.getReadOnlyProperty();
    }

    /**
     * Runs the current detector on {@code trials} fresh streak images (seeded) of the input's size,
     * each with the target pattern planted at a random spot.
     */
    public boolean runPlantAndTest(int trials, long seed) {
        Workspace ws = vm.getWorkspace();
        if (!vm.getProblem().isEmpty()) {
            vm.refuse("fix the detector first: " + vm.getProblem());
            return false;
        }
        Image img = ws.image();
        int length = Math.min(DetectorScenes.STREAK_LENGTH, Math.min(img.height(), img.width()));
        int streaks =
                Math.max(
                        1,
                        (int)
                                Math.round(
                                        DetectorScenes.STREAKS
                                                * (double) img.height()
                                                * img.width()
                                                / (32.0 * 32.0)));
        PlantAndTest.Result r;
        try {
            r =
                    PlantAndTest.run(
                            ws,
                            vm.scenes().getPattern(),
                            trials,
                            img.height(),
                            img.width(),
                            streaks,
                            length,
                            seed);
        } catch (IllegalArgumentException e) {
            vm.refuse(e.getMessage());
            return false;
        }
        String line =
                DetectorTexts.sumFormula(ws.filters())
                        + ", "
                        + ws.matching().label()
                        + (ws.activation() == Activation.RELU ? ", ReLU" : "")
                        + ": "
                        + r.hits()
                        + " of "
                        + r.trials().size()
                        + " hits ("
                        + percent(r.hits(), r.trials().size())
                        + ")"
                        + ", seed "
                        + seed;
        plantHistory.add(0, line);
        if (plantHistory.size() > 8) {
            plantHistory.remove(8, plantHistory.size());
        }
        plantResult.set(r);
        vm.say("Plant and test: " + line);
        return true;
    }

    static String percent(int hits, int n) {
        BigDecimal p =
                BigDecimal.valueOf(100L * hits)
                        .divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_EVEN)
                        .stripTrailingZeros();
        return p.toPlainString() + "%";
    }
}
