package org.convlab.format;

import org.convlab.conv.WorkCost;
import org.convlab.conv.Workspace;

/**
 * The largest workspace ConvLab reads, documented in {@code docs/workspace-format.md}. The limits
 * keep a damaged or hostile file from exhausting memory before the user sees a message; every
 * lesson fits far inside them.
 */
public final class WorkspaceLimits {
    /** Largest file, in bytes (64 MiB). */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** Largest image height and width. */
    public static final int MAX_IMAGE_SIDE = 4096;

    /** Most image channels (grey, RGB, RGBA). */
    public static final int MAX_CHANNELS = 4;

    /** Largest kernel height and width. */
    public static final int MAX_KERNEL_SIDE = 64;

    /** Most filters in the bank. */
    public static final int MAX_FILTERS = 32;

    /** Largest stride and dilation. */
    public static final int MAX_STRIDE_OR_DILATION = 64;

    /** Largest explicit padding on each side. */
    public static final int MAX_PADDING = 1024;

    /** Largest filter offset (dx, dy) in either direction. */
    public static final int MAX_OFFSET = 4096;

    /**
     * Most response cells of all filters together (2^20); the other budgets of the work a file asks
     * for (image values, multiply-adds, row buffers) are in {@link WorkCost}.
     */
    public static final long MAX_TOTAL_MAP_CELLS = WorkCost.MAX_MAP_CELLS;

    /** Deepest JSON nesting (the format itself needs 5 levels; GUI extras get room to spare). */
    public static final int MAX_NESTING_DEPTH = 32;

    /** Longest filter name, in characters. */
    public static final int MAX_NAME_LENGTH = 200;

    /** Longest JSON string of any kind, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;

    private WorkspaceLimits() {}

    /**
     * Refuses a workspace built in memory that breaks a limit or whose kernel does not fit, with
     * the message the reader would give for the same file. {@link WorkspaceWriter} runs this before
     * writing; the GUI can run it to warn before the user tries to save.
     */
    public static void check(Workspace ws) throws WorkspaceFormatException {
        try {
            WorkspaceChecks.all(ws);
        } catch (FieldRefusal r) {
            throw r.toException();
        }
    }
}
