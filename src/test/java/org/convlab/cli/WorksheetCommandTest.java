package org.convlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorksheetCommandTest {
    @TempDir Path dir;

    @Test
    void writesTheSheetAndSaysSo() throws IOException {
        Path out = dir.resolve("sheet.pdf");
        CliRun r =
                CliRun.of(
                        "worksheet",
                        "--seed",
                        "7",
                        "--lesson",
                        "all",
                        "--count",
                        "6",
                        "--out",
                        out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                .isEqualTo(
                        "Wrote "
                                + out
                                + ": 6 exercises from seed 7 (all lessons, a4), answer key on the"
                                + " last pages.\n");
        assertThat(Files.readString(out, java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            --seed 1 --lesson pooling --count 3       | convlab worksheet: --lesson must be detector, params, shift or all, got 'pooling'
            --seed 1 --lesson all --count 0           | convlab worksheet: --count must be from 1 to 100, got 0
            --seed 1 --lesson all --count 101         | convlab worksheet: --count must be from 1 to 100, got 101
            --seed 1 --lesson all --count -4          | convlab worksheet: --count must be from 1 to 100, got -4
            --seed 1 --lesson all --count 3 --paper a3 | convlab worksheet: --paper must be a4 or letter, got 'a3'
            --seed x --lesson all --count 3           | convlab worksheet: Invalid value for option '--seed': 'x' is not a long
            --lesson all --count 3                    | convlab worksheet: Missing required option: '--seed=S'
            """)
    void badInputExitsTwoWithOneLine(String args, String message) {
        String[] given = (args.trim() + " --out " + dir.resolve("s.pdf")).split(" +");
        String[] all = new String[given.length + 1];
        all[0] = "worksheet";
        System.arraycopy(given, 0, all, 1, given.length);
        CliRun r = CliRun.of(all);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err().trim()).startsWith(message);
        assertThat(Files.exists(dir.resolve("s.pdf"))).isFalse();
    }

    /** Two shift exercises to {@code out}. */
    private static CliRun twoExercisesTo(Path out) {
        return CliRun.of(
                "worksheet",
                "--seed",
                "1",
                "--lesson",
                "shift",
                "--count",
                "2",
                "--out",
                out.toString());
    }

    @Test
    void anUnwritablePlaceExitsTwoNamingIt() {
        CliRun missing = twoExercisesTo(dir.resolve("nowhere/s.pdf"));
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().trim())
                .isEqualTo(
                        "convlab worksheet: cannot write "
                                + dir.resolve("nowhere/s.pdf")
                                + ": its folder does not exist");
        CliRun folder = twoExercisesTo(dir);
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err().lines()).hasSize(1);
        assertThat(folder.err()).contains("is a folder");
    }
}
