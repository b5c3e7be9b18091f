package org.convlab.viewmodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.convlab.format.BuildVersion;

/** What the About box says: name, version, licence and the libraries ConvLab stands on. */
public final class AppInfo {
    /** A library ConvLab ships with, and its licence. */
    public record Credit(String name, String use, String licence) {}

    public static final String NAME = "ConvLab";
    public static final String TAGLINE =
            "See how convolution works in convolutional neural networks.";

    public static final List<Credit> CREDITS =
            List.of(
                    new Credit(
                            "OpenJFX (JavaFX)",
                            "windows, controls and drawing",
                            "GPL v2 with the Classpath Exception"),
                    new Credit("ControlsFX", "extra controls", "BSD 3-Clause"),
                    new Credit("Jackson", "workspace files (JSON)", "Apache License 2.0"),
                    new Credit("picocli", "the command line", "Apache License 2.0"));

    private AppInfo() {}

    /**
     * The version the build stamped: the module's version when run as a module (the installer and
     * {@code mvn javafx:run}), else the Maven properties packed into the jar ({@code java -jar}).
     */
    public static String version() {
        return BuildVersion.current();
    }

    /** The full MIT licence text, the same as the LICENSE file at the root of the repository. */
    public static String licence() {
        try (InputStream in = AppInfo.class.getResourceAsStream("LICENSE.txt")) {
            if (in == null) {
                throw new IllegalStateException("LICENSE.txt is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
