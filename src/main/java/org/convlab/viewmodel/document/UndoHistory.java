package org.convlab.viewmodel.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.convlab.core.FilterSpec;
import org.convlab.core.Workspace;

/**
 * The undo and redo stacks of workspaces. Workspaces are immutable and an edit replaces only what
 * it changes, so consecutive snapshots share their unchanged image and filters; the memory bound
 * counts each distinct image or filter once. When either the step limit or the memory budget is
 * exceeded the oldest undo steps are dropped (never the newest).
 *
 * <p>The defaults keep 500 steps within 256 MB of pixel and weight data: at the homework's
 * 32×32 that is all 500 steps; at 512×512×1 (2 MB per changed image) at least 128 paint strokes,
 * at 512×512×3 at least 42.
 */
public final class UndoHistory {
    public static final int DEFAULT_MAX_STEPS = 500;
    public static final long DEFAULT_MAX_BYTES = 256L << 20;

    /** One step: the state to return to and what the edit was, for the menu ("Undo edit of filter A"). */
    public record Step(Workspace state, String label) {
    }

    private final int maxSteps;
    private final long maxBytes;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final Map<Object, Integer> references = new IdentityHashMap<>();
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
        push(undo, new Step(before, label));
        while (undo.size() > maxSteps || (bytes > maxBytes && undo.size() > 1)) {
            release(undo.removeLast());
        }
    }

    /** Steps back from {@code current}, or empty when there is nothing to undo. */
    public Optional<Step> undo(Workspace current) {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Step s = undo.removeFirst();
        release(s);
        push(redo, new Step(current, s.label()));
        return Optional.of(s);
    }

    /** Steps forward from {@code current}, or empty when there is nothing to redo. */
    public Optional<Step> redo(Workspace current) {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Step s = redo.removeFirst();
        release(s);
        push(undo, new Step(current, s.label()));
        return Optional.of(s);
    }

    public void clear() {
        undo.clear();
        redo.clear();
        references.clear();
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

    /** Distinct image and filter bytes held by the stacks. */
    public long bytes() {
        return bytes;
    }

    private void push(Deque<Step> stack, Step s) {
        stack.addFirst(s);
        retain(s.state().image(), 8L * s.state().image().height() * s.state().image().width() * s.state().image().channels());
        for (FilterSpec f : s.state().filters()) {
            retain(f.filter(), 8L * f.filter().height() * f.filter().width() * f.filter().channels());
        }
    }

    private void retain(Object o, long size) {
        if (references.merge(o, 1, Integer::sum) == 1) {
            bytes += size;
        }
    }

    private void release(Step s) {
        Workspace w = s.state();
        drop(w.image(), 8L * w.image().height() * w.image().width() * w.image().channels());
        for (FilterSpec f : w.filters()) {
            drop(f.filter(), 8L * f.filter().height() * f.filter().width() * f.filter().channels());
        }
    }

    private void drop(Object o, long size) {
        Integer n = references.get(o);
        if (n == null) {
            return;
        }
        if (n == 1) {
            references.remove(o);
            bytes -= size;
        } else {
            references.put(o, n - 1);
        }
    }
}
