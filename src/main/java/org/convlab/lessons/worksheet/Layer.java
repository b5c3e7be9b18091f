package org.convlab.lessons.worksheet;

import org.convlab.conv.ConvSettings;
import org.convlab.conv.Geometry;
import org.convlab.conv.Padding;
import org.convlab.lessons.params.ParameterTally;

/**
 * The conv layer of a lesson 2 exercise: a K×K kernel on an H×W×C input, N filters with biases. The
 * parameters lesson shows the same layer when the exercise is opened in the app.
 */
public record Layer(
        int height,
        int width,
        int channels,
        int filters,
        int kernel,
        Padding padding,
        int stride,
        int dilation) {

    public ConvSettings settings() {
        return new ConvSettings(padding, stride, dilation, false);
    }

    /** Output size and padding, by the formula the whole app uses; refuses an empty output. */
    public Geometry geometry() {
        return Geometry.of(height, width, kernel, kernel, settings());
    }

    /** The parameters lesson's tallies of this layer. */
    public ParameterTally tally() {
        return ParameterTally.of(
                height, width, channels, filters, kernel, kernel, settings(), true);
    }

    /** "28×28×3". */
    public String inputText() {
        return height + "×" + width + "×" + channels;
    }
}
