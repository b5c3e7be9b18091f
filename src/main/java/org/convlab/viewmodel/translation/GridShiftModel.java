package org.convlab.viewmodel.translation;

import static org.convlab.viewmodel.translation.Phrases.num;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.convlab.conv.Activation;
import org.convlab.conv.Argmax;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Correlation2D;
import org.convlab.conv.Filter;
import org.convlab.conv.Image;
import org.convlab.conv.MatchMode;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.Window;
import org.convlab.lessons.shift.ImageShift;

/**
 * The 2D panel: a small binary image with a diagonal streak, one 3×3 diagonal filter, and a shift
 * the user applies with arrow keys. Both response maps and their argmax are computed live, with
 * stride 1 or 2, so the panel can show equivariance and how stride breaks it.
 */
public final class GridShiftModel {
    /** Side of the square image. */
    public static final int SIZE = 16;

    private final Image image = defaultImage();
    private final Filter filter =
            Filter.ofRows(new double[][] {{1, -1, -1}, {-1, 1, -1}, {-1, -1, 1}});

    public GridShiftModel() {
        shiftY.addListener((o, a, b) -> update());
        shiftX.addListener((o, a, b) -> update());
        stride.addListener((o, a, b) -> update());
        update();
    }

    private static Image defaultImage() {
        double[] d = new double[SIZE * SIZE];
        // the pattern: a diagonal streak of three pixels
        for (int i = 0; i < 3; i++) {
            d[(6 + i) * SIZE + 6 + i] = 1;
        }
        // a distractor the filter should not prefer: a horizontal stroke
        for (int x = 2; x < 5; x++) {
            d[12 * SIZE + x] = 1;
        }
        return Image.of(SIZE, SIZE, 1, d);
    }

    public Image getImage() {
        return image;
    }

    public Filter getFilter() {
        return filter;
    }

    private final IntegerProperty shiftY = new SimpleIntegerProperty(this, "shiftY", 0);

    public int getShiftY() {
        return shiftY.get();
    }

    public IntegerProperty shiftYProperty() {
        return shiftY;
    }

    private final IntegerProperty shiftX = new SimpleIntegerProperty(this, "shiftX", 0);

    public int getShiftX() {
        return shiftX.get();
    }

    public IntegerProperty shiftXProperty() {
        return shiftX;
    }

    private final IntegerProperty stride = new SimpleIntegerProperty(this, "stride", 1);

    public int getStride() {
        return stride.get();
    }

    /** 1 or 2. */
    public void setStride(int value) {
        if (value != 1 && value != 2) {
            throw new IllegalArgumentException("the stride here is 1 or 2, got " + value);
        }
        stride.set(value);
    }

    public IntegerProperty strideProperty() {
        return stride;
    }

    /**
     * Moves the image one more step; refuses to go further than the image is wide (everything would
     * be gone) and says so in {@link #summaryProperty()} instead of moving.
     */
    public boolean move(int dy, int dx) {
        int ny = shiftY.get() + dy;
        int nx = shiftX.get() + dx;
        if (Math.abs(ny) >= SIZE || Math.abs(nx) >= SIZE) {
            return false;
        }
        shiftY.set(ny);
        shiftX.set(nx);
        return true;
    }

    /**
     * Sets the shift (rows, columns) at once, as a guided lesson does; refuses
     * (IllegalArgumentException) a shift of the image's size or more, after which nothing is left.
     */
    public void setShift(int dy, int dx) {
        if (Math.abs(dy) >= SIZE || Math.abs(dx) >= SIZE) {
            throw new IllegalArgumentException(
                    "the image can move by less than "
                            + SIZE
                            + " pixels each way, got ("
                            + dy
                            + ", "
                            + dx
                            + ")");
        }
        shiftY.set(dy);
        shiftX.set(dx);
    }

    public void reset() {
        shiftY.set(0);
        shiftX.set(0);
    }

    private final ReadOnlyObjectWrapper<Image> shifted =
            new ReadOnlyObjectWrapper<>(this, "shifted");

    /** The image after the shift. */
    public Image getShifted() {
        return shifted.get();
    }

    public ReadOnlyObjectProperty<Image> shiftedProperty() {
        return shifted.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<ResponseMap> responseBefore =
            new ReadOnlyObjectWrapper<>(this, "responseBefore");

    public ResponseMap getResponseBefore() {
        return responseBefore.get();
    }

    public ReadOnlyObjectProperty<ResponseMap> responseBeforeProperty() {
        return responseBefore.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<ResponseMap> responseAfter =
            new ReadOnlyObjectWrapper<>(this, "responseAfter");

    public ResponseMap getResponseAfter() {
        return responseAfter.get();
    }

    public ReadOnlyObjectProperty<ResponseMap> responseAfterProperty() {
        return responseAfter.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Argmax> argmaxBefore =
            new ReadOnlyObjectWrapper<>(this, "argmaxBefore");

    public Argmax getArgmaxBefore() {
        return argmaxBefore.get();
    }

    public ReadOnlyObjectProperty<Argmax> argmaxBeforeProperty() {
        return argmaxBefore.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Argmax> argmaxAfter =
            new ReadOnlyObjectWrapper<>(this, "argmaxAfter");

    public Argmax getArgmaxAfter() {
        return argmaxAfter.get();
    }

    public ReadOnlyObjectProperty<Argmax> argmaxAfterProperty() {
        return argmaxAfter.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /** What happened to the best match, in sentences from the live numbers. */
    public String getSummary() {
        return summary.get();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The image window the argmax of {@code map} reads. */
    public static Window windowOf(ResponseMap map, Argmax a) {
        return map.window(a.row(), a.col());
    }

    private void update() {
        int dy = shiftY.get();
        int dx = shiftX.get();
        int s = stride.get();
        ConvSettings settings = ConvSettings.DEFAULT.withStride(s);
        Image moved = ImageShift.shift(image, dy, dx);
        ResponseMap before =
                Correlation2D.compute(image, filter, settings, MatchMode.RAW, Activation.NONE);
        ResponseMap after =
                Correlation2D.compute(moved, filter, settings, MatchMode.RAW, Activation.NONE);
        Argmax a = Argmax.of(before.toArray(), before.height(), before.width());
        Argmax b = Argmax.of(after.toArray(), after.height(), after.width());
        shifted.set(moved);
        responseBefore.set(before);
        responseAfter.set(after);
        argmaxBefore.set(a);
        argmaxAfter.set(b);
        summary.set(describe(a, b, dy, dx, s, ImageShift.lostCells(image, dy, dx), before, after));
    }

    private static String describe(
            Argmax a,
            Argmax b,
            int dy,
            int dx,
            int s,
            int lost,
            ResponseMap before,
            ResponseMap after) {
        String head =
                "Image moved by ("
                        + signed(dy)
                        + ", "
                        + signed(dx)
                        + ") pixels (rows, columns). Maximum "
                        + num(a.max())
                        + " at ("
                        + a.row()
                        + ", "
                        + a.col()
                        + ") before; "
                        + num(b.max())
                        + " at ("
                        + b.row()
                        + ", "
                        + b.col()
                        + ") after.";
        if (dy == 0 && dx == 0) {
            return head + " Press the arrows to move the image.";
        }
        boolean sameValue = Double.compare(a.max(), b.max()) == 0;
        int my = b.row() - a.row();
        int mx = b.col() - a.col();
        if (lost > 0) {
            return head
                    + " "
                    + lost
                    + " black pixel"
                    + (lost == 1 ? " was" : "s were")
                    + " pushed out of the frame, so the border, not the"
                    + " convolution, decides what is left: exact equivariance needs the pattern to stay inside.";
        }
        if (s == 1) {
            if (sameValue && my == dy && mx == dx) {
                return head
                        + " The value is unchanged (invariant) and the position moved by exactly the shift (equivariant).";
            }
            return head
                    + " The maximum moved by ("
                    + signed(my)
                    + ", "
                    + signed(mx)
                    + "), not by the shift: the pattern's window"
                    + " met the edge of the valid output.";
        }
        if (dy % s == 0 && dx % s == 0) {
            if (!(sameValue && my * s == dy && mx * s == dx)) {
                return head
                        + " The shift is a multiple of the stride "
                        + s
                        + ", yet the maximum moved by ("
                        + signed(my)
                        + ", "
                        + signed(mx)
                        + ") cells: the pattern's window met the edge of the output.";
            }
            return head
                    + " The shift is a multiple of the stride "
                    + s
                    + ", so the output moved by ("
                    + signed(my)
                    + ", "
                    + signed(mx)
                    + ") cells = ("
                    + signed(dy)
                    + ", "
                    + signed(dx)
                    + ") pixels, value unchanged: equivariant on the coarser grid.";
        }
        return head
                + " With stride "
                + s
                + " the output cells are "
                + s
                + " pixels apart: a shift by ("
                + signed(dy)
                + ", "
                + signed(dx)
                + ") would need the output to move by ("
                + frac(dy, s)
                + ", "
                + frac(dx, s)
                + ") cells, which do not exist. The kernel now"
                + " samples different windows, so the maximum "
                + (sameValue
                        ? "happens to keep its value but sits elsewhere"
                        : "changed from " + num(a.max()) + " to " + num(b.max()))
                + ": a shift by 1 is not a shift of the output.";
    }

    private static String signed(int v) {
        return v > 0 ? "+" + v : num(v);
    }

    private static String frac(int v, int s) {
        if (v % s == 0) {
            return signed(v / s);
        }
        return signed(v) + "/" + s;
    }
}
