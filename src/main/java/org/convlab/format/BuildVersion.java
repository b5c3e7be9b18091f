package org.convlab.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.util.Optional;
import java.util.Properties;

/**
 * The version the build stamped, free of JavaFX so that the About box and the command line both
 * show it.
 */
public final class BuildVersion {
    private BuildVersion() {}

    /**
     * The module's version when run as a module (the installer and {@code mvn javafx:run}), else
     * the Maven properties packed into the jar ({@code java -jar}), else "development build".
     */
    public static String current() {
        Optional<String> fromModule =
                Optional.ofNullable(BuildVersion.class.getModule().getDescriptor())
                        .flatMap(ModuleDescriptor::rawVersion);
        if (fromModule.isPresent()) {
            return fromModule.get();
        }
        try (InputStream in =
                BuildVersion.class.getResourceAsStream(
                        "/META-INF/maven/org.convlab/convlab/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank()) {
                    return v;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "development build";
    }
}
