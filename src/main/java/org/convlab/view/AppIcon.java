package org.convlab.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.image.Image;

/** The app's icon (a 5×5 kernel over an input grid), drawn by installer/DrawIcon.java. */
public final class AppIcon {
    /** The sizes packed as resources. */
    public static final int[] SIZES = {32, 64, 256};

    private AppIcon() {}

    /** The icon scaled to {@code size} pixels from the nearest larger packed size. */
    public static Image image(int size) {
        int from = SIZES[SIZES.length - 1];
        for (int s : SIZES) {
            if (s >= size) {
                from = s;
                break;
            }
        }
        try (InputStream in = AppIcon.class.getResourceAsStream("icons/convlab-" + from + ".png")) {
            if (in == null) {
                throw new IllegalStateException(
                        "icon convlab-" + from + ".png is missing from the build");
            }
            return new Image(in, size, size, true, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
