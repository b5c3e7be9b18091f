package org.convlab.view.shared;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import org.convlab.viewmodel.DisplaySettings;

/**
 * Widths that screens set in pixels (a spinner 70 px wide, a side panel 335 px) grow with the
 * presenter scale like the text inside them, so a 150 % font does not leave a "3" cut to half a
 * digit. Each region's own value is remembered the first time it is seen and multiplied by the
 * scale whenever the scale changes.
 */
public final class ScaledSizes {
    private static final String BASE_PREF = "convlab.basePrefWidth";
    private static final String BASE_MIN = "convlab.baseMinWidth";

    private ScaledSizes() {}

    /** Scales the explicit widths below {@code root} now and at every scale change. */
    public static void follow(Parent root, DisplaySettings display) {
        // Controls inside a ScrollPane or TitledPane only become children once their skins exist,
        // so the first pass waits until the screen is in a scene and has been laid out.
        root.sceneProperty()
                .addListener(
                        (o, was, now) -> {
                            if (now != null) {
                                Platform.runLater(() -> apply(root, display.getScale()));
                            }
                        });
        display.scaleProperty().addListener((o, was, now) -> apply(root, now.doubleValue()));
    }

    static void apply(Node node, double scale) {
        if (node instanceof Region r) {
            scale(r, BASE_PREF, r.getPrefWidth(), scale, true);
            scale(r, BASE_MIN, r.getMinWidth(), scale, false);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                apply(child, scale);
            }
        }
    }

    private static void scale(Region r, String key, double current, double scale, boolean pref) {
        if ((pref ? r.prefWidthProperty() : r.minWidthProperty()).isBound()) {
            return; // someone else already sizes it
        }
        Object base = r.getProperties().get(key);
        if (base == null) {
            if (current <= 0) {
                return; // computed or USE_PREF_SIZE: it follows its content already
            }
            r.getProperties().put(key, current);
            base = current;
        }
        double v = (Double) base * scale;
        if (pref) {
            r.setPrefWidth(v);
        } else {
            r.setMinWidth(v);
        }
    }
}
