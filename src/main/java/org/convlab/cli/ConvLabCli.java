package org.convlab.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line over the core; it never touches the GUI toolkit, so it runs with no display.
 * Exit codes: 0 success, 2 bad input (a short message on stderr naming the problem), 1 an
 * internal error (a bug; still one line, no stack trace).
 */
public final class ConvLabCli {
    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for an internal error. */
    public static final int INTERNAL_ERROR = 1;
    /** Exit code for input the user can fix. */
    public static final int BAD_INPUT = 2;

    private ConvLabCli() {
    }

    /** Runs a command, writing UTF-8 to stdout and stderr, and returns the process exit code. */
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            return run(args, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs a command with the given streams (tests capture them) and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Top());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(ConvLabCli::onBadArguments);
        cl.setExecutionExceptionHandler((e, line, parsed) -> onFailure(e, line));
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int onBadArguments(ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        PrintWriter err = line.getErr();
        String name = line.getCommandSpec().qualifiedName();
        if (e instanceof UnmatchedArgumentException u && line.getCommandSpec().userObject() instanceof Top
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            err.println(name + ": unknown command '" + u.getUnmatched().get(0) + "'; the commands are params, detect and conv1d");
        } else {
            err.println(name + ": " + e.getMessage());
        }
        err.println("Try '" + name + " --help' for more.");
        return BAD_INPUT;
    }

    private static int onFailure(Exception e, CommandLine line) {
        PrintWriter err = line.getErr();
        String name = line.getCommandSpec().qualifiedName();
        if (e instanceof BadInput || e instanceof IllegalArgumentException) {
            err.println(name + ": " + e.getMessage());
            return BAD_INPUT;
        }
        err.println(name + ": internal error: " + e);
        return INTERNAL_ERROR;
    }

    /** The top level: names the subcommands; on its own it only explains itself. */
    @Command(name = "convlab", mixinStandardHelpOptions = true, version = "convlab 0.1.0",
            description = {"ConvLab teaches how convolution works in convolutional neural networks.",
                    "Without arguments, java -jar convlab.jar opens the app; with a command it runs here, "
                            + "without a display."},
            subcommands = {ParamsCommand.class, DetectCommand.class, Conv1dCommand.class},
            commandListHeading = "%nCommands:%n",
            footerHeading = "%nExamples:%n",
            footer = {"  convlab params --input 512x512x3 --kernel 5x5 --filters 3",
                    "  convlab detect lesson.json --json",
                    "  convlab conv1d --signal 6,7,8,1,2,3,5 --kernel 1,2,3",
                    "  convlab conv1d --signal 6,7,8,1,2,3,5 --kernel 1,2,3 --shift 2",
                    "",
                    "Exit status: 0 done, 2 bad input (message on stderr), 1 internal error.",
                    "Run 'convlab COMMAND --help' for a command's options."})
    static final class Top implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            throw new ParameterException(spec.commandLine(), "name a command: params, detect or conv1d");
        }
    }
}
