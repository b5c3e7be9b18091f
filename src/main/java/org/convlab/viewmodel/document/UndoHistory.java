package org.convlab.viewmodel.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.Workspace;

/**
 * The undo and redo stacks of workspaces. Workspaces are immutable and an edit replaces only what
 * it changes, so consecutive snapshots share their unchanged image and filters; the memory bound
 * counts each distinct image or filter once. Images are kept packed ({@link PackedImage}): a
 * painted 0/1 image in one bit per value, an imported k/255 image in one byte. When either the step
 * limit or the memory budget is exceeded the oldest undo steps are dropped (never the newest).
 *
 * <p>The defaults keep 500 steps within 256 MB. A step costs the image it changed: at 512×512×3 a
 * painted image takes 96 KB and an imported one 768 KB, so all 500 or at least 330 steps fit; only
 * images of arbitrary values (6 MB at 512×512×3) bring it down to 42.
 */
public final class UndoHistory {
    public static final int DEFAULT_MAX_STEPS = 500;
    public static final long DEFAULT_MAX_BYTES = 256L << 20;

    /**
     * One step: the state to return to and what the edit was, for the menu ("Undo edit of filter
     * A").
     */
    public record Step(Workspace state, String label) {}

    /** A step as stored: the workspace with a stand-in image, and the packed image. */
    private record Entry(Workspace rest, PackedImage image, String label) {
        Step step() {
            Workspace r = rest;
            return new Step(r.withImage(image.unpack()), label);
        }
    }

    private final int maxSteps;
    private final long maxBytes;
    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final Map<Object, Integer> references = new IdentityHashMap<>();

    /**
     * The last image packed and its form: consecutive edits that keep the image (filter or settings
     * edits) share one packed copy. Only this one image is held beyond the stacks.
     */
    private Image lastImage;

    private PackedImage lastPacked;
    private final Map<Integer, Image> standIns = new HashMap<>();
    private long bytes;

    public UndoHistory() {
        this(DEFAULT_MAX_STEPS, DEFAULT_MAX_BYTES);
    }

    public UndoHistory(int maxSteps, long maxBytes) {
        if (maxSteps < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("the undo history needs room for at least one step");
        }
        this.maxSteps = maxSteps;
        this.maxBytes = maxBytes;
    }

    /** Records an edit that left {@code before}; a new edit makes the redo steps meaningless. */
    public void record(Workspace before, String label) {
        while (!redo.isEmpty()) {
            release(redo.removeFirst());
        }
        undo.addFirst(entry(before, label));
        while (undo.size() > maxSteps || (bytes > maxBytes && undo.size() > 1)) {
            release(undo.removeLast());
        }
    }

    /** Steps back from {@code current}, or empty when there is nothing to undo. */
    public Optional<Step> undo(Workspace current) {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Entry e = undo.removeFirst();
        Step s = e.step();
        release(e);
        redo.addFirst(entry(current, e.label()));
        return Optional.of(s);
    }

    /** Steps forward from {@code current}, or empty when there is nothing to redo. */
    public Optional<Step> redo(Workspace current) {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Entry e = redo.removeFirst();
        Step s = e.step();
        release(e);
        undo.addFirst(entry(current, e.label()));
        return Optional.of(s);
    }

    public void clear() {
        undo.clear();
        redo.clear();
        references.clear();
        lastImage = null;
        lastPacked = null;
        bytes = 0;
    }

    public int undoSize() {
        return undo.size();
    }

    public int redoSize() {
        return redo.size();
    }

    /** The label of the step Undo would take back, or empty. */
    public Optional<String> nextUndoLabel() {
        return undo.isEmpty() ? Optional.empty() : Optional.of(undo.peekFirst().label());
    }

    public Optional<String> nextRedoLabel() {
        return redo.isEmpty() ? Optional.empty() : Optional.of(redo.peekFirst().label());
    }

    /** Distinct packed-image and filter bytes held by the stacks. */
    public long bytes() {
        return bytes;
    }

    private Entry entry(Workspace ws, String label) {
        Image image = ws.image();
        PackedImage p;
        if (image == lastImage && references.containsKey(lastPacked)) {
            p = lastPacked;
        } else {
            p = PackedImage.of(image);
            lastImage = image;
            lastPacked = p;
        }
        retain(p, p.bytes());
        // The image object itself is not kept: the entry holds a 1×1 stand-in with the same
        // channels.
        Image standIn = standIns.computeIfAbsent(image.channels(), c -> Image.zeros(1, 1, c));
        Workspace rest = ws.withImage(standIn);
        for (FilterSpec f : ws.filters()) {
            retain(
                    f.filter(),
                    8L * f.filter().height() * f.filter().width() * f.filter().channels());
        }
        return new Entry(rest, p, label);
    }

    private void retain(Object o, long size) {
        if (references.merge(o, 1, Integer::sum) == 1) {
            bytes += size;
        }
    }

    private void release(Entry e) {
        drop(e.image(), e.image().bytes());
        for (FilterSpec f : e.rest().filters()) {
            drop(f.filter(), 8L * f.filter().height() * f.filter().width() * f.filter().channels());
        }
    }

    /** True when the last reference went. */
    private boolean drop(Object o, long size) {
        Integer n = references.get(o);
        if (n == null) {
            return false;
        }
        if (n == 1) {
            references.remove(o);
            bytes -= size;
            return true;
        }
        references.put(o, n - 1);
        return false;
    }
}
