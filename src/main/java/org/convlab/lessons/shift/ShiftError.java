package org.convlab.lessons.shift;

import java.util.OptionalDouble;

/**
 * One stage's two errors at one shift k.
 *
 * @param shift k, in input cells
 * @param invariance max over i of |F(S_k x)[i] − F(x)[i]|: 0 when the output did not change
 * @param equivariance max over i of |F(S_k x)[i] − F(x)[i − k/s]|: 0 when the output moved with the
 *     input; empty when k/s is not whole or no cell has a counterpart, so it is undefined
 */
public record ShiftError(int shift, double invariance, OptionalDouble equivariance) {}
