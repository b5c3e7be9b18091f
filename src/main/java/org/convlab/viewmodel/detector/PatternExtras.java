package org.convlab.viewmodel.detector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convlab.conv.Image;

/**
 * The target pattern as it is kept in {@code Workspace.extras}: {@code {"name": …, "rows": [[…]]}},
 * plain JSON values so a saved workspace keeps the pattern.
 */
final class PatternExtras {
    private PatternExtras() {}

    static Map<String, Object> write(String name, Image pattern) {
        List<List<Double>> rows = new ArrayList<>();
        for (int y = 0; y < pattern.height(); y++) {
            List<Double> row = new ArrayList<>();
            for (int x = 0; x < pattern.width(); x++) {
                row.add(pattern.get(0, y, x));
            }
            rows.add(row);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("rows", rows);
        return m;
    }

    /** The pattern stored under {@code value}, or null when it is missing or malformed. */
    static Image read(Object value) {
        if (!(value instanceof Map<?, ?> m)
                || !(m.get("rows") instanceof List<?> rows)
                || rows.isEmpty()) {
            return null;
        }
        double[][] r = new double[rows.size()][];
        for (int y = 0; y < rows.size(); y++) {
            if (!(rows.get(y) instanceof List<?> row)) {
                return null;
            }
            r[y] = new double[row.size()];
            for (int x = 0; x < row.size(); x++) {
                if (!(row.get(x) instanceof Number n)) {
                    return null;
                }
                r[y][x] = n.doubleValue();
            }
        }
        try {
            return Image.ofRows(r);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String name(Object value) {
        return value instanceof Map<?, ?> m && m.get("name") instanceof String s ? s : "pattern";
    }
}
