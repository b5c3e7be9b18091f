package org.convlab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line with its streams captured. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ConvLabCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
