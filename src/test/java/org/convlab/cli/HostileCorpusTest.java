package org.convlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.convlab.CleanMessage;
import org.convlab.ExpectedMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the hostile corpus (src/test/resources/hostile: one folder per class of failure)
 * and every hostile command line ends with exit 0, or with exit 2 and one clean line: never a stack
 * trace, a control character, a library's class name or a second line.
 */
class HostileCorpusTest {
    static final Path HOSTILE = Path.of("src/test/resources/hostile");

    private static Properties expected() throws IOException {
        return ExpectedMessages.in(HOSTILE);
    }

    static Stream<String> files() throws IOException {
        try (Stream<Path> all = Files.walk(HOSTILE)) {
            return all
                    .filter(p -> p.toString().endsWith(".json"))
                    .map(p -> HOSTILE.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    /** The command lines of args/args.tsv: tabs between arguments, \e for ESC, \n for a newline. */
    static Stream<List<String>> commandLines() throws IOException {
        return Files.readAllLines(HOSTILE.resolve("args/args.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(
                        l ->
                                Arrays.stream(l.split("\t"))
                                        .map(
                                                a ->
                                                        a.replace("\\e", "\u001b")
                                                                .replace("\\n", "\n")
                                                                .replace(
                                                                        "{60000x}",
                                                                        "x".repeat(60000)))
                                        .toList());
    }

    @Test
    void everyRefusedFileHasAnExpectedMessageAndEveryClassHasFiles() throws IOException {
        List<String> refused = files().filter(f -> !f.contains("/accepted-")).toList();
        assertThat(expected().stringPropertyNames()).containsExactlyInAnyOrderElementsOf(refused);
        assertThat(files().map(f -> f.substring(0, f.indexOf('/'))).distinct())
                .containsExactlyInAnyOrder("memory", "overflow", "internals", "echo", "encoding");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void fileEndsWithExitZeroOrOneCleanLine(String name) throws IOException {
        CliRun r = CliRun.of("detect", HOSTILE.resolve(name).toString(), "--json");
        if (name.contains("/accepted-")) {
            assertThat(r.err()).isEmpty();
            assertThat(r.code()).isZero();
            assertThat(r.out()).startsWith("{\n  \"responses\": [");
            return;
        }
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        CleanMessage.checkStderr(r.err());
        assertThat(r.err()).contains(expected().getProperty(name));
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void commandLineEndsWithExitZeroOrOneCleanLine(List<String> args) {
        CliRun r = CliRun.of(args.toArray(String[]::new));
        if (r.code() == 0) {
            assertThat(r.err()).isEmpty();
            assertThat(args.get(0)).isEqualTo("params");
            return;
        }
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        CleanMessage.checkStderr(r.err());
    }

    @Test
    void debugAddsTheTraceAfterTheOneLine() {
        CliRun plain = CliRun.of("conv1d", "--signal", "1e308", "--kernel", "10");
        CliRun debug = CliRun.of("conv1d", "--signal", "1e308", "--kernel", "10", "--debug");
        assertThat(debug.code()).isEqualTo(plain.code()).isEqualTo(2);
        assertThat(debug.err()).startsWith(plain.err()).contains("\tat ");
        assertThat(plain.err().lines()).hasSize(1);
    }

    @Test
    void outOfMemoryIsOneLineWithExitOne() {
        java.io.StringWriter err = new java.io.StringWriter();
        Failures f = new Failures(new java.io.PrintWriter(err), false);
        assertThat(f.onFailure(new OutOfMemoryError("Java heap space"), "convlab detect"))
                .isEqualTo(1);
        CleanMessage.checkStderr(err.toString());
        assertThat(err.toString())
                .startsWith(
                        "convlab detect: internal error: ran out of memory (the Java heap holds at most ");
    }
}
