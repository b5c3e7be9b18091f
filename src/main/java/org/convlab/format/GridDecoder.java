package org.convlab.format;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a nested number array, {@code [C][H][W]} or (one channel) {@code [H][W]}, into planar
 * values, refusing ragged rows and anything that is not a finite number with the exact index.
 */
final class GridDecoder {
    /**
     * The values planar {@code [c][y][x]}; {@code nested} tells whether the file gave [C][H][W].
     */
    record Grid(int channels, int height, int width, double[] values, boolean nested) {}

    private GridDecoder() {}

    static Grid decode(JsonNode node, String path, int maxChannels, int maxSide)
            throws FieldRefusal {
        if (!node.isArray()) {
            throw new FieldRefusal(
                    path
                            + " must be an array of rows [H][W] or of channels [C][H][W], got "
                            + Fields.describe(node));
        }
        if (node.isEmpty()) {
            throw new FieldRefusal(path + " is empty");
        }
        JsonNode first = node.get(0);
        if (!first.isArray()) {
            throw new FieldRefusal(
                    path
                            + "[0] must be an array (a row of numbers, or a channel of rows), got "
                            + Fields.describe(first));
        }
        if (first.isEmpty()) {
            throw new FieldRefusal(path + "[0] is empty");
        }
        boolean nested = first.get(0).isArray();
        if (!nested) {
            double[][] plane = new double[1][];
            int[] hw = planeShape(node, path, maxSide);
            plane[0] = new double[hw[0] * hw[1]];
            readPlane(node, path, hw[0], hw[1], plane[0], 0);
            return new Grid(1, hw[0], hw[1], plane[0], false);
        }
        int c = node.size();
        if (c > maxChannels) {
            throw new FieldRefusal(
                    path + " has " + c + " channels; at most " + maxChannels + " are allowed");
        }
        int[] hw = null;
        for (int ch = 0; ch < c; ch++) {
            JsonNode plane = node.get(ch);
            String p = path + "[" + ch + "]";
            if (!plane.isArray() || plane.isEmpty()) {
                throw new FieldRefusal(
                        p + " must be a channel (an array of rows), got " + Fields.describe(plane));
            }
            int[] shape = planeShape(plane, p, maxSide);
            if (hw == null) {
                hw = shape;
            } else if (shape[0] != hw[0]) {
                throw new FieldRefusal(
                        p
                                + " has "
                                + shape[0]
                                + " rows but "
                                + path
                                + "[0] has "
                                + hw[0]
                                + "; every channel must have the same size");
            } else if (shape[1] != hw[1]) {
                throw new FieldRefusal(
                        p
                                + "[0] has "
                                + shape[1]
                                + " values but "
                                + path
                                + "[0][0] has "
                                + hw[1]
                                + "; every row must have the same length");
            }
        }
        double[] values = new double[c * hw[0] * hw[1]];
        for (int ch = 0; ch < c; ch++) {
            readPlane(
                    node.get(ch), path + "[" + ch + "]", hw[0], hw[1], values, ch * hw[0] * hw[1]);
        }
        return new Grid(c, hw[0], hw[1], values, true);
    }

    /**
     * Rows and row length of one plane, checking every row is an array of the first row's length.
     */
    private static int[] planeShape(JsonNode plane, String path, int maxSide) throws FieldRefusal {
        int h = plane.size();
        if (h > maxSide) {
            throw new FieldRefusal(
                    path + " has " + h + " rows; at most " + maxSide + " are allowed");
        }
        int w = -1;
        for (int y = 0; y < h; y++) {
            JsonNode row = plane.get(y);
            String p = path + "[" + y + "]";
            if (!row.isArray()) {
                throw new FieldRefusal(
                        p + " must be a row (an array of numbers), got " + Fields.describe(row));
            }
            if (row.isEmpty()) {
                throw new FieldRefusal(p + " is an empty row");
            }
            if (w < 0) {
                w = row.size();
                if (w > maxSide) {
                    throw new FieldRefusal(
                            p + " has " + w + " values; at most " + maxSide + " are allowed");
                }
            } else if (row.size() != w) {
                throw new FieldRefusal(
                        p
                                + " has "
                                + row.size()
                                + (row.size() == 1 ? " value" : " values")
                                + " but "
                                + path
                                + "[0] has "
                                + w
                                + "; every row must have the same length");
            }
        }
        return new int[] {h, w};
    }

    private static void readPlane(
            JsonNode plane, String path, int h, int w, double[] into, int offset)
            throws FieldRefusal {
        for (int y = 0; y < h; y++) {
            JsonNode row = plane.get(y);
            for (int x = 0; x < w; x++) {
                JsonNode v = row.get(x);
                if (v.isNumber()) {
                    double d = v.doubleValue();
                    if (Double.isFinite(d)) {
                        into[offset + y * w + x] = d;
                        continue;
                    }
                }
                into[offset + y * w + x] = Fields.finiteNumber(v, path + "[" + y + "][" + x + "]");
            }
        }
    }
}
