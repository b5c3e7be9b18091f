package org.convlab.view.shared;

/**
 * What an outline on a {@link MapView} marks. Each role but {@link #GIVEN} is drawn in the colour
 * of its {@code -cl-*} property in map-view.css, which the high-contrast stylesheet overrides, so
 * callers say what they mark and the stylesheet says how it looks.
 */
public enum OutlineRole {
    /** The argmax: the position with the highest response. */
    PEAK("-cl-peak"),
    /** Other positions that share the highest response. */
    TIE("-cl-tie"),
    /** The window or cell in focus (the probe, or where the kernel is while sliding). */
    WINDOW("-cl-window"),
    /** The select tool's rectangle. */
    SELECTION("-cl-selection"),
    /** Where a pattern was planted in plant-and-test. */
    PLANTED("-cl-planted"),
    /** Where a moved pattern's response should move to. */
    EXPECTED("-cl-expected"),
    /** The best match in the translation lesson's grid shift. */
    MATCH("-cl-match"),
    /** Where a training example wants the peak to be. */
    TARGET("-cl-target"),
    /** The colour the caller gives: a filter's own colour, which ties its window to its card. */
    GIVEN(null);

    private final String css;

    OutlineRole(String css) {
        this.css = css;
    }

    /** The CSS property that colours this role; null for {@link #GIVEN}. */
    String css() {
        return css;
    }
}
