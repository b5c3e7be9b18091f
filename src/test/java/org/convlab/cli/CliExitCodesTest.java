package org.convlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exit 0 on success and on --help; exit 2 with one short line naming the problem on bad input. */
class CliExitCodesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            foo                                                         | convlab: unknown command 'foo'; the commands are params, detect, conv1d, train and worksheet
            --frobnicate                                                | convlab: Unknown option: '--frobnicate'
            params --input 512x512x --kernel 5x5 --filters 3            | convlab params: --input must look like HxWxC (e.g. 512x512x3), got '512x512x'
            params --input 512x512x3 --kernel 5 --filters 3             | convlab params: --kernel must look like KHxKW (e.g. 5x5), got '5'
            params --input 512x512x3 --kernel 5x5                       | convlab params: Missing required option: '--filters=N'
            params --input 512x512x3 --kernel 5x5 --filters 0           | convlab params: --filters must be at least 1, got 0
            params --input 512x512x3 --kernel 5x5 --filters three       | convlab params: Invalid value for option '--filters': 'three' is not an int
            params --input 512x512x3 --kernel 5x5 --filters 3 --stride 0 | convlab params: --stride must be at least 1, got 0
            params --input 512x512x3 --kernel 5x5 --filters 3 --padding -1 | convlab params: --padding must be valid, same, full or a whole number >= 0, got '-1'
            params --input 512x512x3 --kernel 5x5 --filters 3 --padding middle | convlab params: --padding must be valid, same, full or a whole number >= 0, got 'middle'
            params --input 4x4 --kernel 5x5 --filters 1                 | convlab params: the kernel (5×5 cells with dilation 1) is larger than the padded input (4×4), so the output would be empty
            params --input 512x512x3 --kernel 5x5x2 --filters 3         | convlab params: --kernel has 2 channels but the input has 3
            params --input 9x9 --kernel 9x9 --filters 1 --dilation 200000 | convlab params: the dilated kernel would span 1600001 cells; at most 1000000 are allowed
            params --input 512x512x3 --kernel 5x5 --filters 3 --bogus   | convlab params: Unknown option: '--bogus'
            detect                                                      | convlab detect: Missing required parameter: 'WORKSPACE.json'
            detect no/such/file.json                                    | convlab detect: file not found: no/such/file.json
            detect src/test/resources/workspaces/bad/unknown-matching.json | convlab detect: src/test/resources/workspaces/bad/unknown-matching.json: matching must be one of raw, zero-mean, ncc, ssd; got the string "xcorr"
            detect src/test/resources/workspaces/bad/truncated.json     | convlab detect: src/test/resources/workspaces/bad/truncated.json: the JSON ends too early at line 2, column 15
            conv1d --signal 1,2,x --kernel 1                            | convlab conv1d: --signal value 3 is 'x', not a number
            conv1d --signal 1,NaN --kernel 1                            | convlab conv1d: --signal value 2 is 'NaN'; only finite numbers are allowed
            conv1d --signal 1,2 --kernel 1,1e999                        | convlab conv1d: --kernel value 2 is '1e999'; only finite numbers are allowed
            conv1d --signal 1,2 --kernel 1,2,3                          | convlab conv1d: the kernel (3) is longer than the padded signal (2), so the output would be empty
            conv1d --signal 1,2 --kernel 1 --mode xcorr                 | convlab conv1d: --mode must be raw, zero-mean, ncc or ssd, got 'xcorr'
            conv1d --kernel 1                                           | convlab conv1d: Missing required option: '--signal=V,V,...'
            conv1d --signal 1,2 --kernel 1 --shift two                  | convlab conv1d: Invalid value for option '--shift': 'two' is not an int
            """)
    void badInputExitsWithTwoAndNamesTheProblem(String args, String message) {
        CliRun r = CliRun.of(args.trim().split("\\s+"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith(message);
        assertThat(r.err().lines().count()).isLessThanOrEqualTo(2);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void topLevelWithoutACommandAsksForOne() {
        CliRun r = CliRun.of("--json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("convlab: Unknown option: '--json'");
    }

    @Test
    void helpOnTheTopLevelListsEveryCommandWithExamples() {
        CliRun r = CliRun.of("--help");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                .startsWith("Usage: convlab [-hV] [COMMAND]")
                .containsPattern("\\n  params +Counts the weights and biases")
                .containsPattern("\\n  detect +Runs the detector of a workspace file")
                .containsPattern("\\n  conv1d +Slides a kernel along a 1D signal")
                .containsPattern("\\n  worksheet +Writes a printable PDF of exercises")
                .contains("Examples:")
                .contains("convlab params --input 512x512x3 --kernel 5x5 --filters 3")
                .contains("Exit status: 0 done, 2 bad input");
    }

    @ParameterizedTest
    @CsvSource({
        "params, --input=HxWxC",
        "detect, WORKSPACE.json",
        "conv1d, --signal=V,V,...",
        "worksheet, --seed=S"
    })
    void helpOnEachCommandShowsItsOptionsAndExamples(String command, String option) {
        CliRun r = CliRun.of(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .startsWith("Usage: convlab " + command)
                .contains(option)
                .contains("Examples:")
                .contains("convlab " + command + " ");
        assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void versionIsPrinted() {
        CliRun r = CliRun.of("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("convlab 0.1.0\n");
    }
}
