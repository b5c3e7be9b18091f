package org.convlab.view.params;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.convlab.view.shared.StyledValues;

/**
 * The colours and rule widths the dense matrix is drawn with, one {@code -cl-*} CSS property each:
 * the defaults are in dense-matrix.css, and the high-contrast stylesheet overrides some of them.
 * The weights' own colours are data ({@code WeightPalette}), not style.
 */
final class MatrixColours {
    private static final StyleablePropertyFactory<DenseMatrixCanvas> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyledValues<DenseMatrixCanvas> styled;

    /** Behind the grid, i.e. the zero entries. */
    final ObservableValue<Color> paper;

    /** The row and column labels. */
    final ObservableValue<Color> label;

    /** A weight's index on a light and on a dark weight colour. */
    final ObservableValue<Color> valueDark;

    final ObservableValue<Color> valueLight;

    /** Rules between cells, between image rows, and between channels and filters. */
    final ObservableValue<Color> cellRule;

    final ObservableValue<Color> imageRule;
    final ObservableValue<Number> imageRuleWidth;
    final ObservableValue<Color> channelRule;
    final ObservableValue<Number> channelRuleWidth;
    final ObservableValue<Color> frame;
    final ObservableValue<Number> frameWidth;

    /** The pointed-at row and column (a faint band) and cell (an outline). */
    final ObservableValue<Color> hoverBand;

    final ObservableValue<Color> hoverCell;

    MatrixColours(DenseMatrixCanvas canvas) {
        styled = new StyledValues<>(canvas, CSS, c -> c.colours().styled);
        paper = styled.colour("-cl-paper");
        label = styled.colour("-cl-label");
        valueDark = styled.colour("-cl-value-dark");
        valueLight = styled.colour("-cl-value-light");
        cellRule = styled.colour("-cl-cell-rule");
        imageRule = styled.colour("-cl-image-rule");
        imageRuleWidth = styled.number("-cl-image-rule-width");
        channelRule = styled.colour("-cl-channel-rule");
        channelRuleWidth = styled.number("-cl-channel-rule-width");
        frame = styled.colour("-cl-frame");
        frameWidth = styled.number("-cl-frame-width");
        hoverBand = styled.colour("-cl-hover-band");
        hoverCell = styled.colour("-cl-hover-cell");
    }

    static List<CssMetaData<? extends Styleable, ?>> cssMetaData() {
        return CSS.getCssMetaData();
    }

    /** Runs {@code redraw} whenever a stylesheet changes one of these values. */
    void onChange(Runnable redraw) {
        styled.onChange(redraw);
    }
}
