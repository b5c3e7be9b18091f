package org.convlab.view;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.convlab.viewmodel.MainViewModel;
import org.convlab.viewmodel.Shortcuts;

/**
 * The keyboard-shortcut list (F1 or ?): every shortcut in the registry, grouped by where it works.
 * It follows the registry, so a screen that registers its keys later still shows up here.
 */
final class HelpOverlay extends Overlay {
    HelpOverlay(MainViewModel model) {
        this(model, new Label("Keyboard shortcuts"), new GridPane());
    }

    private HelpOverlay(MainViewModel model, Label title, GridPane table) {
        this(model, title, table, scroll(table));
    }

    private HelpOverlay(MainViewModel model, Label title, GridPane table, ScrollPane list) {
        super(
                "help-overlay",
                model.helpVisibleProperty(),
                true,
                header(
                        title,
                        closeButton(
                                "help-close",
                                model.helpVisibleProperty(),
                                "Close the shortcut list")),
                list);
        // Focus starts on Close, so the list's own scroll keys would not reach it.
        addEventHandler(KeyEvent.KEY_PRESSED, e -> pageThrough(list, e));
        title.getStyleClass().add("overlay-title");
        table.setId("help-table");
        table.getStyleClass().add("shortcut-table");
        table.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints());
        table.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        Shortcuts shortcuts = model.shortcuts();
        Runnable fill = () -> fill(table, shortcuts);
        fill.run();
        shortcuts.all().addListener((ListChangeListener<Shortcuts.Shortcut>) c -> fill.run());
    }

    private static HBox header(Label title, Node close) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(title, gap, close);
        box.getStyleClass().add("overlay-header");
        return box;
    }

    /** Page Down and Page Up move the list by a screenful, wherever the focus is in it. */
    private static void pageThrough(ScrollPane pane, KeyEvent e) {
        if (e.getCode() != KeyCode.PAGE_DOWN && e.getCode() != KeyCode.PAGE_UP) {
            return;
        }
        double hidden =
                pane.getContent().getLayoutBounds().getHeight()
                        - pane.getViewportBounds().getHeight();
        if (hidden > 0) {
            double page = pane.getViewportBounds().getHeight() / hidden;
            double step = e.getCode() == KeyCode.PAGE_DOWN ? page : -page;
            pane.setVvalue(Math.max(0, Math.min(1, pane.getVvalue() + step)));
        }
        e.consume();
    }

    private static ScrollPane scroll(GridPane table) {
        ScrollPane pane = new ScrollPane(table);
        pane.setFitToWidth(true);
        pane.getStyleClass().add("overlay-scroll");
        pane.setFocusTraversable(true);
        pane.setAccessibleText("Keyboard shortcuts, grouped by screen");
        return pane;
    }

    private static void fill(GridPane table, Shortcuts shortcuts) {
        table.getChildren().clear();
        int row = 0;
        for (String screen : shortcuts.screens()) {
            Label heading = new Label(screen);
            heading.getStyleClass().add("shortcut-group");
            if (row > 0) {
                GridPane.setMargin(heading, new Insets(12, 0, 0, 0));
            }
            table.add(heading, 0, row++, 2, 1);
            for (Shortcuts.Shortcut s : shortcuts.of(screen)) {
                Label keys = new Label(s.keys());
                keys.getStyleClass().add("shortcut-keys");
                // A long key ("Left / right button on the image") takes two lines rather than
                // being cut to "Left / right..." or pushing the descriptions aside.
                keys.setWrapText(true);
                keys.setMinHeight(Region.USE_PREF_SIZE);
                Label what = new Label(s.description());
                what.getStyleClass().add("shortcut-description");
                what.setWrapText(true);
                keys.setLabelFor(what);
                table.addRow(row++, keys, what);
            }
        }
    }
}
