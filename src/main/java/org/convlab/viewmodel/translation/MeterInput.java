package org.convlab.viewmodel.translation;

/** What the invariance meter shifts: the lesson's 1D signal or the 2D panel's image. */
public enum MeterInput {
    SIGNAL("1D signal"),
    IMAGE("2D image");

    private final String label;

    MeterInput(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
