package org.convlab.view.detector;

import java.util.function.IntSupplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.convlab.lessons.detector.FilterPresets;
import org.convlab.viewmodel.detector.ChannelNames;
import org.convlab.viewmodel.detector.DetectorViewModel;

/**
 * A filter card's preset menu: the presets for the whole filter (every slice alike) and, for a
 * filter of several slices, one submenu per slice that puts a preset in that slice alone and zeros
 * in the others (a red-only diagonal).
 */
final class PresetMenu extends MenuButton {
    private final DetectorViewModel model;
    private final IntSupplier filter;
    private String shownFor = "";

    PresetMenu(DetectorViewModel model, IntSupplier filter) {
        super("Presets");
        this.model = model;
        this.filter = filter;
        show(1, 0, 1);
    }

    /** Offers the per-slice submenus for a filter of {@code slices} slices. */
    void show(int slices, int firstChannel, int channels) {
        String key = slices + "/" + firstChannel + "/" + channels;
        if (key.equals(shownFor)) {
            return;
        }
        shownFor = key;
        getItems().clear();
        for (FilterPresets p : FilterPresets.all()) {
            MenuItem item = new MenuItem(p.label());
            item.setOnAction(e -> model.filterBank().applyPreset(filter.getAsInt(), p));
            getItems().add(item);
        }
        if (slices == 1) {
            return;
        }
        for (int s = 0; s < slices; s++) {
            int slice = s;
            Menu only = new Menu(ChannelNames.of(firstChannel + s, channels) + " only");
            only.setId("slice-presets-" + s);
            for (FilterPresets p : FilterPresets.all()) {
                MenuItem item = new MenuItem(p.label());
                item.setOnAction(
                        e -> model.channels().channelOnlyPreset(filter.getAsInt(), slice, p));
                only.getItems().add(item);
            }
            getItems().add(only);
        }
    }
}
