package org.convlab.viewmodel.detector;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.convlab.conv.Image;
import org.convlab.conv.Window;
import org.convlab.lessons.detector.StreakDirection;
import org.convlab.lessons.detector.StreakGenerator;

/**
 * The input image of the detector: the tool and brush, strokes, and the whole-image edits (clear,
 * invert, shift, resize, generate).
 */
public final class PaintingViewModel {
    private final DetectorViewModel vm;
    private PaintBuffer stroke;
    private double strokeValue;
    private boolean strokeIsLine;
    private int anchorRow;
    private int anchorCol;
    private int lastRow;
    private int lastCol;
    private Window linePreview;

    PaintingViewModel(DetectorViewModel vm) {
        this.vm = vm;
        tool = new SimpleObjectProperty<>(vm, "tool", Tool.PAINT);
        brushSize = new SimpleIntegerProperty(vm, "brushSize", 1);
    }

    private final ObjectProperty<Tool> tool;

    public Tool getTool() {
        return tool.get();
    }

    public void setTool(Tool value) {
        tool.set(value);
    }

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    private final IntegerProperty brushSize;

    /** Side of the square brush in cells (1 … 9). */
    public int getBrushSize() {
        return brushSize.get();
    }

    public void setBrushSize(int value) {
        if (value < 1 || value > 9) {
            throw new IllegalArgumentException(
                    "brush size must be between 1 and 9 cells, got " + value);
        }
        brushSize.set(value);
    }

    public IntegerProperty brushSizeProperty() {
        return brushSize;
    }

    /** Drops a stroke in progress without committing it (a load replaces the state). */
    void cancelStroke() {
        stroke = null;
    }

    /**
     * Starts a stroke at (row, col) painting {@code value} (1 ink, 0 erase); with {@code line} the
     * stroke is a straight line from here to wherever it ends. Cells outside the image are ignored.
     */
    public void beginStroke(int row, int col, double value, boolean line) {
        if (stroke != null) {
            endStroke();
        }
        // A many-channel image is painted in the channel the channel picker names (or in all).
        stroke = new PaintBuffer(vm.getWorkspace().image(), vm.channels().paintedChannel());
        strokeValue = value;
        strokeIsLine = line;
        anchorRow = row;
        anchorCol = col;
        lastRow = row;
        lastCol = col;
        linePreview = null;
        applyDab(stroke.line(row, col, row, col, getBrushSize(), value));
    }

    /** Continues the stroke to (row, col): a brush stroke fills the gap from the last point. */
    public void strokeTo(int row, int col) {
        if (stroke == null || (row == lastRow && col == lastCol)) {
            return;
        }
        Window changed;
        if (strokeIsLine) {
            Window restored = stroke.restore(linePreview);
            linePreview = stroke.line(anchorRow, anchorCol, row, col, getBrushSize(), strokeValue);
            changed = PaintBuffer.union(restored, linePreview);
            if (linePreview != null && restored != null) {
                linePreview = linePreview.union(restored);
            } else if (linePreview == null) {
                linePreview = restored;
            }
        } else {
            changed = stroke.line(lastRow, lastCol, row, col, getBrushSize(), strokeValue);
        }
        lastRow = row;
        lastCol = col;
        applyDab(changed);
    }

    private void applyDab(Window changed) {
        if (changed == null) {
            return;
        }
        vm.setLive(vm.getWorkspace().withImage(stroke.image()), changed);
    }

    /** Ends the stroke: one edit. */
    public void endStroke() {
        if (stroke == null) {
            return;
        }
        stroke = null;
        linePreview = null;
        vm.commit();
        vm.refreshFocusIfStale();
    }

    public boolean isStroking() {
        return stroke != null;
    }

    /** Sets every cell to 0. */
    public void clear() {
        Image img = vm.getWorkspace().image();
        vm.edit(
                vm.getWorkspace()
                        .withImage(Image.zeros(img.height(), img.width(), img.channels())));
        vm.say("Cleared the input");
    }

    /** Swaps 0 and 1 (v becomes 1 − v). */
    public void invert() {
        double[] d = vm.getWorkspace().image().toArray();
        for (int i = 0; i < d.length; i++) {
            d[i] = 1 - d[i];
        }
        Image img = vm.getWorkspace().image();
        vm.edit(
                vm.getWorkspace()
                        .withImage(Image.of(img.height(), img.width(), img.channels(), d)));
        vm.say("Inverted the input");
    }

    /**
     * Moves the picture by (dRow, dCol) cells; what leaves the grid is dropped, what comes in is 0.
     */
    public void shift(int dRow, int dCol) {
        Image img = vm.getWorkspace().image();
        int h = img.height();
        int w = img.width();
        double[] src = img.toArray();
        double[] d = new double[src.length];
        for (int c = 0; c < img.channels(); c++) {
            for (int y = 0; y < h; y++) {
                int sy = y - dRow;
                if (sy < 0 || sy >= h) {
                    continue;
                }
                for (int x = 0; x < w; x++) {
                    int sx = x - dCol;
                    if (sx >= 0 && sx < w) {
                        d[(c * h + y) * w + x] = src[(c * h + sy) * w + sx];
                    }
                }
            }
        }
        vm.edit(vm.getWorkspace().withImage(Image.of(h, w, img.channels(), d)));
    }

    /** Resizes the grid, keeping the cells that fit (anchored top-left). */
    public boolean resize(int height, int width) {
        if (height < DetectorViewModel.MIN_SIZE
                || height > DetectorViewModel.MAX_SIZE
                || width < DetectorViewModel.MIN_SIZE
                || width > DetectorViewModel.MAX_SIZE) {
            vm.refuse(
                    "the image must be between "
                            + DetectorViewModel.MIN_SIZE
                            + " and "
                            + DetectorViewModel.MAX_SIZE
                            + " cells on each side, got "
                            + height
                            + "×"
                            + width);
            return false;
        }
        Image img = vm.getWorkspace().image();
        double[] d = new double[height * width * img.channels()];
        for (int c = 0; c < img.channels(); c++) {
            for (int y = 0; y < Math.min(height, img.height()); y++) {
                for (int x = 0; x < Math.min(width, img.width()); x++) {
                    d[(c * height + y) * width + x] = img.get(c, y, x);
                }
            }
        }
        vm.clearSelection();
        vm.edit(vm.getWorkspace().withImage(Image.of(height, width, img.channels(), d)));
        vm.say("Resized the input to " + height + "×" + width);
        return true;
    }

    /** Replaces the input with seeded streaks (same seed, same image) at the current size. */
    public boolean generateStreaks(StreakDirection direction, int count, int length, long seed) {
        Image img = vm.getWorkspace().image();
        try {
            Image gen =
                    StreakGenerator.generate(
                            img.height(), img.width(), direction, count, length, seed);
            vm.edit(vm.getWorkspace().withImage(gen));
            vm.say(
                    "Generated "
                            + count
                            + " "
                            + direction.arrow()
                            + " streaks of length "
                            + length
                            + " with seed "
                            + seed);
            return true;
        } catch (IllegalArgumentException e) {
            vm.refuse(e.getMessage());
            return false;
        }
    }
}
