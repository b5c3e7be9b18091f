package org.convlab.format;

import java.nio.file.Path;
import java.util.List;
import org.convlab.lessons.learn.TrainingExample;

/**
 * Reads a training examples file ({@code docs/examples-format.md}): images with the cell of the
 * combined map where the detector should peak. Every problem becomes a {@link
 * WorkspaceFormatException} whose message names the field, as for workspaces.
 */
public final class ExamplesReader {
    /** The value of the {@code format} field. */
    public static final String FORMAT = "convlab-examples";

    /** The one version this reader understands. */
    public static final int VERSION = 1;

    /** Examples in one file. */
    public static final int MAX_EXAMPLES = 10_000;

    private ExamplesReader() {}

    /** Reads an examples file; a missing or unreadable file is refused like a malformed one. */
    public static List<TrainingExample> read(Path file) throws WorkspaceFormatException {
        return read(WorkspaceText.decode(WorkspaceReader.fileBytes(file, "examples")));
    }

    /** Reads examples from JSON text. */
    public static List<TrainingExample> read(String json) throws WorkspaceFormatException {
        return WorkspaceReader.parse(json, ExamplesDecoder::decode, "examples file");
    }
}
