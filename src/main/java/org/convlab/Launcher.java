package org.convlab;

import java.util.Locale;
import org.convlab.cli.ConvLabCli;

/**
 * Entry point of {@code convlab.jar}. With no arguments, or just a workspace file, it opens the
 * window; with a subcommand it runs the command line. It is not an {@code Application} subclass,
 * and the GUI class is only touched in the window branch, so the command line never loads or starts
 * JavaFX and works with no display at all.
 */
public final class Launcher {
    private Launcher() {}

    /** On Linux and other X11 systems a window needs DISPLAY or WAYLAND_DISPLAY. */
    static boolean noDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")
                || os.contains("mac")
                || "Monocle".equals(System.getProperty("glass.platform"))) {
            return false;
        }
        return isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public static void main(String[] args) {
        if (StartArguments.opensWindow(args)) {
            if (noDisplay()) {
                System.err.println(
                        "convlab: no display to open the window on (DISPLAY is not set)."
                                + " The command line works without one: convlab --help");
                System.exit(2);
            }
            ConvLabApp.main(args);
        } else {
            System.exit(ConvLabCli.run(args));
        }
    }
}
