package org.convlab.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convlab.core.Workspace;

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

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(WorkspaceLimits.MAX_NESTING_DEPTH)
                            .maxStringLength(WorkspaceLimits.MAX_STRING_LENGTH)
                            .maxDocumentLength(WorkspaceLimits.MAX_FILE_BYTES)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)' for");

    private WorkspaceReader() {
    }

    /** Reads a workspace file; a missing or unreadable file is refused like a malformed one. */
    public static Workspace read(Path file) throws WorkspaceFormatException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new WorkspaceFormatException(file + " is a folder, not a workspace file");
            }
            long size = Files.size(file);
            if (size > WorkspaceLimits.MAX_FILE_BYTES) {
                throw tooLarge(size);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new WorkspaceFormatException("file not found: " + file, e);
        } catch (AccessDeniedException e) {
            throw new WorkspaceFormatException("cannot read " + file + ": permission denied", e);
        } catch (IOException | RuntimeException e) {
            throw new WorkspaceFormatException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return readBytes(bytes);
    }

    /** Reads a workspace from a stream (which is not closed). */
    public static Workspace read(InputStream in) throws WorkspaceFormatException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) WorkspaceLimits.MAX_FILE_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            throw new WorkspaceFormatException("cannot read the workspace: " + e.getMessage(), e);
        }
        if (bytes.length > WorkspaceLimits.MAX_FILE_BYTES) {
            throw tooLarge(bytes.length);
        }
        return readBytes(bytes);
    }

    /** Reads a workspace from JSON text. */
    public static Workspace read(String json) throws WorkspaceFormatException {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        try {
            return WorkspaceDecoder.decode(MAPPER.readTree(text));
        } catch (IOException e) {
            throw malformed(e);
        } catch (RuntimeException | StackOverflowError e) {
            throw unexpected(e);
        }
    }

    private static Workspace readBytes(byte[] bytes) throws WorkspaceFormatException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return WorkspaceDecoder.decode(MAPPER.readTree(bytes, start, bytes.length - start));
        } catch (IOException e) {
            throw malformed(e);
        } catch (RuntimeException | StackOverflowError e) {
            throw unexpected(e);
        }
    }

    private static WorkspaceFormatException tooLarge(long size) {
        return new WorkspaceFormatException("the file has " + size + " bytes; workspace files may be at most "
                + WorkspaceLimits.MAX_FILE_BYTES + " bytes (64 MiB)");
    }

    private static WorkspaceFormatException unexpected(Throwable e) {
        return new WorkspaceFormatException("the workspace could not be read: "
                + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()), e);
    }

    /** Turns a parser error into one line with the position, without Jackson's internals. */
    static WorkspaceFormatException malformed(IOException e) {
        if (e instanceof FieldRefusal r) {
            return r.toException();
        }
        String where = "";
        if (e instanceof JsonProcessingException p) {
            JsonLocation loc = p.getLocation();
            if (loc != null && loc.getLineNr() > 0) {
                where = " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            }
        }
        if (e instanceof StreamConstraintsException) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            if (msg.contains("nesting depth")) {
                return new WorkspaceFormatException("the JSON is nested too deeply" + where + "; at most "
                        + WorkspaceLimits.MAX_NESTING_DEPTH + " levels are allowed", e);
            }
            if (msg.startsWith("Document length")) {
                return new WorkspaceFormatException("the workspace is longer than "
                        + WorkspaceLimits.MAX_FILE_BYTES + " characters (64 MiB), the largest allowed", e);
            }
            if (msg.startsWith("String value length")) {
                return new WorkspaceFormatException("a string" + where + " is longer than "
                        + WorkspaceLimits.MAX_STRING_LENGTH + " characters, the largest allowed", e);
            }
            if (msg.startsWith("Number value length")) {
                return new WorkspaceFormatException("a number" + where + " has too many digits", e);
            }
            return new WorkspaceFormatException("the JSON is over a size limit" + where + ": " + firstLine(msg), e);
        }
        if (e instanceof JsonEOFException) {
            return new WorkspaceFormatException("the JSON ends too early" + where
                    + " (the file is truncated or a bracket is missing)", e);
        }
        String detail = firstLine(e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage());
        Matcher duplicate = DUPLICATE.matcher(detail);
        if (duplicate.find()) {
            return new WorkspaceFormatException("the field \"" + duplicate.group(1) + "\" appears twice" + where
                    + "; each field may appear once", e);
        }
        if (detail.startsWith("Non-standard token")) {
            // Jackson's hint names a parser switch; the user needs to know the value is not allowed.
            detail = detail.replaceFirst(": enable `.*` to allow$", "") + "; NaN and infinities are not allowed";
        }
        return new WorkspaceFormatException("malformed JSON" + where + ": " + detail, e);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable input";
        }
        String line = s.split("\n", 2)[0].trim();
        // Jackson appends where an unclosed bracket began; the position above already says where.
        int marker = line.indexOf(" (start marker at");
        if (marker >= 0) {
            line = line.substring(0, marker);
        }
        return line;
    }
}
