package org.convlab.view.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.scene.Scene;
import org.convlab.viewmodel.DisplaySettings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Stylesheets as tests of painted colours apply them: high contrast the way the main window
 * switches it, and one-off sheets written in the test.
 */
public final class TestSheets {
    static final String HIGH_CONTRAST =
            TestSheets.class.getResource("/org/convlab/view/high-contrast.css").toExternalForm();

    private TestSheets() {}

    /** A stylesheet URL holding {@code css}. */
    public static String of(String css) {
        return "data:text/css;base64,"
                + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    /** The setting and the scene's high-contrast stylesheet together, as MainView does. */
    public static void highContrast(
            FxRobot robot, Scene scene, DisplaySettings display, boolean on) {
        robot.interact(
                () -> {
                    display.setHighContrast(on);
                    if (on) {
                        scene.getStylesheets().add(HIGH_CONTRAST);
                    } else {
                        scene.getStylesheets().remove(HIGH_CONTRAST);
                    }
                });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
