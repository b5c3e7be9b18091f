package org.convlab.lessons.worksheet;

import java.util.List;
import java.util.Random;
import org.convlab.conv.Geometry;
import org.convlab.conv.Padding;

/**
 * Lesson 2: the output size of one layer with padding, stride and dilation, answered by {@link
 * Geometry}, the one place the app computes it.
 */
public record SizeExercise(int number, Layer layer) implements LayerExercise {
    private static final int[] SIZES = {7, 9, 12, 15, 16, 20, 28, 32, 33, 64};
    private static final Padding[] PADDINGS = {
        Padding.VALID, Padding.SAME, Padding.FULL, Padding.explicit(1), Padding.explicit(2)
    };

    static SizeExercise draw(int number, Random random) {
        int h = SIZES[random.nextInt(SIZES.length)];
        int w = random.nextInt(3) == 0 ? SIZES[random.nextInt(SIZES.length)] : h;
        int k = 2 * random.nextInt(3) + 3;
        Padding p = PADDINGS[random.nextInt(PADDINGS.length)];
        int s = 1 + random.nextInt(3);
        // only a 3×3 kernel is dilated: then every kernel spans at most 7 cells and every input
        // has at least 7, so no output is empty
        int d = k == 3 && random.nextInt(2) == 0 ? 2 : 1;
        return new SizeExercise(number, new Layer(h, w, 1, 1, k, p, s, d));
    }

    @Override
    public String title() {
        return "Output size";
    }

    @Override
    public List<Block> question() {
        Layer l = layer;
        return List.of(
                new Block.Text(
                        "A "
                                + l.kernel()
                                + "×"
                                + l.kernel()
                                + " kernel slides over an input of "
                                + l.height()
                                + "×"
                                + l.width()
                                + " cells with padding "
                                + paddingText(l.padding())
                                + ", stride "
                                + l.stride()
                                + " and dilation "
                                + l.dilation()
                                + ". How many rows and columns does the output have?"),
                new Block.Text(
                        "Hint: H′ = floor((H + padding before + padding after − d·(K − 1) − 1) / s) + 1."),
                new Block.Answer("Padding on each side (before, after):"),
                new Block.Answer("H′ × W′ ="));
    }

    static String paddingText(Padding p) {
        return switch (p.kind()) {
            case VALID -> "valid (none)";
            case SAME -> "same";
            case FULL -> "full";
            case EXPLICIT -> p.amount() + " (zeros on every side)";
        };
    }

    @Override
    public List<String> answers() {
        Geometry g = layer.geometry();
        return List.of(
                "Padding: rows "
                        + g.padTop()
                        + " before, "
                        + g.padBottom()
                        + " after; columns "
                        + g.padLeft()
                        + " before, "
                        + g.padRight()
                        + " after",
                "H′ = floor(("
                        + g.inHeight()
                        + " + "
                        + g.padTop()
                        + " + "
                        + g.padBottom()
                        + " − "
                        + g.dilation()
                        + "·"
                        + (g.kernelHeight() - 1)
                        + " − 1) / "
                        + g.stride()
                        + ") + 1 = "
                        + g.outHeight(),
                "W′ = floor(("
                        + g.inWidth()
                        + " + "
                        + g.padLeft()
                        + " + "
                        + g.padRight()
                        + " − "
                        + g.dilation()
                        + "·"
                        + (g.kernelWidth() - 1)
                        + " − 1) / "
                        + g.stride()
                        + ") + 1 = "
                        + g.outWidth(),
                "H′ × W′ = " + g.outHeight() + " × " + g.outWidth());
    }
}
