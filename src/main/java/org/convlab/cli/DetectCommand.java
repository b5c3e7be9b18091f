package org.convlab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.convlab.conv.Cell;
import org.convlab.conv.CombinedMap;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Detection;
import org.convlab.conv.Echo;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.NumberText;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.SecondLayer;
import org.convlab.conv.Window;
import org.convlab.conv.Workspace;
import org.convlab.format.JsonText;
import org.convlab.format.WorkspaceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convlab detect}: runs a workspace's detector and reports the maps and where D peaks. */
@Command(
        name = "detect",
        mixinStandardHelpOptions = true,
        versionProvider = ConvLabCli.Version.class,
        description = {
            "Runs the detector of a workspace file: every filter's response map R_k, the combined map "
                    + "D[y][x] = sum_k g_k * R_k[y+dy_k][x+dx_k], its maximum, the positions that tie with it and the "
                    + "input window the maximum reads. With pooling, each R_k is pooled first; with a second "
                    + "layer, D is that layer's output over the (pooled) maps."
        },
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {
            "  convlab detect lesson.json",
            "  convlab detect lesson.json --json",
            "",
            "The file format is described in docs/workspace-format.md."
        })
final class DetectCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "WORKSPACE.json",
            description = "A ConvLab workspace file.")
    Path file;

    @Option(names = "--json", description = "Print JSON instead of the summary.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Workspace ws = InputFiles.read(file, WorkspaceReader::read);
        String name = Echo.path(file.toString());
        Detection d;
        try {
            d = Detection.of(ws);
        } catch (IllegalArgumentException e) {
            throw new BadInput(name + ": " + e.getMessage());
        }
        if (json) {
            JsonText.print(toJson(ws, d), spec.commandLine().getOut());
        } else {
            spec.commandLine().getOut().print(summary(ws, d, file));
        }
        return 0;
    }

    static ObjectNode toJson(Workspace ws, Detection d) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        putMaps(root.putArray("responses"), ws, d.responses(), true);
        if (!d.pooled().isEmpty()) {
            putMaps(root.putArray("pooled"), ws, d.pooled(), false);
        }
        CombinedMap c = d.combined();
        ObjectNode combined = root.putObject("combined");
        combined.put("top", c.top());
        combined.put("left", c.left());
        combined.put("height", c.height());
        combined.put("width", c.width());
        combined.set("values", rows(c.toRows()));
        root.set("max", ArgumentText.jsonNumber(d.argmax().max()));
        ObjectNode argmax = root.putObject("argmax");
        argmax.put("row", d.argmax().row());
        argmax.put("col", d.argmax().col());
        ArrayNode ties = root.putArray("ties");
        for (Cell p : d.argmax().ties()) {
            ties.addArray().add(p.row()).add(p.col());
        }
        Window w = d.window();
        ObjectNode window = root.putObject("window");
        window.put("top", w.top());
        window.put("left", w.left());
        window.put("height", w.height());
        window.put("width", w.width());
        return root;
    }

    /** One entry per filter's map: name, height, width and values, in filter order. */
    /**
     * One entry per filter; {@code channels}: a grouped layer's responses also say which channels
     * their filter reads (only for grouped layers, so the JSON of standard ones is unchanged).
     */
    private static void putMaps(
            ArrayNode to, Workspace ws, List<ResponseMap> maps, boolean channels) {
        for (int k = 0; k < maps.size(); k++) {
            ResponseMap m = maps.get(k);
            ObjectNode r = to.addObject();
            r.put("name", ws.filters().get(k).name());
            r.put("height", m.height());
            r.put("width", m.width());
            if (channels && ws.convolution().groups() != 1) {
                r.put("firstChannel", ws.firstChannel(k));
                r.put("channels", ws.filters().get(k).filter().channels());
            }
            r.set("values", rows(m.toRows()));
        }
    }

    private static ArrayNode rows(double[][] values) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (double[] row : values) {
            ArrayNode r = a.addArray();
            for (double v : row) {
                r.add(ArgumentText.jsonNumber(v));
            }
        }
        return a;
    }

    static String summary(Workspace ws, Detection d, Path file) {
        StringBuilder b = new StringBuilder();
        ConvSettings s = ws.convolution();
        b.append("Workspace ")
                .append(file.getFileName())
                .append(": image ")
                .append(ws.image().height())
                .append('x')
                .append(ws.image().width())
                .append('x')
                .append(ws.image().channels())
                .append(", ")
                .append(ws.filters().size())
                .append(ws.filters().size() == 1 ? " filter" : " filters")
                .append(", padding ")
                .append(s.padding())
                .append(", stride ")
                .append(s.stride())
                .append(", dilation ")
                .append(s.dilation())
                .append(s.groups() == 1 ? "" : ", " + s.groups() + " groups")
                .append(
                        s.flip()
                                ? ", true convolution (kernel flipped)"
                                : ", cross-correlation (no flip)")
                .append(", matching ")
                .append(ws.matching().id())
                .append(", activation ")
                .append(ws.activation().id())
                .append('\n');
        boolean rounded = false;
        for (int k = 0; k < d.responses().size(); k++) {
            FilterSpec spec = ws.filters().get(k);
            Filter f = spec.filter();
            ResponseMap m = d.responses().get(k);
            b.append("\nResponse R")
                    .append(k + 1)
                    .append(" of filter '")
                    .append(Echo.inside(spec.name()))
                    .append("' (")
                    .append(TrainSummary.shape(f));
            if (s.groups() != 1) {
                b.append(", reads channels ")
                        .append(ws.firstChannel(k))
                        .append("..")
                        .append(ws.firstChannel(k) + f.channels() - 1);
            }
            if (ws.matching().usesBias()) {
                b.append(", bias ").append(NumberText.ascii(f.bias()));
            }
            b.append("): ").append(m.height()).append(" x ").append(m.width()).append('\n');
            rounded |= drawOrSay(b, m.toRows(), 0, 0);
        }
        for (int k = 0; k < d.pooled().size(); k++) {
            ResponseMap m = d.pooled().get(k);
            b.append("\nPooled P")
                    .append(k + 1)
                    .append(" of R")
                    .append(k + 1)
                    .append(" (")
                    .append(ws.pooling().describe().replace('×', 'x'))
                    .append("): ")
                    .append(m.height())
                    .append(" x ")
                    .append(m.width())
                    .append('\n');
            rounded |= drawOrSay(b, m.toRows(), 0, 0);
        }
        CombinedMap c = d.combined();
        b.append("\nDetector D[y][x] = ").append(formula(ws, d)).append('\n');
        b.append("  defined on rows ")
                .append(c.top())
                .append("..")
                .append(c.top() + c.height() - 1)
                .append(", columns ")
                .append(c.left())
                .append("..")
                .append(c.left() + c.width() - 1)
                .append(" (")
                .append(c.height())
                .append(" x ")
                .append(c.width())
                .append(")\n");
        rounded |= drawOrSay(b, c.toRows(), c.top(), c.left());
        int ties = d.argmax().tieCount();
        b.append("\nMaximum ")
                .append(NumberText.ascii(d.argmax().max()))
                .append(" at row ")
                .append(d.argmax().row())
                .append(", column ")
                .append(d.argmax().col());
        if (ties == 1) {
            b.append(" (the only position with this value)\n");
        } else {
            b.append(" (the first of ").append(ties).append(" tying positions in row-major order:");
            int shown = Math.min(ties, 10);
            for (int i = 0; i < shown; i++) {
                Cell p = d.argmax().ties().get(i);
                b.append(i == 0 ? " " : ", ")
                        .append('(')
                        .append(p.row())
                        .append(", ")
                        .append(p.col())
                        .append(')');
            }
            b.append(ties > shown ? ", ...)\n" : ")\n");
        }
        Window w = d.window();
        b.append("It reads input rows ")
                .append(w.top())
                .append("..")
                .append(w.top() + w.height() - 1)
                .append(", columns ")
                .append(w.left())
                .append("..")
                .append(w.left() + w.width() - 1)
                .append(" (")
                .append(w.height())
                .append(" x ")
                .append(w.width())
                .append(" cells");
        boolean inPadding =
                w.top() < 0
                        || w.left() < 0
                        || w.top() + w.height() > ws.image().height()
                        || w.left() + w.width() > ws.image().width();
        b.append(inPadding ? ", partly in the zero padding)\n" : ")\n");
        if (rounded) {
            b.append(
                    "\nValues in the drawn maps are rounded to 3 decimals; --json gives them exactly.\n");
        }
        return b.toString();
    }

    private static boolean drawOrSay(StringBuilder b, double[][] rows, int firstRow, int firstCol) {
        if (MapDrawing.fits(rows.length, rows[0].length)) {
            b.append(MapDrawing.draw(rows, firstRow, firstCol, "  "));
            return MapDrawing.rounds(rows);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] r : rows) {
            for (double v : r) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        b.append("  (not drawn: larger than ")
                .append(MapDrawing.MAX_SIDE)
                .append(" x ")
                .append(MapDrawing.MAX_SIDE)
                .append("; values from ")
                .append(NumberText.ascii(min))
                .append(" to ")
                .append(NumberText.ascii(max))
                .append("; --json gives every value)\n");
        return false;
    }

    private static String formula(Workspace ws, Detection d) {
        String map = d.pooled().isEmpty() ? "R" : "P";
        SecondLayer layer = ws.secondLayer();
        if (layer != null) {
            return "sum_k sum_i sum_j W[k][i][j]*"
                    + map
                    + "_k[y+i][x+j] + "
                    + NumberText.ascii(layer.bias())
                    + " (second layer: W is "
                    + layer.channels()
                    + "x"
                    + layer.height()
                    + "x"
                    + layer.width()
                    + ", one slice per filter; gains and offsets are not used)";
        }
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < ws.filters().size(); k++) {
            FilterSpec f = ws.filters().get(k);
            if (k > 0) {
                b.append(" + ");
            }
            b.append(NumberText.ascii(f.gain()))
                    .append('*')
                    .append(map)
                    .append(k + 1)
                    .append('[')
                    .append(index("y", f.dy()))
                    .append("][")
                    .append(index("x", f.dx()))
                    .append(']');
        }
        return b.toString();
    }

    private static String index(String var, int offset) {
        return offset == 0 ? var : offset > 0 ? var + "+" + offset : var + "-" + (-offset);
    }
}
