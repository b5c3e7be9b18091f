package org.convlab;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** A corpus's expected-messages.properties: file name → a fragment of the message it gets. */
public final class ExpectedMessages {
    private ExpectedMessages() {}

    public static Properties in(Path folder) throws IOException {
        Properties p = new Properties();
        try (Reader r =
                Files.newBufferedReader(
                        folder.resolve("expected-messages.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
