package org.convlab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.convlab.conv.Argmax;
import org.convlab.conv.Correlation1D;
import org.convlab.conv.Echo;
import org.convlab.conv.MatchMode;
import org.convlab.conv.NumberText;
import org.convlab.conv.Padding;
import org.convlab.format.JsonText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code convlab conv1d}: a 1D signal correlated with a kernel, for the translation lesson. */
@Command(
        name = "conv1d",
        mixinStandardHelpOptions = true,
        versionProvider = ConvLabCli.Version.class,
        description = {
            "Slides a kernel along a 1D signal (cross-correlation, as in a conv layer) and reports the "
                    + "output and its first maximum. --shift moves the signal first, to show that the output moves "
                    + "with it."
        },
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {
            "  convlab conv1d --signal 6,7,8,1,2,3,5 --kernel 1,2,3",
            "  convlab conv1d --signal 6,7,8,1,2,3,5 --kernel 1,2,3 --shift 2",
            "  convlab conv1d --signal 6,7,8,1,2,3,5 --kernel 1,2,3 --circular --shift -3",
            "  convlab conv1d --signal 6,7,8,1,2,3,5 --kernel 1,2,3 --mode ncc --json"
        })
final class Conv1dCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
            names = "--signal",
            required = true,
            paramLabel = "V,V,...",
            description = "The signal, e.g. 6,7,8,1,2,3,5.")
    String signal;

    @Option(
            names = "--kernel",
            required = true,
            paramLabel = "V,V,...",
            description = "The kernel, e.g. 1,2,3.")
    String kernel;

    @Option(
            names = "--mode",
            paramLabel = "raw|zero-mean|ncc|ssd",
            defaultValue = "raw",
            description = "What a match score is. Default: ${DEFAULT-VALUE}.")
    String mode;

    @Option(
            names = "--padding",
            paramLabel = "valid|same|full|P",
            defaultValue = "valid",
            description =
                    "Zero padding: valid, same, full, or P zeros on each side. Default: ${DEFAULT-VALUE}.")
    String padding;

    @Option(
            names = "--shift",
            paramLabel = "K",
            defaultValue = "0",
            description =
                    "Move the signal K places first (K > 0 moves right), filling with zeros. Default: ${DEFAULT-VALUE}.")
    int shift;

    @Option(
            names = "--circular",
            description = "With --shift: wrap around instead of filling with zeros.")
    boolean circular;

    @Option(names = "--json", description = "Print JSON instead of the summary.")
    boolean json;

    @Override
    public Integer call() {
        double[] sig = ArgumentText.numbers(signal, "--signal");
        double[] ker = ArgumentText.numbers(kernel, "--kernel");
        MatchMode m;
        try {
            m = MatchMode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new BadInput(
                    "--mode must be raw, zero-mean, ncc or ssd, got '" + Echo.inside(mode) + "'");
        }
        Padding p = ArgumentText.padding(padding, "--padding");
        if (Math.abs((long) shift) > ArgumentText.MAX_SIZE) {
            throw new BadInput(
                    "--shift must be between -"
                            + ArgumentText.MAX_SIZE
                            + " and "
                            + ArgumentText.MAX_SIZE
                            + ", got "
                            + shift);
        }
        double[] shifted = Correlation1D.shift(sig, shift, circular);
        double[] out;
        try {
            out = Correlation1D.correlate(shifted, ker, m, p);
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
        int argmax = Correlation1D.argmax(out);
        if (json) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            ArrayNode o = root.putArray("output");
            for (double v : out) {
                o.add(ArgumentText.jsonNumber(v));
            }
            root.put("argmax", argmax);
            root.set("max", ArgumentText.jsonNumber(out[argmax]));
            spec.commandLine().getOut().print(JsonText.pretty(root));
        } else {
            spec.commandLine().getOut().print(summary(sig, shifted, ker, m, p, out, argmax));
        }
        return 0;
    }

    private String summary(
            double[] sig,
            double[] shifted,
            double[] ker,
            MatchMode m,
            Padding p,
            double[] out,
            int argmax) {
        int before = Correlation1D.padBefore(shifted.length, ker.length, p);
        int after = p.amounts(shifted.length, ker.length, 1, 1)[1];
        StringBuilder b = new StringBuilder();
        TextTable t =
                new TextTable(
                        "L" + "R".repeat(Math.max(Math.max(sig.length, ker.length), out.length)));
        int cols = Math.max(Math.max(sig.length, ker.length), out.length);
        t.row(cells("index", indices(cols), cols));
        t.row(cells("signal", texts(sig), cols));
        if (shift != 0) {
            t.row(cells("shifted", texts(shifted), cols));
        }
        t.row(cells("kernel", texts(ker), cols));
        double[] unshifted = shift != 0 ? Correlation1D.correlate(sig, ker, m, p) : out;
        if (shift != 0) {
            t.row(cells("before", texts(unshifted), cols));
        }
        t.row(cells("output", texts(out), cols));
        if (shift != 0) {
            b.append("The signal moved ")
                    .append(Math.abs(shift))
                    .append(Math.abs(shift) == 1 ? " place" : " places")
                    .append(shift > 0 ? " right" : " left")
                    .append(circular ? ", wrapping around" : ", filling with zeros")
                    .append(".\n");
        }
        b.append("Mode ")
                .append(m.id())
                .append(", padding ")
                .append(p)
                .append(" (")
                .append(zeros(before))
                .append(" before, ")
                .append(zeros(after))
                .append(" after); output[i] reads ")
                .append(shift != 0 ? "shifted" : "signal")
                .append("[i")
                .append(before == 0 ? "" : "-" + before)
                .append(" .. i")
                .append(ker.length - 1 - before >= 0 ? "+" : "-")
                .append(Math.abs(ker.length - 1 - before))
                .append("]\n\n");
        b.append(t.render(""));
        if (shift != 0) {
            b.append('\n').append(equivariance(unshifted, out));
        }
        b.append("\nFirst maximum: output[")
                .append(argmax)
                .append("] = ")
                .append(NumberText.ascii(out[argmax]));
        Argmax all = Argmax.of(out, 1, out.length);
        if (all.tieCount() > 1) {
            b.append(" (tied at");
            for (int i = 0; i < all.ties().size(); i++) {
                b.append(i == 0 ? " " : ", ").append(all.ties().get(i).col());
            }
            b.append(')');
        }
        b.append('\n');
        if (m == MatchMode.RAW) {
            b.append("  output[").append(argmax).append("] = ");
            for (int j = 0; j < ker.length; j++) {
                int i = argmax + j - before;
                double v = i >= 0 && i < shifted.length ? shifted[i] : 0;
                b.append(j == 0 ? "" : " + ").append(paren(v)).append('*').append(paren(ker[j]));
            }
            b.append(" = ").append(NumberText.ascii(out[argmax])).append('\n');
        }
        return b.toString();
    }

    /**
     * Compares the output of the shifted signal with the original output moved by the same shift:
     * the response moves with the pattern (equivariance) rather than staying put (invariance),
     * except where zeros or wrapped values came in at the edges.
     */
    private String equivariance(double[] before, double[] after) {
        int overlap = 0;
        int same = 0;
        for (int i = 0; i < after.length; i++) {
            int j = i - shift;
            if (j >= 0 && j < before.length) {
                overlap++;
                if (Double.compare(after[i], before[j]) == 0) {
                    same++;
                }
            }
        }
        if (overlap == 0) {
            return "The shift moved the whole output out of range: no position can be compared.\n";
        }
        String rule = "output[i] = before[i" + (shift > 0 ? "-" + shift : "+" + (-shift)) + "]";
        if (same == overlap) {
            return rule
                    + " at all "
                    + overlap
                    + " positions where both exist: the response moves with the pattern"
                    + " (equivariance); it does not stay in place.\n";
        }
        return rule
                + " at "
                + same
                + " of the "
                + overlap
                + " positions where both exist; the others differ"
                + " because values entered or left at the edges.\n";
    }

    private static String zeros(int n) {
        return n == 0 ? "no zeros" : n == 1 ? "1 zero" : n + " zeros";
    }

    private static String paren(double v) {
        String s = NumberText.ascii(v);
        return v < 0 ? "(" + s + ")" : s;
    }

    private static String[] indices(int n) {
        String[] r = new String[n];
        for (int i = 0; i < n; i++) {
            r[i] = Integer.toString(i);
        }
        return r;
    }

    private static String[] texts(double[] v) {
        String[] r = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = NumberText.ascii(v[i]);
        }
        return r;
    }

    private static String[] cells(String label, String[] values, int cols) {
        String[] r = new String[cols + 1];
        r[0] = label;
        for (int i = 0; i < cols; i++) {
            r[i + 1] = i < values.length ? values[i] : "";
        }
        return r;
    }
}
