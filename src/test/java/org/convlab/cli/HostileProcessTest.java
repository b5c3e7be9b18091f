package org.convlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.convlab.CleanMessage;
import org.convlab.FreshJvm;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The budgets hold in a JVM of the size the issue names, -Xmx512m: every accepted hostile file, and
 * files built right at the budgets (the largest map, the most multiply-adds, the largest image, the
 * heaviest JSON), end with exit 0 or with exit 2 and one clean line, well within the 15 s the issue
 * allows (the design target is 5 s on an idle machine; this one may be shared).
 */
class HostileProcessTest {
    private static final long MAX_MILLIS = 15_000;

    @TempDir static Path dir;

    static Stream<String> cases() throws IOException {
        Stream<String> accepted =
                HostileCorpusTest.files()
                        .filter(f -> f.contains("/accepted-"))
                        .map(f -> HostileCorpusTest.HOSTILE.resolve(f).toString());
        return Stream.concat(
                accepted,
                Stream.of(
                        "generated:largest-map",
                        "generated:most-multiply-adds",
                        "generated:largest-image",
                        "generated:empty-arrays",
                        "generated:over-the-map-budget"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsWithinBudgetAt512Megabytes(String name) throws Exception {
        Path file =
                name.startsWith("generated:")
                        ? generate(name.substring("generated:".length()))
                        : Path.of(name);
        long start = System.nanoTime();
        FreshJvm.Result r =
                FreshJvm.run(
                        List.of("-Xmx512m", "-XX:+UseSerialGC"),
                        "org.convlab.Launcher",
                        "detect",
                        file.toString(),
                        "--json");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.finished()).isTrue();
        assertThat(millis).as("milliseconds for " + name).isLessThan(MAX_MILLIS);
        boolean refused = name.endsWith("empty-arrays") || name.endsWith("over-the-map-budget");
        if (refused) {
            assertThat(r.exit()).isEqualTo(2);
            CleanMessage.checkStderr(
                    r.err().lines().filter(l -> !l.startsWith("WARNING")).reduce("", String::concat)
                            + "\n");
        } else {
            assertThat(r.err().lines().filter(l -> !l.startsWith("WARNING"))).isEmpty();
            assertThat(r.exit()).isZero();
            assertThat(r.out()).startsWith("{\n  \"responses\": [").endsWith("}\n");
        }
    }

    private static Path generate(String kind) throws IOException {
        Path f = dir.resolve(kind + ".json");
        if (Files.exists(f)) {
            return f;
        }
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            switch (kind) {
                // 1024 × 1024 = 2^20 cells, the map budget, of values with 17 digits: the longest
                // output
                case "largest-map" -> workspace(w, 1026, 1026, 3, "raw", "");
                // 1024 × 1024 cells × 22 × 22 taps in NCC, just under 2^29 multiply-adds
                case "most-multiply-adds" -> workspace(w, 1045, 1045, 22, "ncc", "");
                // 1448 × 1448 values, just under 2^21, read with stride 2
                case "largest-image" ->
                        workspace(w, 1448, 1448, 1, "raw", ", \"convolution\": {\"stride\": 2}");
                // one more map row than the budget allows
                case "over-the-map-budget" -> workspace(w, 1027, 1026, 3, "raw", "");
                default -> {
                    w.write(
                            "{\"format\": \"convlab-workspace\", \"version\": 1, \"image\": {\"pixels\": [[1]]}, \"filters\": [],"
                                    + " \"x\": [");
                    for (int i = 0; i < 1_500_000; i++) {
                        w.write(i == 0 ? "[]" : ",[]");
                    }
                    w.write("]}");
                }
            }
        }
        return f;
    }

    private static void workspace(Writer w, int h, int wd, int k, String mode, String more)
            throws IOException {
        Random rnd = new Random(7);
        w.write("{\"format\": \"convlab-workspace\", \"version\": 1, \"image\": {\"pixels\": [");
        rows(w, rnd, h, wd);
        w.write("]}, \"filters\": [{\"weights\": [");
        rows(w, rnd, k, k);
        w.write("]}], \"matching\": \"" + mode + "\"" + more + "}");
    }

    /** h rows of w random values in [0, 1), written with all their digits. */
    private static void rows(Writer w, Random rnd, int h, int width) throws IOException {
        for (int y = 0; y < h; y++) {
            w.write(y == 0 ? "[" : ",\n[");
            for (int x = 0; x < width; x++) {
                w.write((x == 0 ? "" : ",") + rnd.nextDouble());
            }
            w.write("]");
        }
    }
}
