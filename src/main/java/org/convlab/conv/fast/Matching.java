package org.convlab.conv.fast;

/**
 * What a score means, in the engine's terms: {@code conv}'s {@code MatchMode} without its names and
 * labels. Each picks its {@link Kernel} and its family of loops.
 */
public enum Matching {
    /** Σ w·x plus bias. */
    RAW,
    /** Σ (w − w̄)·x plus bias. */
    ZERO_MEAN,
    /** Normalized cross-correlation; no bias. */
    NCC,
    /** −Σ (x − w)²; no bias. */
    SSD;

    /** The loops this mode runs, each family switched to the Vector API on its own. */
    LoopChoice.Family family() {
        return this == SSD ? LoopChoice.Family.SQUARED_DIFFERENCES : LoopChoice.Family.PRODUCTS;
    }
}
