package org.convlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example in docs/command-line.md shows what the command really prints today. */
class CommandLineDocsTest {
    private static final Pattern EXAMPLE =
            Pattern.compile(
                    "```\\n\\$ java -jar target/convlab\\.jar ([^\\n]*)\\n(.*?)```",
                    Pattern.DOTALL);

    static Stream<String[]> examples() throws IOException {
        String doc = Files.readString(Path.of("docs/command-line.md"));
        List<String[]> found = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(doc);
        while (m.find()) {
            found.add(new String[] {m.group(1), m.group(2)});
        }
        return found.stream();
    }

    @Test
    void docsHaveAnExampleOfEveryCommandAndOfAnError() throws IOException {
        List<String> commands = examples().map(e -> e[0].split(" ")[0]).distinct().toList();
        assertThat(commands).contains("params", "detect", "conv1d");
        assertThat(examples().filter(e -> e[1].startsWith("convlab "))).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleOutputIsCurrent(String args, String shown) {
        CliRun r = CliRun.of(args.split(" "));
        assertThat(r.out() + r.err()).isEqualTo(shown);
    }
}
