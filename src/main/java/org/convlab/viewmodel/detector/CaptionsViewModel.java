package org.convlab.viewmodel.detector;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.convlab.conv.Activation;
import org.convlab.conv.Detection;
import org.convlab.conv.MatchMode;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.Workspace;

/**
 * The captions around the detector's maps: the input's size, each response map's name and size, the
 * sum formula above the combined map, the argmax in words and the lesson note. {@link
 * DetectorViewModel} refreshes them after every recompute; they only describe, never edit.
 */
public final class CaptionsViewModel {
    private final ReadOnlyStringWrapper argmaxText =
            new ReadOnlyStringWrapper(this, "argmaxText", "");

    /** The argmax said in words, ties included: "4 positions share the maximum 6; …". */
    public String getArgmaxText() {
        return argmaxText.get();
    }

    public ReadOnlyStringProperty argmaxTextProperty() {
        return argmaxText.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper combinedLabel =
            new ReadOnlyStringWrapper(this, "combinedLabel", "");

    /** "Sum: A + B 28×28" or "Sum: A + B(dx=4) 28×24". */
    public String getCombinedLabel() {
        return combinedLabel.get();
    }

    public ReadOnlyStringProperty combinedLabelProperty() {
        return combinedLabel.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper inputLabel =
            new ReadOnlyStringWrapper(this, "inputLabel", "");

    /** "Input 32×32". */
    public String getInputLabel() {
        return inputLabel.get();
    }

    public ReadOnlyStringProperty inputLabelProperty() {
        return inputLabel.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper inputLegend =
            new ReadOnlyStringWrapper(this, "inputLegend", GREY_LEGEND);

    /** How the input's colours read: grey from white 0 to black 1, or light mixed from black 0. */
    public String getInputLegend() {
        return inputLegend.get();
    }

    public ReadOnlyStringProperty inputLegendProperty() {
        return inputLegend.getReadOnlyProperty();
    }

    private static final String GREY_LEGEND = "white = 0, black = 1";

    private final ReadOnlyListWrapper<String> mapLabels =
            new ReadOnlyListWrapper<>(this, "mapLabels", FXCollections.observableArrayList());

    /** One label per response map: "Response A 28×28". */
    public ReadOnlyListProperty<String> mapLabelsProperty() {
        return mapLabels.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");

    /** The one-line lesson of the loaded preset (why the sum works, or fails), "" when none. */
    public String getNote() {
        return note.get();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Refreshes every caption but the argmax ({@link #refreshArgmax}), which follows the slide. */
    void refresh(Workspace ws, Detection d, Workspace dw) {
        inputLabel.set(
                "Input "
                        + ws.image().height()
                        + "×"
                        + ws.image().width()
                        + (ws.image().channels() == 3
                                ? "×3 (red, green, blue)"
                                : ws.image().channels() > 1
                                        ? "×" + ws.image().channels() + " (channel 1 shown)"
                                        : ""));
        inputLegend.set(ws.image().channels() == 3 ? "black = 0, full colour = 1" : GREY_LEGEND);
        // A scene's note speaks of the scene's filters and settings: once they change it is gone.
        Object n = ws.extras().get(DetectorViewModel.NOTE_KEY);
        Object noteFor = ws.extras().get(DetectorViewModel.NOTE_FOR_KEY);
        String sceneNote =
                n instanceof String text
                                && (noteFor == null
                                        || noteFor.equals(DetectorTexts.fingerprint(ws)))
                        ? text
                        : "";
        String sizes = SizeMixNote.of(ws);
        note.set(
                sceneNote.isEmpty()
                        ? sizes
                        : sizes.isEmpty() ? sceneNote : sceneNote + " " + sizes);
        if (d == null || dw == null) {
            mapLabels.setAll(List.of());
            combinedLabel.set("");
            return;
        }
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < d.responses().size(); k++) {
            ResponseMap m = d.responses().get(k);
            // Beside its pooled map ("Pooled A") a response is named by its filter alone, so
            // both fit side by side on a projector.
            labels.add(
                    (dw.pooling() == null ? "Response " : "")
                            + dw.filters().get(k).name()
                            + "  "
                            + m.height()
                            + "×"
                            + m.width()
                            + (dw.matching() != MatchMode.RAW ? " · " + dw.matching().label() : "")
                            + (dw.activation() == Activation.RELU ? " · ReLU" : ""));
        }
        mapLabels.setAll(labels);
        combinedLabel.set(
                StagesViewModel.staged(dw)
                        ? StagedFocus.combinedLabel(dw, d, DetectorTexts.sumFormula(dw.filters()))
                        : "Sum: "
                                + DetectorTexts.sumFormula(dw.filters())
                                + "  "
                                + d.combined().height()
                                + "×"
                                + d.combined().width());
    }

    /** The argmax in words; while the kernel slides it is not known yet, and the text says so. */
    void refreshArgmax(Detection d, boolean sliding) {
        if (d == null) {
            argmaxText.set("");
        } else if (sliding) {
            argmaxText.set(
                    "The argmax is known only when every position has been computed: play on, or End shows the finished maps");
        } else {
            argmaxText.set(DetectorTexts.describeArgmax(d));
        }
    }
}
