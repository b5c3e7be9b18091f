package org.convlab.view.shared;

import java.util.function.Function;
import javafx.util.StringConverter;

/** String converters for choice boxes and spinners, written as two functions. */
public final class Converters {
    private Converters() {}

    /**
     * Shows a value as {@code label} gives it ("" for none) and reads typed text back with {@code
     * parse}.
     */
    public static <T> StringConverter<T> of(Function<T, String> label, Function<String, T> parse) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return parse.apply(text);
            }
        };
    }
}
