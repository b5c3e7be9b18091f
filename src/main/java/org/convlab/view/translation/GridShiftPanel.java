package org.convlab.view.translation;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.conv.Argmax;
import org.convlab.conv.DivergingColorMap;
import org.convlab.conv.Image;
import org.convlab.conv.NumberText;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.Window;
import org.convlab.view.shared.MapView;
import org.convlab.view.shared.OutlineRole;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.translation.GridShiftModel;

/**
 * The same lesson in 2D: arrow buttons (or Shift + arrow keys) move a small binary image; the
 * response maps before and after, on one colour scale, show the argmax following the pattern — and,
 * with stride 2, failing to follow a one-pixel shift.
 */
final class GridShiftPanel extends VBox {

    private final GridShiftModel model;
    private final MapView imageBefore;
    private final MapView imageAfter;
    private final MapView responseBefore;
    private final MapView responseAfter;
    private final Label captionBefore = new Label();
    private final Label captionAfter = new Label();

    GridShiftPanel(GridShiftModel model, DisplaySettings display) {
        this.model = model;
        setId("grid-panel");
        getStyleClass().add("grid-panel");
        setSpacing(6);
        Label title =
                new Label(
                        "3 · In 2D: a "
                                + GridShiftModel.SIZE
                                + "×"
                                + GridShiftModel.SIZE
                                + " image, one 3×3 diagonal filter (+1 on the diagonal, −1 elsewhere), raw score, valid padding");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);

        imageBefore = map(display, "grid-image-before");
        imageAfter = map(display, "grid-image-after");
        responseBefore = map(display, "grid-response-before");
        responseAfter = map(display, "grid-response-after");

        Button left = button("\u2190", "grid-left", () -> model.move(0, -1));
        Button right = button("\u2192", "grid-right", () -> model.move(0, 1));
        Button up = button("\u2191", "grid-up", () -> model.move(-1, 0));
        Button down = button("\u2193", "grid-down", () -> model.move(1, 0));
        Button reset = button("Reset", "grid-reset", model::reset);
        CheckBox stride = new CheckBox("Stride 2");
        stride.setId("grid-stride2");
        stride.setSelected(model.getStride() == 2);
        stride.selectedProperty().addListener((o, a, b) -> model.setStride(b ? 2 : 1));
        model.strideProperty().addListener((o, a, b) -> stride.setSelected(b.intValue() == 2));
        Label keys = new Label("Shift + arrow keys move the image");
        keys.getStyleClass().add("hint");
        keys.setMinWidth(Region.USE_PREF_SIZE);
        stride.setMinWidth(Region.USE_PREF_SIZE);
        reset.setMinWidth(Region.USE_PREF_SIZE);
        Label move = new Label("Move the image");
        move.setMinWidth(Region.USE_PREF_SIZE);
        // wraps onto a second line at presenter size instead of cutting "Reset" to "…"
        FlowPane controls = new FlowPane(6, 6, move, left, up, down, right, reset, stride, keys);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPrefWrapLength(300);
        controls.setId("grid-controls");
        controls.setMinWidth(0);

        captionBefore.setId("grid-caption-before");
        captionAfter.setId("grid-caption-after");
        for (Label c : new Label[] {captionBefore, captionAfter}) {
            c.getStyleClass().add("caption");
            c.setWrapText(true);
            c.setMinHeight(Region.USE_PREF_SIZE);
        }
        // four maps in a row, two by two where the width is too narrow for four
        FlowPane maps =
                new FlowPane(
                        10,
                        8,
                        column("Image", imageBefore),
                        column("Response (before)", responseBefore),
                        column("Image moved", imageAfter),
                        column("Response (after)", responseAfter));
        maps.setId("grid-maps");
        maps.setPrefWrapLength(300);
        maps.setMinWidth(0);
        Label summary = new Label();
        summary.setId("grid-summary");
        summary.getStyleClass().addAll("sentence", "verdict");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());
        Label legend =
                new Label(
                        "green: best window / best cell · purple dashed: the old best window moved with the image");
        legend.getStyleClass().add("hint");
        legend.setWrapText(true);
        legend.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(title, controls, captionBefore, captionAfter, maps, legend, summary);
        model.summaryProperty().addListener((o, a, b) -> refresh());
        model.strideProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private static VBox column(String title, MapView map) {
        Label l = new Label(title);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        VBox v = new VBox(2, l, map);
        v.setAlignment(Pos.TOP_CENTER);
        return v;
    }

    private static MapView map(DisplaySettings display, String id) {
        MapView m = new MapView(display);
        m.setId(id);
        m.setPrefSize(150, 150);
        m.setMinSize(120, 120);
        return m;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setTooltip(
                new Tooltip(
                        id.startsWith("grid-reset")
                                ? "Back to the original image"
                                : "Move the image one pixel"));
        return b;
    }

    private static String tied(Argmax a) {
        int others = a.tieCount() - 1;
        return others == 0
                ? ""
                : ", tied with " + others + (others == 1 ? " other cell" : " other cells");
    }

    private void refresh() {
        Image img = model.getImage();
        Image moved = model.getShifted();
        ResponseMap before = model.getResponseBefore();
        ResponseMap after = model.getResponseAfter();
        Argmax a = model.getArgmaxBefore();
        Argmax b = model.getArgmaxAfter();
        imageBefore.setData(img.toArray(), img.height(), img.width(), MapView.Style.BINARY);
        imageAfter.setData(moved.toArray(), moved.height(), moved.width(), MapView.Style.BINARY);
        responseBefore.setData(
                before.toArray(), before.height(), before.width(), MapView.Style.DIVERGING);
        responseAfter.setData(
                after.toArray(), after.height(), after.width(), MapView.Style.DIVERGING);
        // one scale for both maps, so equal colours mean equal values
        DivergingColorMap shared =
                new DivergingColorMap(
                        Math.max(
                                DivergingColorMap.fitting(before.toArray()).limit(),
                                DivergingColorMap.fitting(after.toArray()).limit()));
        responseBefore.setColorMap(shared);
        responseAfter.setColorMap(shared);
        Window wa = GridShiftModel.windowOf(before, a);
        Window wb = GridShiftModel.windowOf(after, b);
        Window expected =
                new Window(
                        wa.top() + model.getShiftY(),
                        wa.left() + model.getShiftX(),
                        wa.height(),
                        wa.width());
        imageBefore.setOutlines(List.of(new MapView.Outline(wa, OutlineRole.MATCH, false, "")));
        imageAfter.setOutlines(
                List.of(
                        new MapView.Outline(expected, OutlineRole.EXPECTED, true, ""),
                        new MapView.Outline(wb, OutlineRole.MATCH, false, "")));
        responseBefore.setOutlines(
                List.of(
                        new MapView.Outline(
                                new Window(a.row(), a.col(), 1, 1), OutlineRole.MATCH, false, "")));
        responseAfter.setOutlines(
                List.of(
                        new MapView.Outline(
                                new Window(b.row(), b.col(), 1, 1), OutlineRole.MATCH, false, "")));
        String valueBefore = NumberText.exact(a.max());
        String valueAfter = NumberText.exact(b.max());
        captionBefore.setText(
                "Before, stride "
                        + model.getStride()
                        + ": max "
                        + valueBefore
                        + " at ("
                        + a.row()
                        + ", "
                        + a.col()
                        + ")"
                        + tied(a));
        captionAfter.setText(
                "After moving by ("
                        + ShiftPanel.signed(model.getShiftY())
                        + ", "
                        + ShiftPanel.signed(model.getShiftX())
                        + "), stride "
                        + model.getStride()
                        + ": max "
                        + valueAfter
                        + " at ("
                        + b.row()
                        + ", "
                        + b.col()
                        + ")"
                        + tied(b));
        imageBefore
                .descriptionProperty()
                .set("Binary image; best window at row " + wa.top() + ", column " + wa.left());
        responseAfter
                .descriptionProperty()
                .set(
                        "Response after the shift: maximum "
                                + valueAfter
                                + " at row "
                                + b.row()
                                + ", column "
                                + b.col());
    }
}
