package org.convlab.viewmodel.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.convlab.conv.Activation;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.MatchMode;
import org.convlab.conv.NumberText;
import org.convlab.conv.Padding;
import org.convlab.conv.Workspace;

/**
 * Builds the shipped example workspaces and writes them, one image row per line so teachers can
 * read and edit them: {@code main} regenerates {@code assets/examples/} and the bundled copies;
 * {@link ExamplesTest} checks the files on disk are exactly what this produces.
 */
public final class ExampleWorkspaces {
    static final Path ASSETS = Path.of("assets/examples");
    static final Path RESOURCES = Path.of("src/main/resources/org/convlab/examples");

    private ExampleWorkspaces() {}

    public static void main(String[] args) throws IOException {
        for (Map.Entry<String, Workspace> e : all().entrySet()) {
            for (Path folder : List.of(ASSETS, RESOURCES)) {
                Files.createDirectories(folder);
                Files.writeString(
                        folder.resolve(e.getKey()), format(e.getValue()), StandardCharsets.UTF_8);
            }
        }
    }

    static Map<String, Workspace> all() {
        return Map.of(
                "homework-detector.convlab",
                homework(),
                "chevron-offsets.convlab",
                chevron(),
                "rgb-patches.convlab",
                rgbPatches());
    }

    /** The ↘ streak filter A: ones on the main diagonal. */
    static Filter diagonalDown(int k) {
        double[][] r = new double[k][k];
        for (int i = 0; i < k; i++) {
            r[i][i] = 1;
        }
        return Filter.ofRows(r);
    }

    /** The ↗ streak filter B: ones on the anti-diagonal. */
    static Filter diagonalUp(int k) {
        double[][] r = new double[k][k];
        for (int i = 0; i < k; i++) {
            r[i][k - 1 - i] = 1;
        }
        return Filter.ofRows(r);
    }

    /**
     * Homework problem 2: 32×32 binary streaks, three ↘ and three ↗, none touching another, and one
     * X where a ↘ and a ↗ cross at (16, 16); filters A ↘ and B ↗, 5×5. The sum of the two maps
     * peaks (10) only where both diagonals fill one window: the X, top-left (14, 14). Every other
     * window scores at most 6 (a whole streak, 5, plus one cell of the other diagonal).
     */
    static Workspace homework() {
        double[][] px = new double[32][32];
        down(px, 1, 1, 7);
        down(px, 3, 20, 8);
        down(px, 24, 3, 6);
        up(px, 12, 10, 6);
        up(px, 30, 14, 7);
        up(px, 20, 25, 6);
        // the X: both diagonals through (16, 16)
        for (int k = -2; k <= 2; k++) {
            px[16 + k][16 + k] = 1;
            px[16 + k][16 - k] = 1;
        }
        Image image = Image.ofRows(px);
        return new Workspace(
                image,
                List.of(
                        FilterSpec.plain("A", diagonalDown(5)),
                        FilterSpec.plain("B", diagonalUp(5))),
                ConvSettings.DEFAULT,
                MatchMode.RAW,
                Activation.NONE,
                Map.of(
                        "notes",
                        "Homework 3, problem 2: find the X. Filter A finds ↘ streaks, filter B ↗ streaks; "
                                + "their sum peaks where both diagonals fill one 5×5 window."));
    }

    /**
     * A chevron ∧ built from parts: its left arm is ↗ (filter A) and its right arm ↘ (filter B),
     * two columns further right, so B has dx = 2. Also an X, which the plain sum (no offsets) would
     * pick instead; with the offset only the chevron scores 6.
     */
    static Workspace chevron() {
        double[][] px = new double[20][24];
        // chevron apex at (5, 15): left arm up to the apex, right arm down from it
        for (int k = 0; k < 3; k++) {
            px[7 - k][13 + k] = 1;
            px[5 + k][15 + k] = 1;
        }
        // an X centred at (13, 5)
        for (int k = -1; k <= 1; k++) {
            px[13 + k][5 + k] = 1;
            px[13 + k][5 - k] = 1;
        }
        // lone streaks
        up(px, 17, 14, 3);
        down(px, 15, 19, 3);
        Image image = Image.ofRows(px);
        return new Workspace(
                image,
                List.of(
                        FilterSpec.plain("A", diagonalUp(3)),
                        new FilterSpec("B", diagonalDown(3), 1, 2, 0)),
                ConvSettings.DEFAULT,
                MatchMode.RAW,
                Activation.NONE,
                Map.of(
                        "notes",
                        "A chevron is ↗ then ↘ two columns to the right: D = R_A[y][x] + R_B[y][x + 2]. "
                                + "Set B's offset dx to 0 and the X wins instead."));
    }

    /**
     * Three channels (R, G, B, each 0 or 1): red, green, blue, white and yellow 3×3 patches on
     * black. The "red" filter (+1 on R, −1 on G and B) sums over the channels: 9 on the red patch,
     * −9 on green, blue and white, 0 on yellow.
     */
    static Workspace rgbPatches() {
        int h = 12;
        int w = 20;
        double[] d = new double[3 * h * w];
        patch(d, h, w, 2, 2, 1, 0, 0);
        patch(d, h, w, 2, 8, 0, 1, 0);
        patch(d, h, w, 2, 14, 0, 0, 1);
        patch(d, h, w, 7, 4, 1, 1, 1);
        patch(d, h, w, 7, 12, 1, 1, 0);
        Image image = Image.of(h, w, 3, d);
        double[] red = new double[27];
        for (int i = 0; i < 9; i++) {
            red[i] = 1;
            red[9 + i] = -1;
            red[18 + i] = -1;
        }
        return new Workspace(
                image,
                List.of(FilterSpec.plain("red", Filter.of(3, 3, 3, red, 0))),
                ConvSettings.DEFAULT,
                MatchMode.RAW,
                Activation.NONE,
                Map.of(
                        "notes",
                        "A colour filter has one kernel per channel and sums over all three: "
                                + "+1 on red, −1 on green and blue finds the red patch only."));
    }

    private static void patch(
            double[] d, int h, int w, int top, int left, double r, double g, double b) {
        double[] rgb = {r, g, b};
        for (int c = 0; c < 3; c++) {
            for (int y = top; y < top + 3; y++) {
                for (int x = left; x < left + 3; x++) {
                    d[(c * h + y) * w + x] = rgb[c];
                }
            }
        }
    }

    private static void down(double[][] px, int y, int x, int n) {
        for (int k = 0; k < n; k++) {
            px[y + k][x + k] = 1;
        }
    }

    private static void up(double[][] px, int y, int x, int n) {
        for (int k = 0; k < n; k++) {
            px[y - k][x + k] = 1;
        }
    }

    /** The workspace format of issue 2, laid out one row per line. */
    public static String format(Workspace ws) {
        StringBuilder sb =
                new StringBuilder("{\n  \"format\": \"convlab-workspace\",\n  \"version\": 1,\n");
        for (Map.Entry<String, Object> e : new java.util.TreeMap<>(ws.extras()).entrySet()) {
            Object v = e.getValue();
            String value =
                    v instanceof Number
                            ? v.toString()
                            : "\""
                                    + v.toString().replace("\\", "\\\\").replace("\"", "\\\"")
                                    + "\"";
            sb.append("  \"").append(e.getKey()).append("\": ").append(value).append(",\n");
        }
        Image im = ws.image();
        sb.append("  \"image\": {\"height\": ")
                .append(im.height())
                .append(", \"width\": ")
                .append(im.width())
                .append(", \"channels\": ")
                .append(im.channels())
                .append(",\n    \"pixels\": ");
        double[] pixels = im.toArray();
        grid(sb, pixels, im.channels(), im.height(), im.width(), "    ");
        sb.append("},\n  \"filters\": [");
        for (int f = 0; f < ws.filters().size(); f++) {
            FilterSpec spec = ws.filters().get(f);
            Filter k = spec.filter();
            sb.append(f == 0 ? "\n" : ",\n")
                    .append("    {\"name\": \"")
                    .append(spec.name())
                    .append("\", \"bias\": ")
                    .append(NumberText.ascii(k.bias()))
                    .append(", \"gain\": ")
                    .append(NumberText.ascii(spec.gain()))
                    .append(", \"offset\": {\"dx\": ")
                    .append(spec.dx())
                    .append(", \"dy\": ")
                    .append(spec.dy())
                    .append("},\n      \"weights\": ");
            grid(sb, k.toArray(), k.channels(), k.height(), k.width(), "      ");
            sb.append("}");
        }
        ConvSettings s = ws.convolution();
        Padding p = s.padding();
        String padding =
                p.kind() == Padding.Kind.EXPLICIT ? Integer.toString(p.amount()) : "\"" + p + "\"";
        sb.append("\n  ],\n  \"convolution\": {\"padding\": ")
                .append(padding)
                .append(", \"stride\": ")
                .append(s.stride())
                .append(", \"dilation\": ")
                .append(s.dilation())
                .append(", \"flip\": ")
                .append(s.flip())
                .append("},\n")
                .append("  \"matching\": \"")
                .append(ws.matching().id())
                .append("\",\n  \"activation\": \"")
                .append(ws.activation().id())
                .append("\"\n}\n");
        return sb.toString();
    }

    private static void grid(
            StringBuilder sb, double[] v, int channels, int h, int w, String indent) {
        if (channels > 1) {
            sb.append("[\n");
        }
        for (int c = 0; c < channels; c++) {
            String in = channels > 1 ? indent + "  " : indent;
            sb.append(channels > 1 ? in : "").append("[\n");
            for (int y = 0; y < h; y++) {
                sb.append(in).append("  [");
                for (int x = 0; x < w; x++) {
                    sb.append(x == 0 ? "" : ", ").append(NumberText.ascii(v[(c * h + y) * w + x]));
                }
                sb.append(y == h - 1 ? "]\n" : "],\n");
            }
            sb.append(in).append(c == channels - 1 ? "]" : "],").append(channels > 1 ? "\n" : "");
        }
        if (channels > 1) {
            sb.append(indent).append("]");
        }
    }
}
