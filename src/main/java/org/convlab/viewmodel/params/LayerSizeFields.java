package org.convlab.viewmodel.params;

import java.util.List;
import javafx.beans.value.ObservableValue;

/**
 * The six sizes that describe a conv layer's shape, as text fields: input height, width and
 * channels, the number of filters and the kernel's height and width. The lesson's layer and its
 * small matrix both start from them, with their own names and limits.
 */
public abstract class LayerSizeFields {
    private final IntegerField height;
    private final IntegerField width;
    private final IntegerField channels;
    private final IntegerField filters;
    private final IntegerField kernelHeight;
    private final IntegerField kernelWidth;

    /** The fields, in the order the screen shows them. */
    LayerSizeFields(IntegerField... inOrder) {
        if (inOrder.length != 6) {
            throw new IllegalArgumentException("a layer has six size fields");
        }
        height = inOrder[0];
        width = inOrder[1];
        channels = inOrder[2];
        filters = inOrder[3];
        kernelHeight = inOrder[4];
        kernelWidth = inOrder[5];
    }

    public IntegerField height() {
        return height;
    }

    public IntegerField width() {
        return width;
    }

    public IntegerField channels() {
        return channels;
    }

    public IntegerField filters() {
        return filters;
    }

    public IntegerField kernelHeight() {
        return kernelHeight;
    }

    public IntegerField kernelWidth() {
        return kernelWidth;
    }

    /** The size fields, in the order the screen shows them. */
    public List<IntegerField> fields() {
        return List.of(height, width, channels, filters, kernelHeight, kernelWidth);
    }

    /** Runs {@code recompute} whenever one of the six sizes or {@code others} changes. */
    final void recomputeOnChange(Runnable recompute, ObservableValue<?>... others) {
        for (IntegerField f :
                List.of(height, width, channels, filters, kernelHeight, kernelWidth)) {
            f.revisionProperty().addListener((obs, was, now) -> recompute.run());
        }
        for (ObservableValue<?> o : others) {
            o.addListener((obs, was, now) -> recompute.run());
        }
    }
}
