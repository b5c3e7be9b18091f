package org.convlab.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.convlab.conv.Image;
import org.convlab.lessons.learn.TrainingExample;

/** Turns a parsed examples file into training examples, refusing with the field's path. */
final class ExamplesDecoder {
    /** The fields of the file; the header and the list are checked by hand. */
    private record ExamplesFile(
            Bound.HandRead format, Bound.HandRead version, Bound.HandRead examples) {}

    /** One example; the target is bound on its own so that null is refused. */
    private record Example(Bound.HandRead pixels, Bound.HandRead target) {}

    private record Target(Integer row, Integer col) {}

    private ExamplesDecoder() {}

    static List<TrainingExample> decode(JsonNode root) throws FieldRefusal {
        FormatHeader.check(
                root,
                ExamplesReader.FORMAT,
                ExamplesReader.VERSION,
                "an examples file",
                "a ConvLab examples file");
        Bound.bind(root, "", ExamplesFile.class);
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
        Bound.bind(node, path, Example.class);
        GridDecoder.Grid g =
                GridDecoder.decode(
                        Fields.required(node, "pixels", path + ".pixels"),
                        path + ".pixels",
                        WorkspaceLimits.MAX_CHANNELS,
                        WorkspaceLimits.MAX_IMAGE_SIDE);
        String t = path + ".target";
        Target target = Bound.bind(Fields.required(node, "target", t), t, Target.class);
        return new TrainingExample(
                Image.of(g.height(), g.width(), g.channels(), g.values()),
                Bound.required(target.row(), t + ".row"),
                Bound.required(target.col(), t + ".col"));
    }
}
