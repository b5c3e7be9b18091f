package org.convlab.view.shared;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.control.Control;
import javafx.scene.paint.Color;

/**
 * The colours a {@link MapView} is painted in, one {@code -cl-*} CSS property each: the defaults
 * are in map-view.css, and the high-contrast stylesheet overrides some of them.
 */
final class MapColours {
    private static final StyleablePropertyFactory<MapView> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private final StyledValues<MapView> styled;

    /** Heat maps: the ends and the middle of the diverging scale. */
    final ObservableValue<Color> positive;

    final ObservableValue<Color> negative;
    final ObservableValue<Color> zero;

    /** Binary images: 1 and 0. */
    final ObservableValue<Color> ink;

    final ObservableValue<Color> paper;

    /** Cells with no value (a combined map where it is undefined). */
    final ObservableValue<Color> blank;

    final ObservableValue<Color> gridLine;
    final ObservableValue<Color> frame;

    /** Behind outlines, marks and outline labels, so they stand out on any cell colour. */
    final ObservableValue<Color> outlineHalo;

    final ObservableValue<Color> markHalo;
    final ObservableValue<Color> labelBackground;

    /** Numbers written on light cells and on dark cells. */
    final ObservableValue<Color> valueDark;

    final ObservableValue<Color> valueLight;

    /** Outlines by what they mark (the peak, ties, the window in focus, …). */
    private final Map<OutlineRole, ObservableValue<Color>> outlines =
            new EnumMap<>(OutlineRole.class);

    MapColours(MapView map) {
        styled = new StyledValues<>(map, CSS, m -> m.colours().styled);
        positive = styled.colour("-cl-positive");
        negative = styled.colour("-cl-negative");
        zero = styled.colour("-cl-zero");
        ink = styled.colour("-cl-ink");
        paper = styled.colour("-cl-paper");
        blank = styled.colour("-cl-blank");
        gridLine = styled.colour("-cl-grid-line");
        frame = styled.colour("-cl-frame");
        outlineHalo = styled.colour("-cl-outline-halo");
        markHalo = styled.colour("-cl-mark-halo");
        labelBackground = styled.colour("-cl-label-background");
        valueDark = styled.colour("-cl-value-dark");
        valueLight = styled.colour("-cl-value-light");
        for (OutlineRole role : OutlineRole.values()) {
            if (role.css() != null) {
                outlines.put(role, styled.colour(role.css()));
            }
        }
    }

    static List<CssMetaData<? extends Styleable, ?>> cssMetaData() {
        return CSS.getCssMetaData();
    }

    /** Runs {@code repaint} whenever a stylesheet changes one of these colours. */
    void onChange(Runnable repaint) {
        styled.onChange(repaint);
    }

    /** The colour an outline is drawn in: its role's, or the caller's for a given colour. */
    Color outline(MapView.Outline o) {
        return o.role() == OutlineRole.GIVEN ? o.color() : outlines.get(o.role()).getValue();
    }

    /** The colours cells are filled with, as packed ARGB. */
    CellColours.Palette cellPalette() {
        return new CellColours.Palette(
                StyledValues.argb(negative.getValue()),
                StyledValues.argb(zero.getValue()),
                StyledValues.argb(positive.getValue()),
                StyledValues.argb(ink.getValue()),
                StyledValues.argb(paper.getValue()),
                StyledValues.argb(blank.getValue()));
    }
}
