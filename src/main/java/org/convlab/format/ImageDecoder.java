package org.convlab.format;

import com.fasterxml.jackson.databind.JsonNode;
import org.convlab.conv.Image;

/** The {@code image} object: declared sizes (optional, but they must agree) and the pixels. */
final class ImageDecoder {
    private ImageDecoder() {}

    static Image image(JsonNode node) throws FieldRefusal {
        Fields.requireObject(node, "image");
        Fields.requireKnown(node, "image", "height", "width", "channels", "pixels");
        GridDecoder.Grid g =
                GridDecoder.decode(
                        Fields.required(node, "pixels", "image.pixels"),
                        "image.pixels",
                        WorkspaceLimits.MAX_CHANNELS,
                        WorkspaceLimits.MAX_IMAGE_SIDE);
        JsonNode declaredChannels = node.get("channels");
        if (declaredChannels != null) {
            int c = Fields.wholeNumber(declaredChannels, "image.channels");
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
        JsonNode declaredHeight = node.get("height");
        if (declaredHeight != null) {
            int h = Fields.wholeNumber(declaredHeight, "image.height");
            if (h != g.height()) {
                throw new FieldRefusal(
                        "image.height is " + h + " but image.pixels has " + g.height() + " rows");
            }
        }
        JsonNode declaredWidth = node.get("width");
        if (declaredWidth != null) {
            int w = Fields.wholeNumber(declaredWidth, "image.width");
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
