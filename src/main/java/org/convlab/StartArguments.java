package org.convlab;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.convlab.format.WorkspaceFiles;

/**
 * How the arguments choose between window and command line. Kept free of JavaFX so that {@link
 * Launcher} can decide before any JavaFX class is loaded.
 */
public final class StartArguments {
    private StartArguments() {}

    /**
     * Whether these arguments start the window: none at all, or a single workspace file (a path or
     * a {@code file:} URI ending in {@code .convlab}, as a file manager passes it on a
     * double-click).
     */
    public static boolean opensWindow(String[] args) {
        return args.length == 0 || (args.length == 1 && workspaceFile(args[0]).isPresent());
    }

    /** The workspace file named by one argument, if it names one. */
    public static Optional<Path> workspaceFile(String arg) {
        if (!arg.toLowerCase(Locale.ROOT).endsWith(WorkspaceFiles.EXTENSION)
                || arg.startsWith("-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(arg.startsWith("file:") ? Path.of(URI.create(arg)) : Path.of(arg));
        } catch (IllegalArgumentException e) { // a bad URI, or an InvalidPathException
            return Optional.empty();
        }
    }
}
