package org.convlab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.convlab.conv.Detection;
import org.convlab.conv.Echo;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Workspace;
import org.convlab.format.ExamplesReader;
import org.convlab.format.JsonText;
import org.convlab.format.WorkspaceReader;
import org.convlab.format.WorkspaceWriter;
import org.convlab.lessons.learn.Trainable;
import org.convlab.lessons.learn.Training;
import org.convlab.lessons.learn.TrainingExample;
import org.convlab.lessons.learn.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convlab train}: learns a detector's filters from examples by gradient descent. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        versionProvider = ConvLabCli.Version.class,
        description = {
            "Learns the weights and biases of a workspace's filters by plain gradient descent, "
                    + "w <- w - eta * dL/dw, on the mean over the examples of the spatial softmax "
                    + "cross-entropy L = -log(exp(D[t]/T) / sum_p exp(D[p]/T)), where D is the "
                    + "detector's combined map and t the example's target cell. Gains, offsets and "
                    + "settings stay fixed; matching must be raw."
        },
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {
            "  convlab train lesson.json examples.json --steps 100 --learning-rate 0.05",
            "  convlab train lesson.json examples.json --steps 100 --learning-rate 0.05 --json",
            "",
            "The examples format is described in docs/examples-format.md."
        })
final class TrainCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "WORKSPACE.json",
            description = "A ConvLab workspace file: the detector to train.")
    Path workspaceFile;

    @Parameters(
            index = "1",
            paramLabel = "EXAMPLES.json",
            description = "A ConvLab examples file: images and target cells of D.")
    Path examplesFile;

    @Option(
            names = "--steps",
            required = true,
            paramLabel = "K",
            description = "Gradient descent steps (0 reports the start).")
    int steps;

    @Option(
            names = "--learning-rate",
            required = true,
            paramLabel = "ETA",
            description = "The step size eta, a number greater than 0.")
    String learningRate;

    @Option(
            names = "--temperature",
            paramLabel = "T",
            defaultValue = "1",
            description = "The softmax temperature T > 0 (default: ${DEFAULT-VALUE}).")
    String temperature;

    @Option(names = "--json", description = "Print JSON instead of the summary.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        double eta = ArgumentText.number(learningRate, "--learning-rate");
        double t = ArgumentText.number(temperature, "--temperature");
        Workspace ws = InputFiles.read(workspaceFile, WorkspaceReader::read);
        String wsName = Echo.path(workspaceFile.toString());
        try {
            Trainable.require(ws);
            Detection.of(ws);
        } catch (IllegalArgumentException e) {
            throw new BadInput(wsName + ": " + e.getMessage());
        }
        List<TrainingExample> examples = InputFiles.read(examplesFile, ExamplesReader::read);
        Training start;
        try {
            start = Training.of(ws, examples, t);
        } catch (IllegalArgumentException e) {
            throw new BadInput(Echo.path(examplesFile.toString()) + ": " + e.getMessage());
        }
        TrainingRun run = TrainingRun.of(start, steps, eta);
        if (json) {
            JsonText.print(toJson(ws, run), spec.commandLine().getOut());
        } else {
            spec.commandLine().getOut().print(TrainSummary.of(run, steps, eta));
        }
        return 0;
    }

    static ObjectNode toJson(Workspace start, TrainingRun run) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("initialLoss", ArgumentText.jsonNumber(run.initial().loss()));
        root.set("initialGradient", filters(start.filters(), run.initial().gradients()));
        ArrayNode losses = root.putArray("losses");
        for (double l : run.losses()) {
            losses.add(ArgumentText.jsonNumber(l));
        }
        root.set("finalLoss", ArgumentText.jsonNumber(run.last().loss()));
        List<FilterSpec> learned = run.result().workspace().filters();
        root.set("filters", filters(learned, learned.stream().map(FilterSpec::filter).toList()));
        root.put("hits", run.last().hits());
        return root;
    }

    /** {@code [{"name", "weights", "bias"}]}: each filter's name with the values given. */
    private static ArrayNode filters(List<FilterSpec> names, List<Filter> values) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (int k = 0; k < names.size(); k++) {
            ObjectNode o = a.addObject();
            o.put("name", names.get(k).name());
            o.set("weights", WorkspaceWriter.weights(values.get(k)));
            o.set("bias", ArgumentText.jsonNumber(values.get(k).bias()));
        }
        return a;
    }
}
