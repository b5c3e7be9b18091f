package org.convlab.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.convlab.format.BuildVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line over the core; it never touches the GUI toolkit, so it runs with no display.
 * Exit codes: 0 success, 2 bad input (a short message on stderr naming the problem), 1 an internal
 * error (a bug; still one line, no stack trace).
 */
public final class ConvLabCli {
    /** Exit code for success. */
    public static final int OK = 0;

    /** Exit code for an internal error. */
    public static final int INTERNAL_ERROR = 1;

    /** Exit code for input the user can fix. */
    public static final int BAD_INPUT = 2;

    /** Anywhere on the command line: a failure's stack trace follows its one line. */
    static final String DEBUG = "--debug";

    private ConvLabCli() {}

    /** Runs a command, writing UTF-8 to stdout and stderr, and returns the process exit code. */
    public static int run(String[] args) {
        PrintWriter out =
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err =
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            return run(args, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Runs a command with the given streams (tests capture them) and returns the exit code.
     * Whatever happens, stderr gets at most one line: every failure, out-of-memory and stack
     * overflow included, is caught here. {@code --debug} anywhere adds the stack trace after it.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains(DEBUG);
        String[] rest = Arrays.stream(args).filter(a -> !DEBUG.equals(a)).toArray(String[]::new);
        Failures failures = new Failures(err, debug);
        int code;
        try {
            CommandLine cl = new CommandLine(new Top());
            cl.setOut(out);
            cl.setErr(err);
            cl.setParameterExceptionHandler(failures::onBadArguments);
            cl.setExecutionExceptionHandler(
                    (e, line, parsed) ->
                            failures.onFailure(e, line.getCommandSpec().qualifiedName()));
            code = cl.execute(rest);
        } catch (
                Throwable t) { // OutOfMemoryError and StackOverflowError too: the user gets a line,
            // not a trace
            code = failures.onFailure(t, "convlab" + commandName(rest));
        }
        out.flush();
        err.flush();
        return code;
    }

    /** "convlab" and the version the build stamped, for {@code --version} on every command. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"convlab " + BuildVersion.current()};
        }
    }

    /**
     * " detect" when the arguments name a command, else "": for a message raised outside picocli.
     */
    private static String commandName(String[] args) {
        for (String a : args) {
            if (a.equals("params")
                    || a.equals("detect")
                    || a.equals("conv1d")
                    || a.equals("worksheet")
                    || a.equals("train")) {
                return " " + a;
            }
        }
        return "";
    }

    /** The top level: names the subcommands; on its own it only explains itself. */
    @Command(
            name = "convlab",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = {
                "ConvLab teaches how convolution works in convolutional neural networks.",
                "Without arguments, java -jar convlab.jar opens the app; with a command it runs here, "
                        + "without a display."
            },
            subcommands = {
                ParamsCommand.class,
                DetectCommand.class,
                Conv1dCommand.class,
                WorksheetCommand.class,
                TrainCommand.class
            },
            commandListHeading = "%nCommands:%n",
            footerHeading = "%nExamples:%n",
            footer = {
                "  convlab params --input 512x512x3 --kernel 5x5 --filters 3",
                "  convlab detect lesson.json --json",
                "  convlab conv1d --signal 6,7,8,1,2,3,5 --kernel 1,2,3",
                "  convlab conv1d --signal 6,7,8,1,2,3,5 --kernel 1,2,3 --shift 2",
                "  convlab worksheet --seed 7 --lesson all --count 6 --out sheet.pdf",
                "  convlab train lesson.json examples.json --steps 100 --learning-rate 0.05",
                "",
                "Exit status: 0 done, 2 bad input (one line on stderr), 1 internal error.",
                "--debug anywhere adds the stack trace of a failure.",
                "Run 'convlab COMMAND --help' for a command's options."
            })
    static final class Top implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            throw new ParameterException(
                    spec.commandLine(),
                    "name a command: params, detect, conv1d, train or worksheet");
        }
    }
}
