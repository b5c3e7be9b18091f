package org.convlab.conv;

import java.util.ArrayList;
import java.util.List;

/**
 * How far each stage of a detector sees into the input: per stage its kernel k, stride s and
 * dilation d, the jump j (input cells between neighbouring output cells) and the receptive field r
 * (input cells one output cell depends on), by the recurrence r_out = r_in + (k − 1)·d·j_in and
 * j_out = j_in·s, starting from r = j = 1 at the input. Rows and columns are followed separately.
 *
 * <p>The stages are layer 1 (one filter of the bank; each filter may have its own kernel), the
 * pooling when there is one, and the stage that makes D: the second layer, or the gain/offset sum,
 * which is the second layer whose kernel spans the offsets.
 */
public record ReceptiveField(List<Stage> stages) {
    public ReceptiveField {
        stages = List.copyOf(stages);
    }

    /** One axis of one stage. */
    public record Axis(
            int kernel, int stride, int dilation, int jumpIn, int jump, int fieldIn, int field) {
        static Axis after(Axis in, int kernel, int stride, int dilation) {
            int field = in.field + (kernel - 1) * dilation * in.jump;
            return new Axis(kernel, stride, dilation, in.jump, in.jump * stride, in.field, field);
        }

        /** "r = 1 + (3 − 1)·1·1 = 3, j = 1·1 = 1": the recurrence with this stage's numbers. */
        public String formula() {
            return "r = " + fieldIn + " + (" + kernel + " − 1)·" + dilation + "·" + jumpIn + " = "
                    + field + ", j = " + jumpIn + "·" + stride + " = " + jump;
        }
    }

    /** A stage: its name on screen and its row and column axes. */
    public record Stage(String name, Axis rows, Axis cols) {
        /** "3×3", or "3" when both axes agree on a single number. */
        public String kernel() {
            return pair(rows.kernel(), cols.kernel());
        }

        public String stride() {
            return pair(rows.stride(), cols.stride());
        }

        public String jump() {
            return pair(rows.jump(), cols.jump());
        }

        public String field() {
            return rows.field() + "×" + cols.field();
        }

        /** The recurrence for both axes, once when they agree. */
        public String formula() {
            String r = rows.formula();
            String c = cols.formula();
            return r.equals(c) ? r : "rows: " + r + "; columns: " + c;
        }

        private static String pair(int a, int b) {
            return a == b ? String.valueOf(a) : a + "×" + b;
        }
    }

    /**
     * The stages seen from filter {@code filter}'s map. Refuses (IllegalArgumentException) what the
     * detector itself refuses: a kernel that does not fit.
     */
    public static ReceptiveField of(Workspace ws, int filter) {
        FilterSpec spec = ws.filters().get(filter);
        ConvSettings s = ws.convolution();
        Filter k = spec.filter();
        Geometry g = Geometry.of(ws.image().height(), ws.image().width(), k.height(), k.width(), s);
        Axis one = new Axis(1, 1, 1, 1, 1, 1, 1);
        List<Stage> list = new ArrayList<>();
        Axis rows = Axis.after(one, k.height(), s.stride(), s.dilation());
        Axis cols = Axis.after(one, k.width(), s.stride(), s.dilation());
        list.add(new Stage("Layer 1 (filter " + spec.name() + ")", rows, cols));
        Pooling p = ws.pooling();
        if (p != null) {
            int h = g.outHeight();
            int w = g.outWidth();
            boolean global = p.kind().global();
            rows = Axis.after(rows, global ? h : p.size(), p.totalStride(h), 1);
            cols = Axis.after(cols, global ? w : p.size(), p.totalStride(w), 1);
            list.add(new Stage("Pooling (" + p.describe() + ")", rows, cols));
        }
        SecondLayer layer = ws.secondLayer();
        if (layer != null) {
            rows = Axis.after(rows, layer.height(), 1, 1);
            cols = Axis.after(cols, layer.width(), 1, 1);
            list.add(new Stage("Layer 2", rows, cols));
        } else if (ws.filters().size() > 1) {
            int[] span = offsetSpan(ws.filters());
            rows = Axis.after(rows, span[0], 1, 1);
            cols = Axis.after(cols, span[1], 1, 1);
            list.add(new Stage("Offsets (as layer 2)", rows, cols));
        }
        return new ReceptiveField(list);
    }

    /** Rows and columns the offsets span: the kernel of the second layer they are. */
    private static int[] offsetSpan(List<FilterSpec> filters) {
        int[] b = SecondLayer.offsetBounds(filters);
        return new int[] {b[1] - b[0] + 1, b[3] - b[2] + 1};
    }

    /** The last stage: D's receptive field as seen through this filter. */
    public Stage last() {
        return stages.get(stages.size() - 1);
    }

    /** Which map a cell belongs to, for {@link #region}. */
    public enum Level {
        RESPONSE,
        POOLED,
        DETECTOR
    }

    /**
     * The input region cell (y, x) of a map depends on: the bounding box of every input position
     * any tap reads, negative where it lies in the padding. For {@link Level#RESPONSE} and {@link
     * Level#POOLED}, (y, x) is a cell of filter {@code filter}'s map; for {@link Level#DETECTOR}, a
     * local index of D (row 0 is D's top row) and {@code filter} is not used.
     */
    public static Window region(Detection d, Level level, int filter, int y, int x) {
        return switch (level) {
            case RESPONSE -> d.responses().get(filter).window(y, x);
            case POOLED -> d.pooled().get(filter).window(y, x);
            case DETECTOR -> d.combined().window(y + d.combined().top(), x + d.combined().left());
        };
    }
}
