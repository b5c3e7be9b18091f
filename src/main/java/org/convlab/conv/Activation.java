package org.convlab.conv;

import java.util.Locale;

/** Applied to each response before maps are combined. */
public enum Activation {
    NONE("none"),
    RELU("relu");

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public double apply(double v) {
        return this == RELU ? (v > 0 ? v : 0.0) : v;
    }

    public static Activation parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Activation a : values()) {
            if (a.id.equals(t)) {
                return a;
            }
        }
        throw new IllegalArgumentException("activation must be none or relu, got \"" + text + "\"");
    }
}
