package org.convlab.conv;

/**
 * One cell of a grid (an image, a filter or a map), by row and column. A named pair instead of an
 * {@code int[] {row, col}}, so that the order cannot be swapped silently, equality means the same
 * cell and a missing cell is an empty Optional rather than a {@code {-1, -1}} sentinel.
 */
public record Cell(int row, int col) {}
