package org.convlab.view;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.viewmodel.AppInfo;
import org.convlab.viewmodel.MainViewModel;

/** Help ▸ About: what ConvLab is, its version, its licence and the libraries it is built on. */
final class AboutBox extends Overlay {
    AboutBox(MainViewModel model) {
        super("about-box", model.aboutVisibleProperty(), false, content(model));
    }

    private static VBox content(MainViewModel model) {
        Label name = new Label(AppInfo.NAME);
        name.getStyleClass().add("overlay-title");
        Label version = new Label("Version " + AppInfo.version());
        version.setId("about-version");
        Label tagline = new Label(AppInfo.TAGLINE);
        tagline.setWrapText(true);
        VBox titles = new VBox(name, version, tagline);
        titles.getStyleClass().add("about-titles");
        ImageView icon = new ImageView(AppIcon.image(96));
        icon.setAccessibleText("ConvLab icon: a 5 by 5 kernel over an input grid");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head =
                new HBox(
                        icon,
                        titles,
                        gap,
                        closeButton(
                                "about-close",
                                model.aboutVisibleProperty(),
                                "Close the About box"));
        head.getStyleClass().add("overlay-header");

        Label licenceTitle = new Label("Licence: MIT");
        licenceTitle.getStyleClass().add("shortcut-group");
        TextArea licence = new TextArea(AppInfo.licence());
        licence.setId("about-licence");
        licence.setEditable(false);
        licence.setWrapText(true);
        licence.setPrefRowCount(9);
        licence.setAccessibleText("Licence text");

        Label creditsTitle = new Label("Built with");
        creditsTitle.getStyleClass().add("shortcut-group");
        VBox credits = new VBox();
        credits.setId("about-credits");
        for (AppInfo.Credit c : AppInfo.CREDITS) {
            Label line = new Label(c.name() + " \u2014 " + c.use() + " (" + c.licence() + ")");
            line.setWrapText(true);
            credits.getChildren().add(line);
        }
        VBox box = new VBox(head, licenceTitle, licence, creditsTitle, credits);
        box.getStyleClass().add("about-content");
        return box;
    }
}
