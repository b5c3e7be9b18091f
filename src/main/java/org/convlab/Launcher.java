package org.convlab;

import org.convlab.cli.ConvLabCli;

/**
 * Entry point of {@code convlab.jar}. With no arguments it opens the window; with a subcommand it
 * runs the command line. It is not an {@code Application} subclass, and the GUI class is only
 * touched in the no-argument branch, so the command line never loads or starts JavaFX and works
 * with no display at all.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            ConvLabApp.main(args);
        } else {
            System.exit(ConvLabCli.run(args));
        }
    }
}
