package org.convlab.conv;

import java.util.Locale;
import java.util.Objects;

/**
 * A pooling stage: max or average over p×p windows moved by stride s (valid windows only, so a map
 * of n cells gives ⌊(n − p)/s⌋ + 1), or a global max or average that gives one cell. The same rule
 * serves 1D signals and 2D maps, so the translation lesson's meter and the detector pool alike.
 *
 * <p>Averages add in row-major order and divide once, so whole-number windows whose sum a double
 * holds give the exactly rounded mean.
 */
public record Pooling(Kind kind, int size, int stride) {
    /** What a window reduces to. */
    public enum Kind {
        MAX("max", false),
        AVERAGE("average", false),
        GLOBAL_MAX("global-max", true),
        GLOBAL_AVERAGE("global-average", true);

        private final String id;
        private final boolean global;

        Kind(String id, boolean global) {
            this.id = id;
            this.global = global;
        }

        /** The name the workspace file and the command line use. */
        public String id() {
            return id;
        }

        public boolean global() {
            return global;
        }

        boolean takesMax() {
            return this == MAX || this == GLOBAL_MAX;
        }

        public static Kind parse(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            for (Kind k : values()) {
                if (k.id.equals(t)) {
                    return k;
                }
            }
            throw new IllegalArgumentException(
                    "pooling kind must be max, average, global-max or global-average, got \""
                            + text
                            + "\"");
        }
    }

    public Pooling {
        Objects.requireNonNull(kind, "kind");
        if (kind.global()) {
            size = 0;
            stride = 0;
        } else {
            if (size < 1) {
                throw new IllegalArgumentException("pooling size must be at least 1, got " + size);
            }
            if (stride < 1) {
                throw new IllegalArgumentException(
                        "pooling stride must be at least 1, got " + stride);
            }
        }
    }

    /** Max or average over size×size windows, moved by stride. */
    public static Pooling window(Kind kind, int size, int stride) {
        if (kind.global()) {
            throw new IllegalArgumentException(kind.id() + " pooling has no window size");
        }
        return new Pooling(kind, size, stride);
    }

    /** Max or average pooling whose stride equals its size (the usual choice). */
    public static Pooling window(Kind kind, int size) {
        return window(kind, size, size);
    }

    /** Global max or global average: the whole map becomes one cell. */
    public static Pooling global(Kind kind) {
        if (!kind.global()) {
            throw new IllegalArgumentException(kind.id() + " pooling needs a window size");
        }
        return new Pooling(kind, 0, 0);
    }

    /** Output length along an axis of n cells; 0 when the window does not fit. */
    public int outSize(int n) {
        if (kind.global()) {
            return n > 0 ? 1 : 0;
        }
        return n < size ? 0 : (n - size) / stride + 1;
    }

    /** The distance between neighbouring output cells, in input cells (a global pool has one). */
    public int totalStride(int n) {
        return kind.global() ? Math.max(n, 1) : stride;
    }

    /**
     * Why this pooling cannot apply to an h×w map, in ConvLab's words, or null when it can. Callers
     * show this line instead of computing.
     */
    public String refusal(int h, int w) {
        if (h < 1 || w < 1) {
            return "pooling needs a map of at least 1×1, got " + h + "×" + w;
        }
        if (!kind.global() && (size > h || size > w)) {
            return "pooling window "
                    + size
                    + "×"
                    + size
                    + " is larger than the "
                    + h
                    + "×"
                    + w
                    + " map it pools";
        }
        return null;
    }

    /**
     * Pools a 2D map given as rows {@code [y][x]}; throws with {@link #refusal} when it does not
     * fit.
     */
    public double[][] apply(double[][] map) {
        int h = map.length;
        int w = h == 0 ? 0 : map[0].length;
        String why = refusal(h, w);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        int p = kind.global() ? h : size;
        int q = kind.global() ? w : size;
        int s = Math.max(stride, 1);
        int oh = outSize(h);
        int ow = outSize(w);
        double[][] out = new double[oh][ow];
        for (int oy = 0; oy < oh; oy++) {
            for (int ox = 0; ox < ow; ox++) {
                out[oy][ox] = reduce(map, oy * s, ox * s, p, q);
            }
        }
        return out;
    }

    /** Pools a 1D signal: the same rule on a map of one row. */
    public double[] apply(double[] signal) {
        if (signal.length == 0) {
            throw new IllegalArgumentException(refusal(1, 0));
        }
        if (!kind.global() && size > signal.length) {
            throw new IllegalArgumentException(
                    "pooling window "
                            + size
                            + " is longer than the signal of "
                            + signal.length
                            + " it pools");
        }
        int p = kind.global() ? signal.length : size;
        int s = Math.max(stride, 1);
        double[] out = new double[outSize(signal.length)];
        double[][] row = {signal};
        for (int i = 0; i < out.length; i++) {
            out[i] = reduce(row, 0, i * s, 1, p);
        }
        return out;
    }

    private double reduce(double[][] map, int y0, int x0, int p, int q) {
        boolean max = kind.takesMax();
        double acc = max ? Double.NEGATIVE_INFINITY : 0.0;
        for (int y = y0; y < y0 + p; y++) {
            double[] row = map[y];
            for (int x = x0; x < x0 + q; x++) {
                acc = max ? Math.max(acc, row[x]) : acc + row[x];
            }
        }
        return max ? acc : acc / ((double) p * q);
    }

    /** How the file and the screen write it: "max 2×2, stride 2" or "global max". */
    public String describe() {
        if (kind.global()) {
            return kind.id().replace('-', ' ');
        }
        return kind.id() + " " + size + "×" + size + ", stride " + stride;
    }
}
