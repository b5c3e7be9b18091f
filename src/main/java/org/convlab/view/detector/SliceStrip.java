package org.convlab.view.detector;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.convlab.conv.Cell;
import org.convlab.conv.DivergingColorMap;
import org.convlab.conv.Filter;
import org.convlab.conv.Window;
import org.convlab.view.shared.MapView;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.detector.ChannelNames;

/**
 * A filter's weights as its slices side by side, one per channel it reads, each titled with its
 * channel (R, G, B or ch 1 … C). A one-slice filter is one untitled map, as it always was. Slice 0
 * keeps the id {@code kernel-k}; slice s ≥ 1 is {@code kernel-k-s}.
 */
final class SliceStrip extends VBox {
    /** Side of one slice of a many-channel filter: three fit on a card, two a row on the stage. */
    private static final double SLICE_SIDE = 72;

    /** What a press, drag or release on a weight of a slice does. */
    interface CellHandler {
        void handle(int slice, Cell cell, MouseEvent e);
    }

    private final DisplaySettings display;
    private final CellHandler pressed;
    private final CellHandler dragged;
    private final CellHandler released;
    private final List<MapView> maps = new ArrayList<>();
    private final List<Label> titles = new ArrayList<>();
    private int index;

    SliceStrip(
            DisplaySettings display,
            CellHandler pressed,
            CellHandler dragged,
            CellHandler released) {
        this.display = display;
        this.pressed = pressed;
        this.dragged = dragged;
        this.released = released;
        getStyleClass().add("slice-strip");
        setCount(1);
    }

    /** The first slice's map (the whole kernel of a one-channel filter). */
    MapView first() {
        return maps.get(0);
    }

    List<MapView> maps() {
        return maps;
    }

    void setIndex(int k) {
        index = k;
        for (int s = 0; s < maps.size(); s++) {
            maps.get(s).setId(s == 0 ? "kernel-" + k : "kernel-" + k + "-" + s);
            titles.get(s).setId("kernel-title-" + k + "-" + s);
        }
    }

    private void setCount(int n) {
        if (n == maps.size()) {
            return;
        }
        getChildren().clear();
        maps.clear();
        titles.clear();
        List<VBox> boxes = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            int slice = s;
            MapView map = new MapView(display);
            map.setPreferredCellSize(n == 1 ? 30 : 18);
            map.setOnCellPressed((cell, e) -> pressed.handle(slice, cell, e));
            map.setOnCellDragged((cell, e) -> dragged.handle(slice, cell, e));
            map.setOnCellReleased((cell, e) -> released.handle(slice, cell, e));
            if (n == 1) {
                map.setMinHeight(110);
                map.setPrefHeight(150);
            } else {
                map.setMinSize(SLICE_SIDE, SLICE_SIDE);
                map.setPrefSize(SLICE_SIDE, SLICE_SIDE);
            }
            Label title = new Label();
            title.getStyleClass().add("slice-title");
            title.managedProperty().bind(title.visibleProperty());
            VBox box = new VBox(2, title, map);
            VBox.setVgrow(map, Priority.ALWAYS);
            maps.add(map);
            titles.add(title);
            boxes.add(box);
        }
        // One kernel takes the card's width, as it always did; slices flow, wrapping when narrow.
        if (n == 1) {
            getChildren().addAll(boxes);
        } else {
            FlowPane flow = new FlowPane(6, 4);
            flow.setAlignment(Pos.TOP_LEFT);
            flow.getChildren().addAll(boxes);
            getChildren().add(flow);
        }
        setIndex(index);
    }

    /**
     * Shows filter {@code f}'s slices on one colour scale, with the selected weight outlined on
     * slice {@code selS}; {@code firstChannel} is the image channel of slice 0.
     */
    void show(
            Filter f,
            int firstChannel,
            int channels,
            int selS,
            int selI,
            int selJ,
            String name,
            Color outline) {
        setCount(f.channels());
        int plane = f.height() * f.width();
        double[] all = f.toArray();
        double m = 1;
        for (double v : all) {
            m = Math.max(m, Math.abs(v));
        }
        for (int s = 0; s < f.channels(); s++) {
            double[] w = new double[plane];
            System.arraycopy(all, s * plane, w, 0, plane);
            MapView map = maps.get(s);
            map.setData(w, f.height(), f.width(), MapView.Style.DIVERGING);
            map.setColorMap(new DivergingColorMap(m));
            map.setOutlines(
                    s == selS
                            ? List.of(
                                    new MapView.Outline(
                                            new Window(selI, selJ, 1, 1), outline, false, ""))
                            : List.of());
            String channel = ChannelNames.of(firstChannel + s, channels);
            titles.get(s).setText(channel);
            // A depthwise filter on a colour image still says which channel its slice reads.
            titles.get(s).setVisible(channels > 1);
            map.descriptionProperty()
                    .set(
                            "Filter "
                                    + name
                                    + " weights, "
                                    + f.height()
                                    + "×"
                                    + f.width()
                                    + (f.channels() == 1 ? "" : ", slice " + channel));
        }
    }
}
