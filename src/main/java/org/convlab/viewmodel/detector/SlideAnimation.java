package org.convlab.viewmodel.detector;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.convlab.conv.CombinedMap;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.ResponseMap;

/**
 * The kernel sliding over the input, position by position in row-major order over the response
 * grid. Position {@code p} means cells 0..p of every map have been computed; the last position
 * shows the finished maps, which is where the animation rests. Time comes from outside ({@link
 * #tick}), so tests drive it without a clock.
 */
public final class SlideAnimation {
    private int rows = 1;
    private int cols = 1;
    private long lastTick = -1;
    private double carry;

    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position", 0);

    /** Index of the current position, 0 … count − 1. */
    public int getPosition() {
        return position.get();
    }

    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count", 1);

    /** Number of positions: rows × columns of the response grid. */
    public int getCount() {
        return count.get();
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper playing =
            new ReadOnlyBooleanWrapper(this, "playing", false);

    public boolean isPlaying() {
        return playing.get();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);

    /** Whether the slide is in progress (playing, or paused before the last position). */
    public boolean isActive() {
        return active.get();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 8);

    /** Positions per second while playing. */
    public double getSpeed() {
        return speed.get();
    }

    public void setSpeed(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    "animation speed must be a positive number of positions per second, got "
                            + value);
        }
        speed.set(value);
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    /**
     * Sets the grid the kernel slides over. An animation resting at the end stays at the end; one
     * in progress keeps its position when it still exists.
     */
    public void setGrid(int newRows, int newCols) {
        boolean atEnd = getPosition() >= getCount() - 1;
        rows = Math.max(1, newRows);
        cols = Math.max(1, newCols);
        count.set(rows * cols);
        if (atEnd && !isPlaying()) {
            position.set(getCount() - 1);
        } else {
            position.set(Math.min(getPosition(), getCount() - 1));
        }
        updateActive();
    }

    public int gridRows() {
        return rows;
    }

    public int gridCols() {
        return cols;
    }

    /** Row of the current position in the response grid. */
    public int row() {
        return getPosition() / cols;
    }

    /** Column of the current position in the response grid. */
    public int col() {
        return getPosition() % cols;
    }

    /** Whether response cell (y, x) has been computed at the current position. */
    public boolean isRevealed(int y, int x) {
        return !isActive() || (long) y * cols + x <= getPosition();
    }

    /** Starts playing; from the first position when resting at the end. */
    public void play() {
        if (getPosition() >= getCount() - 1) {
            position.set(0);
        }
        lastTick = -1;
        carry = 0;
        playing.set(true);
        updateActive();
    }

    public void pause() {
        playing.set(false);
        updateActive();
    }

    public void togglePlay() {
        if (isPlaying()) {
            pause();
        } else {
            play();
        }
    }

    /** One position forward (pauses); from the resting end it starts over at the first position. */
    public void step() {
        pause();
        if (getPosition() >= getCount() - 1) {
            seek(0);
        } else {
            seek(getPosition() + 1);
        }
    }

    /** One position back (pauses). */
    public void back() {
        pause();
        seek(Math.max(0, getPosition() - 1));
    }

    public void home() {
        pause();
        seek(0);
    }

    /** Jumps to the last position: the finished maps. */
    public void end() {
        pause();
        seek(getCount() - 1);
    }

    /** Moves to position {@code p}, clamped to the grid (a scrub slider's value). */
    public void seek(int p) {
        position.set(Math.max(0, Math.min(getCount() - 1, p)));
        updateActive();
    }

    /** Advances by speed × elapsed time; call once per frame with the frame's timestamp. */
    public void tick(long nowNanos) {
        if (!isPlaying()) {
            lastTick = -1;
            return;
        }
        if (lastTick >= 0) {
            carry += (nowNanos - lastTick) / 1e9 * getSpeed();
            int steps = (int) Math.floor(carry);
            carry -= steps;
            if (steps > 0) {
                int next = getPosition() + steps;
                if (next >= getCount() - 1) {
                    position.set(getCount() - 1);
                    playing.set(false);
                } else {
                    position.set(next);
                }
                updateActive();
            }
        }
        lastTick = nowNanos;
    }

    private void updateActive() {
        active.set(isPlaying() || getPosition() < getCount() - 1);
    }

    /**
     * Cells of map {@code m} the slide has not reached yet (drawn blank); null when not sliding.
     */
    boolean[] hiddenCells(ResponseMap m) {
        if (!isActive()) {
            return null;
        }
        boolean[] hidden = new boolean[m.height() * m.width()];
        for (int y = 0; y < m.height(); y++) {
            hideFrom(hidden, y, m.width(), lastRevealed(y, 0));
        }
        return hidden;
    }

    /**
     * Cells of the combined map not yet known: some filter's term (at its offset) is still hidden.
     * Null when not sliding.
     */
    boolean[] hiddenCombinedCells(CombinedMap c, List<FilterSpec> fs) {
        if (!isActive()) {
            return null;
        }
        boolean[] hidden = new boolean[c.height() * c.width()];
        for (int r = 0; r < c.height(); r++) {
            long known = Long.MAX_VALUE;
            for (FilterSpec f : fs) {
                known = Math.min(known, lastRevealed(r + c.top() + f.dy(), c.left() + f.dx()));
            }
            hideFrom(hidden, r, c.width(), known);
        }
        return hidden;
    }

    /**
     * The last column {@code col} of a map's row whose cell (y, {@code shift} + col) the slide has
     * reached; cells are revealed in reading order, so a row is revealed up to a column and no
     * further. Negative when none is; a map's whole grid is at most 2³¹ cells, so this is exact.
     */
    private long lastRevealed(int y, int shift) {
        return getPosition() - (long) y * cols - shift;
    }

    /** Marks row {@code y}'s cells after column {@code known} as hidden. */
    private static void hideFrom(boolean[] hidden, int y, int width, long known) {
        int from = (int) Math.max(0, Math.min(width - 1L, known) + 1);
        Arrays.fill(hidden, y * width + from, (y + 1) * width, true);
    }
}
