package org.convlab.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Geometry;
import org.convlab.conv.NumberText;
import org.convlab.conv.Padding;
import org.convlab.format.JsonText;
import org.convlab.lessons.params.ParameterTally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code convlab params}: the exact parameter tallies of a conv layer and the layers that could
 * replace it.
 */
@Command(
        name = "params",
        mixinStandardHelpOptions = true,
        versionProvider = ConvLabCli.Version.class,
        description = {
            "Counts the weights and biases of a conv layer, of the same layer without weight sharing "
                    + "(locally connected) and of a dense layer with the same input and output, exactly, at any size."
        },
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {
            "  convlab params --input 512x512x3 --kernel 5x5 --filters 3",
            "  convlab params --input 28x28 --kernel 3x3 --filters 8 --padding same --json",
            "  convlab params --input 224x224x3 --kernel 7x7 --filters 64 --stride 2",
            "  convlab params --input 32x32x3 --kernel 3x3 --filters 16 --padding 1 --no-bias"
        })
final class ParamsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
            names = "--input",
            required = true,
            paramLabel = "HxWxC",
            description =
                    "Input height, width and channels, e.g. 512x512x3 (HxW means one channel).")
    String input;

    @Option(
            names = "--kernel",
            required = true,
            paramLabel = "KHxKW",
            description =
                    "Kernel height and width, e.g. 5x5. Each filter spans all input channels "
                            + "(C/G of them with --groups G).")
    String kernel;

    @Option(
            names = "--filters",
            required = true,
            paramLabel = "N",
            description = "Number of filters (output channels).")
    int filters;

    @Option(
            names = "--padding",
            paramLabel = "valid|same|full|P",
            defaultValue = "valid",
            description =
                    "Zero padding: valid (none), same, full, or P zeros on every side. Default: ${DEFAULT-VALUE}.")
    String padding;

    @Option(
            names = "--stride",
            paramLabel = "S",
            defaultValue = "1",
            description = "Stride. Default: ${DEFAULT-VALUE}.")
    int stride;

    @Option(
            names = "--dilation",
            paramLabel = "D",
            defaultValue = "1",
            description = "Dilation. Default: ${DEFAULT-VALUE}.")
    int dilation;

    @Option(
            names = "--groups",
            paramLabel = "G",
            defaultValue = "1",
            description =
                    "Groups: filter n reads only the C/G channels of its group (G = C is"
                            + " depthwise). C and N must be multiples of G. Default: ${DEFAULT-VALUE}.")
    int groups;

    @Option(names = "--no-bias", description = "Layers without biases.")
    boolean noBias;

    @Option(names = "--json", description = "Print JSON instead of the table.")
    boolean json;

    @Override
    public Integer call() {
        ParameterTally t = tally();
        spec.commandLine().getOut().print(json ? JsonText.pretty(toJson(t)) : table(t, padding()));
        return 0;
    }

    private Padding padding() {
        return ArgumentText.padding(padding, "--padding");
    }

    ParameterTally tally() {
        int[] in = ArgumentText.shape(input, "--input", 3, true, "HxWxC (e.g. 512x512x3)");
        ArgumentText.size(groups, "--groups");
        ArgumentText.size(filters, "--filters");
        try {
            new ConvSettings(Padding.VALID, 1, 1, false, groups).requireGroupsFit(in[2], filters);
        } catch (IllegalArgumentException e) {
            throw new BadInput("--groups " + groups + ": " + e.getMessage());
        }
        int[] k = kernelShape(in[2]);
        ArgumentText.size(stride, "--stride");
        ArgumentText.size(dilation, "--dilation");
        long span = (long) dilation * (Math.max(k[0], k[1]) - 1) + 1;
        if (span > ArgumentText.MAX_SIZE) {
            throw new BadInput(
                    "the dilated kernel would span "
                            + span
                            + " cells; at most "
                            + ArgumentText.MAX_SIZE
                            + " are allowed");
        }
        ConvSettings s = new ConvSettings(padding(), stride, dilation, false, groups);
        try {
            return ParameterTally.of(in[0], in[1], in[2], filters, k[0], k[1], s, !noBias);
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
    }

    /** KHxKW, or KHxKWxD when D is the filter's depth C/G (students often write the full 5x5x3). */
    private int[] kernelShape(int inputChannels) {
        String[] pieces = kernel.trim().toLowerCase(Locale.ROOT).split("\\s*[x×*]\\s*", -1);
        if (pieces.length == 3) {
            int[] k = ArgumentText.shape(kernel, "--kernel", 3, false, "KHxKW (e.g. 5x5)");
            if (groups != 1 && k[2] != inputChannels / groups) {
                throw new BadInput(
                        "--kernel has "
                                + k[2]
                                + " channels but with --groups "
                                + groups
                                + " each filter spans "
                                + inputChannels / groups
                                + " of the input's "
                                + inputChannels
                                + "; give just KHxKW");
            }
            if (groups == 1 && k[2] != inputChannels) {
                throw new BadInput(
                        "--kernel has "
                                + k[2]
                                + " channels but the input has "
                                + inputChannels
                                + "; with one group a filter spans every input channel, so give just KHxKW");
            }
            return k;
        }
        return ArgumentText.shape(kernel, "--kernel", 2, false, "KHxKW (e.g. 5x5)");
    }

    static ObjectNode toJson(ParameterTally t) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("groups", t.groups());
        ObjectNode in = root.putObject("input");
        in.put("height", t.inHeight());
        in.put("width", t.inWidth());
        in.put("channels", t.inChannels());
        ObjectNode out = root.putObject("output");
        out.put("height", t.outHeight());
        out.put("width", t.outWidth());
        out.put("channels", t.filters());
        ObjectNode conv = root.putObject("conv");
        conv.put("weights", t.convWeights());
        conv.put("biases", t.convBiases());
        conv.put("total", t.convTotal());
        ObjectNode local = root.putObject("locallyConnected");
        local.put("weights", t.localWeights());
        local.put("biases", t.localBiases());
        local.put("total", t.localTotal());
        ObjectNode dense = root.putObject("dense");
        dense.put("weights", t.denseWeights());
        dense.put("biases", t.denseBiases());
        dense.put("total", t.denseTotal());
        dense.put("nonZero", t.denseNonZero());
        dense.put("distinct", t.denseDistinct());
        ObjectNode bytes = root.putObject("bytesFloat32");
        bytes.put("conv", t.convBytes());
        bytes.put("locallyConnected", t.localBytes());
        bytes.put("dense", t.denseBytes());
        return root;
    }

    static String table(ParameterTally t, Padding padding) {
        Geometry g = t.geometry();
        StringBuilder b = new StringBuilder();
        b.append("Conv layer: ")
                .append(t.filters())
                .append(t.filters() == 1 ? " filter of " : " filters of ")
                .append(t.kernelHeight())
                .append('x')
                .append(t.kernelWidth())
                .append('x')
                .append(t.filterDepth())
                .append(" on a ")
                .append(t.inHeight())
                .append('x')
                .append(t.inWidth())
                .append('x')
                .append(t.inChannels())
                .append(" input (padding ")
                .append(padding)
                .append(", stride ")
                .append(g.stride())
                .append(", dilation ")
                .append(g.dilation())
                .append(t.groups() == 1 ? "" : ", " + t.groups() + " groups")
                .append(t.bias() ? ", with biases)" : ", no biases)")
                .append("\n\n");
        b.append("Output H' x W' x N = ")
                .append(t.outHeight())
                .append(" x ")
                .append(t.outWidth())
                .append(" x ")
                .append(t.filters())
                .append('\n');
        b.append("  H' = floor((H + padTop + padBottom - d*(KH-1) - 1) / s) + 1 = floor((")
                .append(t.inHeight())
                .append(" + ")
                .append(g.padTop())
                .append(" + ")
                .append(g.padBottom())
                .append(" - ")
                .append(g.dilation())
                .append('*')
                .append(t.kernelHeight() - 1)
                .append(" - 1) / ")
                .append(g.stride())
                .append(") + 1 = ")
                .append(t.outHeight())
                .append('\n');
        b.append("  W' = floor((W + padLeft + padRight - d*(KW-1) - 1) / s) + 1 = floor((")
                .append(t.inWidth())
                .append(" + ")
                .append(g.padLeft())
                .append(" + ")
                .append(g.padRight())
                .append(" - ")
                .append(g.dilation())
                .append('*')
                .append(t.kernelWidth() - 1)
                .append(" - 1) / ")
                .append(g.stride())
                .append(") + 1 = ")
                .append(t.outWidth())
                .append("\n\n");

        TextTable table = new TextTable("LRRRRL");
        table.row("Layer", "Weights", "Biases", "Total", "float32 bytes", "");
        table.row(
                "conv (shared weights)",
                n(t.convWeights()),
                n(t.convBiases()),
                n(t.convTotal()),
                n(t.convBytes()),
                "(" + NumberText.bytes(t.convBytes()) + ")");
        table.row(
                "locally connected",
                n(t.localWeights()),
                n(t.localBiases()),
                n(t.localTotal()),
                n(t.localBytes()),
                "(" + NumberText.bytes(t.localBytes()) + ")");
        table.row(
                "dense",
                n(t.denseWeights()),
                n(t.denseBiases()),
                n(t.denseTotal()),
                n(t.denseBytes()),
                "(" + NumberText.bytes(t.denseBytes()) + ")");
        b.append(table.render(""));

        String kh = Integer.toString(t.kernelHeight());
        String kw = Integer.toString(t.kernelWidth());
        String c = Integer.toString(t.inChannels());
        // A grouped filter spans C/g channels; the standard layer's lines stay as they were.
        String depthName = t.groups() == 1 ? "C" : "(C/g)";
        String depth = t.groups() == 1 ? c : "(" + c + "/" + t.groups() + ")";
        String nf = Integer.toString(t.filters());
        String out = t.outHeight() + "*" + t.outWidth() + "*" + nf;
        String in = t.inHeight() + "*" + t.inWidth() + "*" + c;
        b.append("\nWhere the counts come from\n");
        TextTable how = new TextTable("LLL");
        how.row(
                "conv",
                "weights = N*KH*KW*" + depthName + " = " + nf + "*" + kh + "*" + kw + "*" + depth,
                t.bias() ? "biases = N = " + nf : "no biases");
        how.row(
                "locally connected",
                "weights = H'*W'*N*KH*KW*"
                        + depthName
                        + " = "
                        + out
                        + "*"
                        + kh
                        + "*"
                        + kw
                        + "*"
                        + depth,
                t.bias() ? "biases = H'*W'*N = " + out : "no biases");
        how.row(
                "dense",
                "weights = (H*W*C)*(H'*W'*N) = (" + in + ")*(" + out + ")",
                t.bias() ? "biases = H'*W'*N = " + out : "no biases");
        b.append(how.render("  "));
        b.append("\nThe conv layer as a dense matrix: ")
                .append(n(t.outputCells()))
                .append(" rows (outputs) x ")
                .append(n(t.inputCells()))
                .append(" columns (inputs)\n");
        b.append(
                        t.groups() == 1
                                ? "  structural non-zeros (taps that land inside the input): "
                                : "  structural non-zeros (taps inside the input, over each"
                                        + " filter's C/g channels): ")
                .append(n(t.denseNonZero()))
                .append('\n');
        b.append("  distinct values (the shared weights): ")
                .append(n(t.denseDistinct()))
                .append('\n');
        b.append("A dense layer learns all ")
                .append(n(t.denseWeights()))
                .append(" entries; the conv layer is the special case\n")
                .append("where all but ")
                .append(n(t.denseNonZero()))
                .append(" of them are 0 and those take only ")
                .append(n(t.denseDistinct()))
                .append(" distinct values.\n");
        return b.toString();
    }

    private static String n(BigInteger v) {
        return NumberText.grouped(v);
    }
}
