package org.convlab.format;

import com.fasterxml.jackson.databind.JsonNode;
import org.convlab.conv.Image;

/** The {@code image} object: declared sizes (optional, but they must agree) and the pixels. */
final class ImageDecoder {
    /** The image's sizes as the file declares them, each optional. */
    private record Declared(
            Integer height, Integer width, Integer channels, Bound.HandRead pixels) {}

    private ImageDecoder() {}

    static Image image(JsonNode node) throws FieldRefusal {
        Declared d = Bound.bind(node, "image", Declared.class);
        GridDecoder.Grid g =
                GridDecoder.decode(
                        Fields.required(node, "pixels", "image.pixels"),
                        "image.pixels",
                        WorkspaceLimits.MAX_CHANNELS,
                        WorkspaceLimits.MAX_IMAGE_SIDE);
        if (d.channels() != null) {
            int c = d.channels();
            if (c < 1 || c > WorkspaceLimits.MAX_CHANNELS) {
                throw new FieldRefusal(
                        "image.channels must be between 1 and "
                                + WorkspaceLimits.MAX_CHANNELS
                                + ", got "
                                + c);
            }
            if (!g.nested() && c != 1) {
                throw new FieldRefusal(
                        "image.pixels is a plain [H][W] array, which holds 1 channel, but image.channels is "
                                + c
                                + "; write the pixels as [C][H][W]");
            }
            if (c != g.channels()) {
                throw new FieldRefusal(
                        "image.channels is "
                                + c
                                + " but image.pixels has "
                                + g.channels()
                                + " channels");
            }
        }
        if (d.height() != null) {
            int h = d.height();
            if (h != g.height()) {
                throw new FieldRefusal(
                        "image.height is " + h + " but image.pixels has " + g.height() + " rows");
            }
        }
        if (d.width() != null) {
            int w = d.width();
            if (w != g.width()) {
                throw new FieldRefusal(
                        "image.width is "
                                + w
                                + " but the rows of image.pixels have "
                                + g.width()
                                + " values");
            }
        }
        return Image.of(g.height(), g.width(), g.channels(), g.values());
    }
}
