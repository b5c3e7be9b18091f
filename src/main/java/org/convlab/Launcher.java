package org.convlab;

import org.convlab.cli.ConvLabCli;

/**
 * Entry point of {@code convlab.jar}. With no arguments, or just a workspace file, it opens the
 * window; with a subcommand it runs the command line. It is not an {@code Application} subclass, and the GUI class is only
 * touched in the window branch, so the command line never loads or starts JavaFX and works
 * with no display at all.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (StartArguments.opensWindow(args)) {
            ConvLabApp.main(args);
        } else {
            System.exit(ConvLabCli.run(args));
        }
    }
}
