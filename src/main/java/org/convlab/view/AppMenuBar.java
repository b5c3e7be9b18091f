package org.convlab.view;

import java.util.List;
import javafx.beans.property.Property;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.Lesson;
import org.convlab.viewmodel.MainViewModel;
import org.convlab.viewmodel.PresenterMode;

/**
 * The window's menus: View (presenter mode, scale, contrast, full screen, frame time), Go (the
 * lessons) and Help. Menus that belong to other parts of the app (File, Edit) go in front of them
 * through the constructor or {@link #addLeading}. Every item has an accelerator or a mnemonic, so
 * the whole bar works from the keyboard (F10 or Alt opens it).
 */
public final class AppMenuBar extends MenuBar {
    /** The presenter switch's second key; the menu item shows F5. */
    public static final KeyCombination PRESENTER_ALTERNATIVE =
            new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private final int appMenuCount;

    public AppMenuBar(MainViewModel model) {
        this(model, List.of());
    }

    /** A menu bar with {@code leading} menus (e.g. File, Edit) before the app's own. */
    public AppMenuBar(MainViewModel model, List<Menu> leading) {
        setId("app-menu-bar");
        setAccessibleText("Menu bar");
        getMenus().addAll(viewMenu(model), goMenu(model), helpMenu(model));
        appMenuCount = getMenus().size();
        addLeading(leading.toArray(Menu[]::new));
    }

    /** Puts {@code menus} before View, Go and Help, after any leading menus added before. */
    public void addLeading(Menu... menus) {
        getMenus().addAll(getMenus().size() - appMenuCount, List.of(menus));
    }

    /** A check item with a shortcut, kept in step with {@code setting} both ways. */
    private static CheckMenuItem toggle(
            String text, String id, KeyCombination key, Property<Boolean> setting) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        item.setAccelerator(key);
        item.selectedProperty().bindBidirectional(setting);
        return item;
    }

    private static Menu viewMenu(MainViewModel model) {
        PresenterMode presenter = model.presenter();
        DisplaySettings display = model.display();

        CheckMenuItem presenterItem = new CheckMenuItem("_Presenter mode");
        presenterItem.setId("menu-presenter");
        presenterItem.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        presenterItem.setSelected(presenter.isActive());
        presenter.activeProperty().addListener((o, was, now) -> presenterItem.setSelected(now));
        presenterItem.setOnAction(e -> presenter.setActive(presenterItem.isSelected()));

        Menu scale = new Menu("_Text and cell size");
        scale.setId("menu-scale");
        ToggleGroup sizes = new ToggleGroup();
        for (double s : PresenterMode.SCALES) {
            RadioMenuItem item = new RadioMenuItem(Math.round(s * 100) + " %");
            item.setId("menu-scale-" + Math.round(s * 100));
            item.setToggleGroup(sizes);
            item.setSelected(display.getScale() == s);
            display.scaleProperty()
                    .addListener((o, was, now) -> item.setSelected(now.doubleValue() == s));
            item.setOnAction(e -> display.setScale(s));
            scale.getItems().add(item);
        }

        CheckMenuItem contrast =
                toggle(
                        "_High contrast",
                        "menu-high-contrast",
                        new KeyCodeCombination(
                                KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        display.highContrastProperty());
        CheckMenuItem fullScreen =
                toggle(
                        "_Full screen",
                        "menu-full-screen",
                        new KeyCodeCombination(KeyCode.F11),
                        model.fullScreenProperty());
        CheckMenuItem guide =
                toggle(
                        "_What to try",
                        "menu-guide",
                        new KeyCodeCombination(KeyCode.F9),
                        model.guideVisibleProperty());
        CheckMenuItem frameTime =
                toggle(
                        "Frame-time _readout",
                        "menu-frame-time",
                        new KeyCodeCombination(KeyCode.F12),
                        model.frameTimeVisibleProperty());

        CheckMenuItem predict = new CheckMenuItem("Pre_dict, then reveal");
        predict.setId("menu-predict");
        predict.selectedProperty().bindBidirectional(model.predictSession().onProperty());
        predict.disableProperty().bind(model.predictSession().lockedProperty());

        Menu view =
                new Menu(
                        "_View",
                        null,
                        presenterItem,
                        predict,
                        new SeparatorMenuItem(),
                        scale,
                        contrast,
                        fullScreen,
                        new SeparatorMenuItem(),
                        guide,
                        frameTime);
        view.setId("menu-view");
        return view;
    }

    private static Menu goMenu(MainViewModel model) {
        Menu go = new Menu("_Go");
        go.setId("menu-go");
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};
        ToggleGroup lessons = new ToggleGroup();
        for (Lesson lesson : Lesson.values()) {
            RadioMenuItem item = new RadioMenuItem((lesson.ordinal() + 1) + "  " + lesson.title());
            item.setMnemonicParsing(false);
            item.setId("menu-go-" + lesson.id());
            item.setToggleGroup(lessons);
            item.setAccelerator(
                    new KeyCodeCombination(digits[lesson.ordinal()], KeyCombination.SHORTCUT_DOWN));
            item.setSelected(model.getLesson() == lesson);
            model.lessonProperty().addListener((o, was, now) -> item.setSelected(now == lesson));
            item.setOnAction(
                    e -> {
                        model.setLesson(lesson);
                        item.setSelected(true);
                    });
            go.getItems().add(item);
        }
        return go;
    }

    private static Menu helpMenu(MainViewModel model) {
        MenuItem shortcuts = new MenuItem("_Keyboard shortcuts");
        shortcuts.setId("menu-shortcuts");
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        shortcuts.setOnAction(e -> model.setHelpVisible(!model.isHelpVisible()));

        MenuItem guide = new MenuItem("_What to try in this lesson");
        guide.setId("menu-help-guide");
        guide.setOnAction(e -> model.setGuideVisible(true));

        MenuItem about = new MenuItem("_About ConvLab");
        about.setId("menu-about");
        about.setOnAction(e -> model.setAboutVisible(true));

        Menu help = new Menu("_Help", null, shortcuts, guide, new SeparatorMenuItem(), about);
        help.setId("menu-help");
        return help;
    }
}
