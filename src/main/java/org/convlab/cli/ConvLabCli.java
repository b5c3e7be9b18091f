package org.convlab.cli;

/** The command line over the core; never touches JavaFX. */
public final class ConvLabCli {
    private ConvLabCli() {
    }

    /** Runs a command and returns the process exit code. */
    public static int run(String[] args) {
        return 2;
    }
}
