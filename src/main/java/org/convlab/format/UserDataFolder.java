package org.convlab.format;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where ConvLab keeps its own files (autosave): {@code $XDG_DATA_HOME/convlab} or {@code
 * ~/.local/share/convlab} on Linux, {@code %APPDATA%\ConvLab} on Windows and {@code
 * ~/Library/Application Support/ConvLab} on macOS. The system property {@value #OVERRIDE} replaces
 * it (tests, portable installs).
 */
public final class UserDataFolder {
    public static final String OVERRIDE = "convlab.dataDir";

    private UserDataFolder() {}

    public static Path resolve() {
        return resolve(
                System.getProperties().getProperty(OVERRIDE),
                System.getProperty("os.name", ""),
                System.getProperty("user.home", "."),
                System.getenv());
    }

    static Path resolve(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "ConvLab")
                    : Path.of(home, "AppData", "Roaming", "ConvLab");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "ConvLab");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "convlab");
        }
        return Path.of(home, ".local", "share", "convlab");
    }
}
