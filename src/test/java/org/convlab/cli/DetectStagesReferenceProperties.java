package org.convlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.assertj.core.data.Offset;
import org.convlab.conv.Activation;
import org.convlab.conv.Cell;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Padding;
import org.convlab.conv.Pooling;
import org.convlab.conv.ReferenceConvolution;
import org.convlab.conv.SecondLayer;
import org.convlab.conv.StagedReference;
import org.convlab.conv.Workspace;
import org.convlab.format.WorkspaceWriter;

/**
 * {@code detect --json} on random workspaces with pooling and second layers, read from a file as a
 * user would run it, agrees with the plain-loop {@link StagedReference}: shapes, frames, argmax,
 * ties and window exactly, values within 1e−9 · max(1, |reference|). Cases the reference finds
 * impossible (a window larger than a map, maps of different sizes) must be refused with one line
 * and exit code 2.
 */
class DetectStagesReferenceProperties {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 300)
    void detectAgreesWithThePlainLoops(@ForAll long seed) throws IOException {
        Random r = new Random(seed);
        Workspace ws = randomWorkspace(r);
        Path file = Files.createTempFile("stages", ".json");
        try {
            WorkspaceWriter.write(ws, file);
        } catch (IllegalArgumentException refusedBeforeSaving) {
            Files.delete(file);
            assertThat(possible(ws)).as(refusedBeforeSaving.getMessage()).isFalse();
            return;
        }
        CliRun run = CliRun.of("detect", file.toString(), "--json");
        Files.delete(file);
        if (!possible(ws)) {
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err().strip()).doesNotContain("\n").contains("convlab detect:");
            return;
        }
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode out = JSON.readTree(run.out());
        StagedReference.Result ref = StagedReference.run(ws);
        assertMaps(out.get("responses"), ref.responses());
        if (ws.pooling() != null) {
            assertMaps(out.get("pooled"), ref.pooled());
        } else {
            assertThat(out.has("pooled")).isFalse();
        }
        JsonNode c = out.get("combined");
        assertThat(new int[] {c.get("top").intValue(), c.get("left").intValue()})
                .containsExactly(ref.top(), ref.left());
        assertGrid(c.get("values"), ref.d());
        assertThat(
                        new int[] {
                            out.get("argmax").get("row").intValue(),
                            out.get("argmax").get("col").intValue()
                        })
                .containsExactly(ref.row(), ref.col());
        List<Cell> ties = new ArrayList<>();
        out.get("ties").forEach(t -> ties.add(new Cell(t.get(0).intValue(), t.get(1).intValue())));
        assertThat(ties).isEqualTo(ref.ties());
        JsonNode w = out.get("window");
        assertThat(
                        new int[] {
                            w.get("top").intValue(),
                            w.get("left").intValue(),
                            w.get("height").intValue(),
                            w.get("width").intValue()
                        })
                .containsExactly(ref.window());
    }

    private static void assertMaps(JsonNode maps, List<double[][]> ref) {
        assertThat(maps.size()).isEqualTo(ref.size());
        for (int k = 0; k < ref.size(); k++) {
            JsonNode m = maps.get(k);
            assertThat(new int[] {m.get("height").intValue(), m.get("width").intValue()})
                    .containsExactly(ref.get(k).length, ref.get(k)[0].length);
            assertGrid(m.get("values"), ref.get(k));
        }
    }

    private static void assertGrid(JsonNode values, double[][] ref) {
        assertThat(values.size()).isEqualTo(ref.length);
        for (int y = 0; y < ref.length; y++) {
            assertThat(values.get(y).size()).isEqualTo(ref[y].length);
            for (int x = 0; x < ref[y].length; x++) {
                double want = ref[y][x];
                assertThat(values.get(y).get(x).doubleValue())
                        .as("cell (%d, %d)", y, x)
                        .isCloseTo(want, Offset.offset(1e-9 * Math.max(1, Math.abs(want))));
            }
        }
    }

    /** Whether the stages can apply: every window fits, and a second layer has maps of one size. */
    static boolean possible(Workspace ws) {
        List<int[]> sizes = new ArrayList<>();
        for (FilterSpec f : ws.filters()) {
            ConvSettings s = ws.convolution();
            long h = axisOut(ws.image().height(), f.filter().height(), s);
            long w = axisOut(ws.image().width(), f.filter().width(), s);
            if (h < 1 || w < 1) {
                return false;
            }
            Pooling p = ws.pooling();
            if (p != null && !p.kind().global()) {
                if (p.size() > h || p.size() > w) {
                    return false;
                }
                h = (h - p.size()) / p.stride() + 1;
                w = (w - p.size()) / p.stride() + 1;
            } else if (p != null) {
                h = 1;
                w = 1;
            }
            sizes.add(new int[] {(int) h, (int) w});
        }
        SecondLayer layer = ws.secondLayer();
        if (layer == null) {
            long top = Long.MIN_VALUE;
            long bottom = Long.MAX_VALUE;
            long left = Long.MIN_VALUE;
            long right = Long.MAX_VALUE;
            for (int k = 0; k < sizes.size(); k++) {
                FilterSpec f = ws.filters().get(k);
                top = Math.max(top, -f.dy());
                left = Math.max(left, -f.dx());
                bottom = Math.min(bottom, sizes.get(k)[0] - 1 - f.dy());
                right = Math.min(right, sizes.get(k)[1] - 1 - f.dx());
            }
            return top <= bottom && left <= right;
        }
        for (int[] s : sizes) {
            if (s[0] != sizes.get(0)[0] || s[1] != sizes.get(0)[1]) {
                return false;
            }
        }
        return layer.height() <= sizes.get(0)[0] && layer.width() <= sizes.get(0)[1];
    }

    private static long axisOut(int size, int kernel, ConvSettings s) {
        return ReferenceConvolution.axis(size, kernel, s.stride(), s.dilation(), s.padding()).out();
    }

    static Workspace randomWorkspace(Random r) {
        int channels = 1 + r.nextInt(2);
        int h = 3 + r.nextInt(8);
        int w = 3 + r.nextInt(8);
        Image image = Image.of(h, w, channels, ints(r, h * w * channels, 4));
        int n = 1 + r.nextInt(3);
        boolean oneSize = r.nextInt(4) > 0;
        int kh = 1 + r.nextInt(3);
        int kw = 1 + r.nextInt(3);
        List<FilterSpec> filters = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int fh = oneSize ? kh : 1 + r.nextInt(3);
            int fw = oneSize ? kw : 1 + r.nextInt(3);
            Filter f =
                    Filter.of(fh, fw, channels, ints(r, fh * fw * channels, 2), r.nextInt(3) - 1);
            filters.add(
                    new FilterSpec(
                            "F" + k, f, r.nextInt(5) - 2, r.nextInt(3) - 1, r.nextInt(3) - 1));
        }
        Padding[] paddings = {Padding.VALID, Padding.SAME, Padding.FULL, Padding.explicit(1)};
        ConvSettings s =
                new ConvSettings(
                        paddings[r.nextInt(paddings.length)],
                        1 + r.nextInt(2),
                        1 + r.nextInt(2),
                        r.nextBoolean());
        MatchMode mode = MatchMode.values()[r.nextInt(MatchMode.values().length)];
        Activation act = r.nextBoolean() ? Activation.RELU : Activation.NONE;
        Pooling pooling =
                switch (r.nextInt(4)) {
                    case 0 -> null;
                    case 1 ->
                            Pooling.global(
                                    r.nextBoolean()
                                            ? Pooling.Kind.GLOBAL_MAX
                                            : Pooling.Kind.GLOBAL_AVERAGE);
                    default ->
                            Pooling.window(
                                    r.nextBoolean() ? Pooling.Kind.MAX : Pooling.Kind.AVERAGE,
                                    1 + r.nextInt(3),
                                    1 + r.nextInt(3));
                };
        SecondLayer layer = null;
        if (r.nextInt(3) > 0) {
            int lh = 1 + r.nextInt(pooling != null && pooling.kind().global() ? 1 : 3);
            int lw = 1 + r.nextInt(pooling != null && pooling.kind().global() ? 1 : 3);
            double[][][] weights = new double[n][lh][lw];
            for (double[][] slice : weights) {
                for (double[] row : slice) {
                    for (int j = 0; j < lw; j++) {
                        row[j] = r.nextInt(7) - 3 + (r.nextBoolean() ? 0.5 : 0);
                    }
                }
            }
            layer = SecondLayer.of(weights, r.nextInt(5) - 2);
        }
        return new Workspace(image, filters, s, mode, act, Map.of(), pooling, layer);
    }

    private static double[] ints(Random r, int n, int range) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextInt(2 * range + 1) - range;
        }
        return v;
    }
}
