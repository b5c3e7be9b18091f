package org.convlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.convlab.conv.Activation;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.Workspace;
import org.convlab.format.WorkspaceWriter;
import org.convlab.lessons.learn.RandomProblems;
import org.convlab.lessons.learn.TrainingExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WS = "src/test/resources/training/x-detector.json";
    private static final String EX = "src/test/resources/training/x-examples.json";

    @TempDir Path dir;

    @Test
    void agreesWithAnIndependentReferenceOnRandomProblems() throws Exception {
        SplittableRandom rnd = new SplittableRandom(2026);
        for (int n = 0; n < 40; n++) {
            RandomProblems.Problem p = RandomProblems.of(rnd.nextLong());
            int steps = rnd.nextInt(6);
            double eta = 0.01 + rnd.nextDouble() * 0.3;
            Path ws = dir.resolve("ws" + n + ".json");
            Path ex = dir.resolve("ex" + n + ".json");
            WorkspaceWriter.write(p.workspace(), ws);
            Files.writeString(ex, examplesJson(p.examples()).toString());
            CliRun r =
                    CliRun.of(
                            "train",
                            ws.toString(),
                            ex.toString(),
                            "--steps",
                            Integer.toString(steps),
                            "--learning-rate",
                            Double.toString(eta),
                            "--temperature",
                            Double.toString(p.temperature()),
                            "--json");
            assertThat(r.err()).as("problem %d", n).isEmpty();
            JsonNode j = JSON.readTree(r.out());
            ReferenceTrainer.Result ref = reference(p).run(steps, eta);
            String what = "problem " + n;
            close(j.get("initialLoss"), ref.initialLoss(), what + " initialLoss");
            close(j.get("finalLoss"), ref.finalLoss(), what + " finalLoss");
            assertThat(j.get("losses")).hasSize(steps);
            for (int k = 0; k < steps; k++) {
                close(j.get("losses").get(k), ref.losses().get(k), what + " losses");
            }
            for (int k = 0; k < ref.filters().size(); k++) {
                JsonNode g = j.get("initialGradient").get(k);
                weights(g.get("weights"), ref.initialGradient().get(k), what + " gradient");
                close(g.get("bias"), ref.initialBiasGradient()[k], what + " bias gradient");
                JsonNode f = j.get("filters").get(k);
                assertThat(f.get("name").textValue()).isEqualTo("F" + k);
                weights(f.get("weights"), ref.filters().get(k).w, what + " filter");
                close(f.get("bias"), ref.filters().get(k).b, what + " bias");
            }
            assertThat(j.get("hits").intValue()).as(what + " hits").isEqualTo(ref.hits());
        }
    }

    @Test
    void summaryReportsLossHitsAndTheLearnedFilters() {
        CliRun r = CliRun.of("train", WS, EX, "--steps", "20", "--learning-rate", "0.5");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .startsWith(
                        "Trained 2 filters on 3 examples for 20 steps at learning rate 0.5,"
                                + " temperature 1\n")
                .contains("Hits (argmax of D at the target): 2 of 3 before, 3 of 3 after\n")
                .contains("Filter 'A' (3x3x1), bias 0\n");
    }

    @Test
    void zeroStepsReportTheStart() throws Exception {
        CliRun r = CliRun.of("train", WS, EX, "--steps", "0", "--learning-rate", "1", "--json");
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("losses")).isEmpty();
        assertThat(j.get("finalLoss").doubleValue()).isEqualTo(j.get("initialLoss").doubleValue());
        assertThat(j.at("/filters/1/weights/0").toString()).isEqualTo("[0.1,0,0]");
        assertThat(j.get("hits").intValue()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            --steps -1 --learning-rate 0.1            | convlab train: the number of steps must not be negative, got -1
            --steps 1 --learning-rate 0               | convlab train: the learning rate must be a number greater than 0, got 0
            --steps 1 --learning-rate -2              | convlab train: the learning rate must be a number greater than 0, got -2
            --steps 1 --learning-rate NaN             | convlab train: --learning-rate is 'NaN'; only finite numbers are allowed
            --steps 1 --learning-rate fast            | convlab train: --learning-rate is 'fast', not a number
            --steps 1 --learning-rate 1 --temperature 0 | src/test/resources/training/x-examples.json: the temperature must be a number greater than 0, got 0
            --learning-rate 1                         | convlab train: Missing required option: '--steps=K' (try 'convlab train --help')
            --steps 1                                 | convlab train: Missing required option: '--learning-rate=ETA' (try 'convlab train --help')
            """)
    void badOptionsExitTwoWithOneLine(String options, String message) {
        List<String> args = new ArrayList<>(List.of("train", WS, EX));
        args.addAll(List.of(options.trim().split(" +")));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(message.replace("src/", "convlab train: src/") + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            {"format":"convlab-examples","version":1,"examples":[]} | there are no examples to learn from
            {"format":"convlab-examples","version":1,"examples":[],"notes":1} | notes is not a field of the top level; the fields are format, version, examples
            {"format":"convlab-examples","version":1,"examples":[{"pixels":[[0]],"target":{"row":0,"col":0},"weight":2}]} | examples[0].weight is not a field of examples[0]; the fields are pixels, target
            {"format":"convlab-examples","version":1,"examples":[{"pixels":[[0]],"target":{"row":0,"col":0,"x":1}}]} | examples[0].target.x is not a field of examples[0].target; the fields are row, col
            {"format":"convlab-examples","version":1,"examples":[{"pixels":[[0]],"target":{"row":0,"col":0}}]} | example 0: the image is 1×1×1 but the workspace's image is 6×6×1
            {"format":"convlab-examples","version":1,"examples":[{"pixels":[[[0]],[[1]]],"target":{"row":0,"col":0}}]} | example 0: the image is 1×1×2 but the workspace's image is 6×6×1
            {"format":"convlab-examples","version":1,"examples":[{"pixels":[[0]]}]} | examples[0].target is missing
            {"format":"convlab-examples","version":1,"examples":[{"pixels":[[0]],"target":{"row":0.5,"col":0}}]} | examples[0].target.row must be a whole number, got 0.5
            {"format":"convlab-workspace","version":1} | format is the string "convlab-workspace", not "convlab-examples"; this is not a ConvLab examples file
            {"format":"convlab-examples","version":2,"examples":[]} | version 2 is not supported; this ConvLab reads version 1 (was the file saved by a newer ConvLab?)
            """)
    void badExamplesExitTwoWithOneLine(String json, String message) throws Exception {
        Path ex = dir.resolve("bad.json");
        Files.writeString(ex, json);
        CliRun r = CliRun.of("train", WS, ex.toString(), "--steps", "1", "--learning-rate", "1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("convlab train: " + ex + ": " + message + "\n");
    }

    @Test
    void targetOutsideDIsRefused() throws Exception {
        Path ex = dir.resolve("outside.json");
        Files.writeString(
                ex,
                examplesJson(List.of(new TrainingExample(Image.zeros(6, 6, 1), 4, 0))).toString());
        CliRun r = CliRun.of("train", WS, ex.toString(), "--steps", "1", "--learning-rate", "1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo(
                        "convlab train: "
                                + ex
                                + ": example 0: the target (row 4, col 0) is outside the combined"
                                + " map D, which covers rows 0..3 and columns 0..3\n");
    }

    @Test
    void nonRawMatchingIsRefused() throws Exception {
        Path ws = dir.resolve("ncc.json");
        Files.writeString(ws, Files.readString(Path.of(WS)).replace("\"raw\"", "\"ncc\""));
        CliRun r = CliRun.of("train", ws.toString(), EX, "--steps", "1", "--learning-rate", "1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo(
                        "convlab train: "
                                + ws
                                + ": training learns raw matching only, but the workspace's"
                                + " matching is ncc; set matching to raw\n");
    }

    private static ReferenceTrainer reference(RandomProblems.Problem p) {
        Workspace ws = p.workspace();
        List<ReferenceTrainer.Kernel> ks = new ArrayList<>();
        for (FilterSpec f : ws.filters()) {
            Filter k = f.filter();
            double[][][] w = new double[k.channels()][k.height()][k.width()];
            for (int c = 0; c < k.channels(); c++) {
                for (int i = 0; i < k.height(); i++) {
                    for (int j = 0; j < k.width(); j++) {
                        w[c][i][j] = k.get(c, i, j);
                    }
                }
            }
            ks.add(new ReferenceTrainer.Kernel(w, k.bias(), f.gain(), f.dx(), f.dy()));
        }
        ConvSettings s = ws.convolution();
        List<ReferenceTrainer.Example> ex = new ArrayList<>();
        for (TrainingExample e : p.examples()) {
            ex.add(new ReferenceTrainer.Example(cube(e.image()), e.row(), e.col()));
        }
        return new ReferenceTrainer(
                ks,
                new ReferenceTrainer.Settings(
                        s.padding().toString(),
                        s.stride(),
                        s.dilation(),
                        s.flip(),
                        ws.activation() == Activation.RELU),
                ex,
                p.temperature());
    }

    private static double[][][] cube(Image im) {
        double[][][] v = new double[im.channels()][im.height()][im.width()];
        for (int c = 0; c < im.channels(); c++) {
            for (int y = 0; y < im.height(); y++) {
                for (int x = 0; x < im.width(); x++) {
                    v[c][y][x] = im.get(c, y, x);
                }
            }
        }
        return v;
    }

    static ObjectNode examplesJson(List<TrainingExample> examples) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "convlab-examples");
        root.put("version", 1);
        ArrayNode list = root.putArray("examples");
        for (TrainingExample e : examples) {
            ObjectNode o = list.addObject();
            double[][][] v = cube(e.image());
            ArrayNode channels = JSON.createArrayNode();
            for (double[][] plane : v) {
                ArrayNode rows = channels.addArray();
                for (double[] row : plane) {
                    ArrayNode r = rows.addArray();
                    for (double x : row) {
                        r.add(x);
                    }
                }
            }
            o.set("pixels", v.length == 1 ? channels.get(0) : channels);
            o.putObject("target").put("row", e.row()).put("col", e.col());
        }
        return root;
    }

    private static void close(JsonNode actual, double expected, String what) {
        assertThat(actual.isNumber()).as(what).isTrue();
        assertThat(Math.abs(actual.doubleValue() - expected))
                .as(what + ": " + actual + " vs " + expected)
                .isLessThanOrEqualTo(1e-6 * Math.max(1, Math.abs(expected)));
    }

    private static void weights(JsonNode actual, double[][][] expected, String what) {
        for (int c = 0; c < expected.length; c++) {
            JsonNode plane = expected.length == 1 ? actual : actual.get(c);
            for (int i = 0; i < expected[0].length; i++) {
                for (int j = 0; j < expected[0][0].length; j++) {
                    close(plane.get(i).get(j), expected[c][i][j], what + " " + c + i + j);
                }
            }
        }
    }
}
