package org.convlab.view.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.paint.Color;

/**
 * The {@code -cl-*} values a node draws its canvas with, taken from stylesheets: its own (the
 * defaults) and the high-contrast sheet, which overrides them. One instance per node; the factory
 * is its class's, so the CSS metadata is made once per property name.
 *
 * <p>The declared initial values are placeholders (transparent, zero): the real values live in the
 * node's stylesheet, which is applied before anything is painted.
 */
public final class StyledValues<S extends Styleable> {
    private final S owner;
    private final StyleablePropertyFactory<S> factory;
    private final Function<S, StyledValues<S>> ofOwner;
    private final Map<String, StyleableProperty<?>> byName = new HashMap<>();
    private final List<ObservableValue<?>> all = new ArrayList<>();

    /**
     * @param ofOwner how CSS finds these values again from a node of the class (its field)
     */
    public StyledValues(
            S owner, StyleablePropertyFactory<S> factory, Function<S, StyledValues<S>> ofOwner) {
        this.owner = owner;
        this.factory = factory;
        this.ofOwner = ofOwner;
    }

    /** A colour set by the CSS property {@code css}, e.g. {@code -cl-positive}. */
    public ObservableValue<Color> colour(String css) {
        return make(css, factory::createStyleableColorProperty, Color.TRANSPARENT);
    }

    /** A size in pixels set by the CSS property {@code css}, e.g. {@code -cl-frame-width}. */
    public ObservableValue<Number> number(String css) {
        return make(css, factory::createStyleableNumberProperty, 0);
    }

    /** One of the factory's create methods for values of type T. */
    private interface Maker<S, T> {
        StyleableProperty<T> make(
                S owner,
                String name,
                String css,
                Function<S, StyleableProperty<T>> ofOwner,
                T initial);
    }

    @SuppressWarnings("unchecked")
    private <T> ObservableValue<T> make(String css, Maker<S, T> maker, T initial) {
        StyleableProperty<T> p =
                maker.make(
                        owner,
                        css,
                        css,
                        s -> (StyleableProperty<T>) ofOwner.apply(s).byName.get(css),
                        initial);
        byName.put(css, p);
        ObservableValue<T> value = (ObservableValue<T>) p;
        all.add(value);
        return value;
    }

    /** Runs {@code repaint} whenever a stylesheet changes any of these values. */
    public void onChange(Runnable repaint) {
        for (ObservableValue<?> v : all) {
            v.addListener((o, was, now) -> repaint.run());
        }
    }

    /** Opaque ARGB of a colour, as the pixel arrays of a canvas image hold it. */
    public static int argb(Color c) {
        return 0xFF000000
                | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }
}
