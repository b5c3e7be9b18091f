package org.convlab.cli;

import java.io.PrintWriter;
import org.convlab.conv.Echo;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every way a command can fail into exactly one line on stderr and an exit code: 2 for input
 * the user can fix, 1 for a bug. The line is passed through {@link Echo#line}, since picocli's own
 * messages repeat arguments as they were typed.
 */
final class Failures {
    private final PrintWriter err;
    private final boolean debug;

    Failures(PrintWriter err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    int onBadArguments(ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        String name = line.getCommandSpec().qualifiedName();
        String text;
        if (e instanceof UnmatchedArgumentException u
                && line.getCommandSpec().userObject() instanceof ConvLabCli.Top
                && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().get(0).startsWith("-")) {
            text =
                    "unknown command '"
                            + Echo.inside(u.getUnmatched().get(0))
                            + "'; the commands are params, detect, conv1d, train and worksheet";
        } else {
            text = e.getMessage();
        }
        say(name, text + " (try '" + name + " --help')", e);
        return ConvLabCli.BAD_INPUT;
    }

    int onFailure(Throwable e, String name) {
        if (e instanceof BadInput
                || e instanceof IllegalArgumentException && e.getMessage() != null) {
            say(name, e.getMessage(), e);
            return ConvLabCli.BAD_INPUT;
        }
        if (e instanceof OutOfMemoryError) {
            say(
                    name,
                    "internal error: ran out of memory (the Java heap holds at most "
                            + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                            + " MB); ConvLab's size limits should have "
                            + "refused this input, please report it",
                    e);
        } else if (e instanceof StackOverflowError) {
            say(
                    name,
                    "internal error: the input is nested too deeply to follow; please report it",
                    e);
        } else {
            say(name, "internal error; please report it, with the output of --debug", e);
        }
        return ConvLabCli.INTERNAL_ERROR;
    }

    private void say(String name, String text, Throwable e) {
        err.println(Echo.line(name + ": " + (text == null ? "failed" : text)));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
    }
}
