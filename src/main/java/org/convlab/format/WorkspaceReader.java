package org.convlab.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.convlab.conv.Echo;
import org.convlab.conv.Workspace;

/**
 * Reads a ConvLab workspace file ({@code docs/workspace-format.md}). Every problem, from a
 * truncated file to a kernel that does not fit, becomes a {@link WorkspaceFormatException} whose
 * message names the field (as a path such as {@code filters[1].weights[2][0]}) and says what is
 * wrong; nothing else escapes, so callers can show the message as it is.
 */
public final class WorkspaceReader {
    /** The value of the {@code format} field. */
    public static final String FORMAT = "convlab-workspace";

    /** The one version this reader understands. */
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY =
            JsonFactory.builder()
                    .streamReadConstraints(
                            StreamReadConstraints.builder()
                                    .maxNestingDepth(WorkspaceLimits.MAX_NESTING_DEPTH)
                                    .maxStringLength(WorkspaceLimits.MAX_STRING_LENGTH)
                                    .maxNameLength(WorkspaceLimits.MAX_STRING_LENGTH)
                                    .maxDocumentLength(WorkspaceLimits.MAX_FILE_BYTES)
                                    .build())
                    .build();

    private static final ObjectMapper MAPPER =
            JsonMapper.builder(FACTORY)
                    .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build();

    private WorkspaceReader() {}

    /** Reads a workspace file; a missing or unreadable file is refused like a malformed one. */
    public static Workspace read(Path file) throws WorkspaceFormatException {
        return readBytes(fileBytes(file, "workspace"));
    }

    /**
     * The bytes of a {@code kind} file ("workspace", "examples"), refusing a folder, a missing or
     * unreadable file and one over the size limit.
     */
    static byte[] fileBytes(Path file, String kind) throws WorkspaceFormatException {
        String name = Echo.path(file.toString());
        try {
            if (Files.isDirectory(file)) {
                throw new WorkspaceFormatException(name + " is a folder, not a " + kind + " file");
            }
            long size = Files.size(file);
            if (size > WorkspaceLimits.MAX_FILE_BYTES) {
                throw tooLarge(size, kind);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new WorkspaceFormatException("file not found: " + name, e);
        } catch (AccessDeniedException e) {
            throw new WorkspaceFormatException("cannot read " + name + ": permission denied", e);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            throw new WorkspaceFormatException(
                    "cannot read " + name + " (the system refused to read it)", e);
        }
    }

    /** Reads a workspace from a stream (which is not closed). */
    public static Workspace read(InputStream in) throws WorkspaceFormatException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) WorkspaceLimits.MAX_FILE_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            throw new WorkspaceFormatException(
                    "cannot read the workspace (the system refused to read it)", e);
        }
        if (bytes.length > WorkspaceLimits.MAX_FILE_BYTES) {
            throw tooLarge(bytes.length, "workspace");
        }
        return readBytes(bytes);
    }

    /**
     * Reads a workspace from JSON text: its weight is checked in one streaming pass ({@link
     * JsonWeight}) before the tree is built.
     */
    public static Workspace read(String json) throws WorkspaceFormatException {
        return parse(json, WorkspaceDecoder::decode, "workspace");
    }

    /** How a JSON tree becomes a value, refusing with a field path. */
    interface Decoder<T> {
        T decode(JsonNode root) throws FieldRefusal;
    }

    /**
     * Parses JSON text (weighed first, see {@link JsonWeight}) and decodes it; every failure
     * becomes one {@link WorkspaceFormatException} naming the problem, {@code what} naming the
     * document in the fallback message.
     */
    static <T> T parse(String json, Decoder<T> decoder, String what)
            throws WorkspaceFormatException {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        try {
            JsonWeight.check(FACTORY, text);
            return decoder.decode(MAPPER.readTree(text));
        } catch (IOException e) {
            throw JsonSyntax.malformed(e);
        } catch (StackOverflowError e) {
            throw new WorkspaceFormatException("the JSON is nested too deeply to read", e);
        } catch (RuntimeException e) {
            // A refusal the decoder missed; its text may be a library's, so it is not shown.
            throw new WorkspaceFormatException(
                    "the " + what + " could not be read: a value is not what its field needs", e);
        }
    }

    private static Workspace readBytes(byte[] bytes) throws WorkspaceFormatException {
        return read(WorkspaceText.decode(bytes));
    }

    private static WorkspaceFormatException tooLarge(long size, String kind) {
        return new WorkspaceFormatException(
                "the file has "
                        + size
                        + " bytes; "
                        + kind
                        + " files may be at most "
                        + WorkspaceLimits.MAX_FILE_BYTES
                        + " bytes (64 MiB)");
    }
}
