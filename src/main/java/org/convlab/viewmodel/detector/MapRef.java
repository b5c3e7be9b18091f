package org.convlab.viewmodel.detector;

/**
 * Which map of the detector a probed cell lies in: a filter's response map, the combined map D, or
 * a filter's pooled map. Named kinds instead of one int where −1 meant D and −2, −3, … the pooled
 * maps.
 */
public sealed interface MapRef {
    /** The combined map D (its cells are local: row 0 is D's top row). */
    MapRef COMBINED = new Combined();

    /** Filter {@code filter}'s response map. */
    record Response(int filter) implements MapRef {}

    /** The combined map D; use {@link MapRef#COMBINED}. */
    record Combined() implements MapRef {}

    /** Filter {@code filter}'s pooled map. */
    record Pooled(int filter) implements MapRef {}
}
