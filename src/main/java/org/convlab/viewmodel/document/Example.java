package org.convlab.viewmodel.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A ready workspace shipped inside the app (the same files as in {@code assets/examples/}), opened
 * from File ▸ Examples. Examples are never written to: Save on an example asks where to save.
 */
public record Example(String title, String fileName) {
    static final String FOLDER = "/org/convlab/examples/";

    /** The examples in menu order. */
    public static final List<Example> ALL =
            List.of(
                    new Example(
                            "Homework detector (streaks, filters A and B)",
                            "homework-detector.convlab"),
                    new Example(
                            "Chevron from parts (filters with offsets)", "chevron-offsets.convlab"),
                    new Example("Colour patches (3 channels)", "rgb-patches.convlab"));

    /** The file's text, read from the app's resources. */
    public String text() throws IOException {
        try (InputStream in = Example.class.getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                throw new IOException(
                        "the example " + fileName + " is missing from this build of ConvLab");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
