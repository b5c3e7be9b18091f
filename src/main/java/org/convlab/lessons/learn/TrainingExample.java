package org.convlab.lessons.learn;

import java.util.Objects;
import org.convlab.conv.Image;

/**
 * One training example: an input image and the cell of the combined map D where the detector should
 * peak, given in D's frame (the maps' frame {@code detect --json} reports the argmax in; the row or
 * column may be negative when offsets shift D).
 */
public record TrainingExample(Image image, int row, int col) {
    public TrainingExample {
        Objects.requireNonNull(image, "image");
    }
}
