package org.convlab.viewmodel.detector;

/** What a press on the input grid does. */
public enum Tool {
    /** Paint ink (1) with the left button, erase (0) with the right one. */
    PAINT("Paint", "Left button paints 1, right button paints 0; shift-drag draws a straight line"),
    /** Paint 0 with either button. */
    ERASE("Erase", "Either button paints 0"),
    /** A straight line of cells from press to release (Bresenham), ↘ and ↗ included. */
    LINE("Line", "Drag draws a straight line of cells; right button draws 0"),
    /** Drag a rectangle to copy into a new filter (template matching). */
    SELECT(
            "Select",
            "Drag a rectangle, then \"Filter from selection\" copies it into a new filter"),
    /** Press where the target pattern's top-left corner should go. */
    STAMP("Stamp", "Click to stamp the target pattern with its top-left corner at the cell");

    private final String label;
    private final String help;

    Tool(String label, String help) {
        this.label = label;
        this.help = help;
    }

    public String label() {
        return label;
    }

    public String help() {
        return help;
    }
}
