package org.convlab.view.translation;

import static org.convlab.view.translation.PanelParts.fixed;
import static org.convlab.view.translation.PanelParts.group;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.convlab.viewmodel.translation.TranslationViewModel;

/**
 * The "Move the pattern" controls: which block (start and length spinners) and where it goes (a
 * slider). Kept apart from {@link ShiftPanel} so the panel only lays them out; they write to the
 * view model and show its block again after every recomputation.
 */
final class BlockMoveControls {
    private final TranslationViewModel model;
    private final Spinner<Integer> blockStart = new Spinner<>();
    private final Spinner<Integer> blockLength = new Spinner<>();
    private final Slider moveSlider = new Slider();

    /** Which block: start and length. */
    final HBox blockGroup;

    /** Where it goes: the target slider and its value. */
    final HBox targetGroup;

    /** Shows the model's block again (the whole panel redraws). */
    private final Runnable refresh;

    /** True while the controls show the model, so their listeners do not write back. */
    private boolean syncing;

    BlockMoveControls(TranslationViewModel model, Runnable refresh) {
        this.model = model;
        this.refresh = refresh;
        blockStart.setId("block-start");
        blockLength.setId("block-length");
        blockStart.getStyleClass().add("block-spinner");
        blockLength.getStyleClass().add("block-spinner");
        blockStart.setMinWidth(Region.USE_PREF_SIZE);
        blockLength.setMinWidth(Region.USE_PREF_SIZE);
        blockStart.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100, 0));
        blockLength.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100, 1));
        blockStart.valueProperty().addListener((o, a, b) -> applyBlock());
        blockLength.valueProperty().addListener((o, a, b) -> applyBlock());
        PanelParts.wholeSteps(moveSlider, "move-target", "move-slider");
        moveSlider
                .valueProperty()
                .addListener(
                        (o, a, b) -> {
                            int t = (int) Math.round(b.doubleValue());
                            if (!syncing
                                    && t != model.getMoveTarget()
                                    && t >= 0
                                    && t <= model.getSignal().length - model.getBlockLength()) {
                                model.setMoveTarget(t);
                            }
                        });
        Label moveLabel = PanelParts.valueLabel("move-label");
        moveLabel
                .textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> "to index " + model.getMoveTarget(),
                                model.moveTargetProperty()));
        blockGroup =
                group(
                        "move-controls",
                        fixed("Block starts at"),
                        blockStart,
                        fixed("length"),
                        blockLength);
        targetGroup = group("move-target-group", fixed("Move it to"), moveSlider, moveLabel);
    }

    private void applyBlock() {
        if (syncing) {
            return;
        }
        int start = blockStart.getValue();
        int len = blockLength.getValue();
        int n = model.getSignal().length;
        if (start + len > n) {
            // keep the spinners honest: show the model's block again
            refresh.run();
            return;
        }
        model.setBlock(start, len);
    }

    /** Shows the model's block and target, with limits that fit a signal of n values. */
    void sync(int n) {
        syncing = true;
        try {
            int maxTarget = n - model.getBlockLength();
            moveSlider.setMin(0);
            moveSlider.setMax(Math.max(maxTarget, 0));
            moveSlider.setValue(model.getMoveTarget());
            ((SpinnerValueFactory.IntegerSpinnerValueFactory) blockStart.getValueFactory())
                    .setMax(n - 1);
            ((SpinnerValueFactory.IntegerSpinnerValueFactory) blockLength.getValueFactory())
                    .setMax(n);
            blockStart.getValueFactory().setValue(model.getBlockStart());
            blockLength.getValueFactory().setValue(model.getBlockLength());
        } finally {
            syncing = false;
        }
    }
}
