package org.convlab.view.detector;

import javafx.scene.paint.Color;

/** The colours that tie a filter's kernel window on the input to its map and its card. */
final class FilterColors {
    private static final Color[] FILTERS = {
        Color.web("#7b3294"),
        Color.web("#1b7837"),
        Color.web("#d95f02"),
        Color.web("#a6761d"),
        Color.web("#e7298a"),
        Color.web("#666666")
    };

    private FilterColors() {}

    static Color of(int k) {
        return FILTERS[k % FILTERS.length];
    }

    static String web(int k) {
        Color c = of(k);
        return String.format(
                "#%02x%02x%02x",
                (int) (c.getRed() * 255), (int) (c.getGreen() * 255), (int) (c.getBlue() * 255));
    }
}
