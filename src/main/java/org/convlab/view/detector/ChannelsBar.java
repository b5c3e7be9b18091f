package org.convlab.view.detector;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.convlab.viewmodel.detector.ChannelNames;
import org.convlab.viewmodel.detector.ChannelsViewModel;

/**
 * One row for a many-channel image: which channel the brush paints, the groups (standard → grouped
 * → depthwise) and the button that opens the channels board. Hidden for one channel, so a binary
 * workspace looks as it always did.
 */
final class ChannelsBar extends FlowPane {
    private final ChannelsViewModel model;
    private final FlowPane channelButtons = new FlowPane(4, 4);
    private final FlowPane groupButtons = new FlowPane(4, 4);

    ChannelsBar(ChannelsViewModel model, ToggleButton board) {
        super(8, 4);
        this.model = model;
        setId("channels-bar");
        getStyleClass().add("channels-bar");
        setAlignment(Pos.CENTER_LEFT);
        visibleProperty().bind(model.channelsProperty().greaterThan(1));
        managedProperty().bind(visibleProperty());
        board.setId("channels-board-toggle");
        Tooltip.install(
                board,
                new Tooltip(
                        "The input as its planes, each filter as its slices, and the partial maps"
                                + " that add up to the response"));
        // Each label stays with its buttons when the bar wraps onto a second row.
        getChildren()
                .addAll(
                        labelled("Paint channel:", channelButtons),
                        labelled("Groups:", groupButtons),
                        board);
        model.channelsProperty().addListener((o, a, b) -> rebuild());
        model.groupsProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private static HBox labelled(String text, FlowPane buttons) {
        HBox box = new HBox(8, new Label(text), buttons);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void rebuild() {
        int c = model.getChannels();
        ToggleGroup channels = new ToggleGroup();
        channelButtons.getChildren().clear();
        channelButtons.getChildren().add(channel("All", ChannelsViewModel.ALL, channels));
        for (int i = 0; i < c; i++) {
            channelButtons.getChildren().add(channel(ChannelNames.of(i, c), i, channels));
        }
        ToggleGroup groups = new ToggleGroup();
        groupButtons.getChildren().clear();
        for (int g : model.groupChoices()) {
            ToggleButton b = new ToggleButton(model.groupsName(g));
            b.setId("groups-" + g);
            b.setToggleGroup(groups);
            b.setSelected(g == model.getGroups());
            b.setOnAction(
                    e -> {
                        if (!model.setGroups(g)) {
                            b.setSelected(false);
                        }
                        rebuild();
                    });
            groupButtons.getChildren().add(b);
        }
    }

    private ToggleButton channel(String text, int c, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setId(c == ChannelsViewModel.ALL ? "paint-all" : "paint-channel-" + c);
        b.setToggleGroup(group);
        b.setSelected(model.paintChannelProperty().get() == c);
        b.setOnAction(
                e -> {
                    model.setPaintChannel(c);
                    b.setSelected(true);
                });
        return b;
    }
}
