package org.convlab.lessons.learn;

import org.convlab.conv.Detection;

/**
 * One example at the current weights: the detection (as {@code detect} computes it), its loss,
 * whether its argmax is the target, the error of D ({@code ∂L/∂D} of this example's loss, row-major
 * in D's local frame) and, per filter, the error map that filter's gradient correlates with the
 * input (row-major in its response map's frame; these are scaled by 1 / examples, the batch mean).
 */
public record Outcome(
        Detection detection, double loss, boolean hit, double[] errorOfD, double[][] errorMaps) {}
