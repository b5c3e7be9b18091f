package org.convlab.view;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.convlab.view.detector.DetectorView;
import org.convlab.view.params.ParametersView;
import org.convlab.view.translation.TranslationView;
import org.convlab.viewmodel.MainViewModel;

/** The main window's content: the three lessons as tabs. */
public final class MainView extends BorderPane {
    public MainView(MainViewModel model) {
        TabPane tabs = new TabPane(
                tab("Pattern detector", "detector-tab", new DetectorView(model.detector(), model.display())),
                tab("Conv vs fully connected", "parameters-tab", new ParametersView(model.parameters(), model.display())),
                tab("Translation", "translation-tab", new TranslationView(model.translation(), model.display())));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("lessons");
        setCenter(tabs);
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }
}
