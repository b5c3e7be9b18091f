package org.convlab.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.convlab.conv.Image;
import org.convlab.lessons.learn.TrainingExample;

/** Turns a parsed examples file into training examples, refusing with the field's path. */
final class ExamplesDecoder {
    private ExamplesDecoder() {}

    static List<TrainingExample> decode(JsonNode root) throws FieldRefusal {
        FormatHeader.check(
                root,
                ExamplesReader.FORMAT,
                ExamplesReader.VERSION,
                "an examples file",
                "a ConvLab examples file");
        Fields.requireKnown(root, "", "format", "version", "examples");
        JsonNode list = Fields.required(root, "examples", "examples");
        if (!list.isArray()) {
            throw new FieldRefusal(
                    "examples must be an array of examples, got " + Fields.describe(list));
        }
        if (list.size() > ExamplesReader.MAX_EXAMPLES) {
            throw new FieldRefusal(
                    "examples has "
                            + list.size()
                            + " entries; at most "
                            + ExamplesReader.MAX_EXAMPLES
                            + " are allowed");
        }
        List<TrainingExample> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(example(list.get(i), "examples[" + i + "]"));
        }
        return out;
    }

    private static TrainingExample example(JsonNode node, String path) throws FieldRefusal {
        Fields.requireObject(node, path);
        Fields.requireKnown(node, path, "pixels", "target");
        GridDecoder.Grid g =
                GridDecoder.decode(
                        Fields.required(node, "pixels", path + ".pixels"),
                        path + ".pixels",
                        WorkspaceLimits.MAX_CHANNELS,
                        WorkspaceLimits.MAX_IMAGE_SIDE);
        String t = path + ".target";
        JsonNode target = Fields.required(node, "target", t);
        Fields.requireObject(target, t);
        Fields.requireKnown(target, t, "row", "col");
        int row = Fields.wholeNumber(Fields.required(target, "row", t + ".row"), t + ".row");
        int col = Fields.wholeNumber(Fields.required(target, "col", t + ".col"), t + ".col");
        return new TrainingExample(
                Image.of(g.height(), g.width(), g.channels(), g.values()), row, col);
    }
}
