package org.convlab.lessons.worksheet;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.convlab.conv.NumberText;
import org.convlab.conv.Padding;
import org.convlab.lessons.params.ParameterTally;

/**
 * Lesson 2: the parameters of a conv layer against a dense layer with the same input and output,
 * answered by {@link ParameterTally}, the parameters lesson's own count.
 */
public record CountExercise(int number, Layer layer) implements LayerExercise {
    private static final int[] SIZES = {8, 16, 28, 32, 64, 128, 224, 512};
    private static final int[] FILTERS = {1, 2, 3, 4, 8, 16, 32, 64};

    static CountExercise draw(int number, Random random) {
        int h = SIZES[random.nextInt(SIZES.length)];
        int c = random.nextBoolean() ? 1 : 3;
        int k = random.nextBoolean() ? 3 : 5;
        int n = FILTERS[random.nextInt(FILTERS.length)];
        Padding p = random.nextBoolean() ? Padding.VALID : Padding.SAME;
        return new CountExercise(number, new Layer(h, h, c, n, k, p, 1, 1));
    }

    @Override
    public String title() {
        return "Parameters: conv against dense";
    }

    @Override
    public List<Block> question() {
        Layer l = layer;
        return List.of(
                new Block.Text(
                        "A conv layer has "
                                + l.filters()
                                + (l.filters() == 1 ? " filter" : " filters")
                                + " of "
                                + l.kernel()
                                + "×"
                                + l.kernel()
                                + "×"
                                + l.channels()
                                + ", each with a bias, on a "
                                + l.inputText()
                                + " input ("
                                + SizeExercise.paddingText(l.padding())
                                + " padding, stride 1)."),
                new Block.Answer("Output shape H′ × W′ × N ="),
                new Block.Answer("Conv layer: weights + biases ="),
                new Block.Answer("Dense layer, same input and output: weights + biases ="));
    }

    @Override
    public List<String> answers() {
        ParameterTally t = layer.tally();
        String out = t.outHeight() + "·" + t.outWidth() + "·" + t.filters();
        return List.of(
                "Output H′ × W′ × N = "
                        + t.outHeight()
                        + " × "
                        + t.outWidth()
                        + " × "
                        + t.filters(),
                "Conv: "
                        + t.filters()
                        + "·"
                        + t.kernelHeight()
                        + "·"
                        + t.kernelWidth()
                        + "·"
                        + t.inChannels()
                        + " = "
                        + n(t.convWeights())
                        + " weights + "
                        + biases(t.convBiases())
                        + " = "
                        + n(t.convTotal()),
                "Dense: ("
                        + t.inHeight()
                        + "·"
                        + t.inWidth()
                        + "·"
                        + t.inChannels()
                        + ")·("
                        + out
                        + ") = "
                        + n(t.denseWeights())
                        + " weights + "
                        + biases(t.denseBiases())
                        + " = "
                        + n(t.denseTotal()));
    }

    private static String biases(BigInteger v) {
        return n(v) + (v.equals(BigInteger.ONE) ? " bias" : " biases");
    }

    private static String n(BigInteger v) {
        return NumberText.grouped(v);
    }
}
