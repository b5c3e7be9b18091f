package org.convlab.format;

import com.fasterxml.jackson.databind.JsonNode;
import org.convlab.conv.Echo;

/**
 * The start every ConvLab JSON file shares: a top-level object with {@code "format"} naming the
 * kind of file and {@code "version"} the one version this ConvLab reads.
 */
final class FormatHeader {
    private FormatHeader() {}

    /**
     * Refuses an empty document, a top level that is not an object, and a wrong or missing format
     * or version. {@code kind} says what the file should be ("a workspace"), {@code longKind} the
     * same with ConvLab's name ("a ConvLab workspace").
     */
    static void check(JsonNode root, String format, int supported, String kind, String longKind)
            throws FieldRefusal {
        if (root == null || root.isMissingNode()) {
            throw new FieldRefusal(
                    "the file is empty; "
                            + kind
                            + " is a JSON object starting with \"format\": \""
                            + format
                            + "\"");
        }
        if (!root.isObject()) {
            throw new FieldRefusal(
                    "the top level must be a JSON object, got " + Fields.describe(root));
        }
        JsonNode f = root.get("format");
        if (f == null) {
            throw new FieldRefusal(
                    "format is missing; "
                            + longKind
                            + " starts with \"format\": \""
                            + format
                            + "\"");
        }
        if (!f.isTextual() || !format.equals(f.textValue())) {
            throw new FieldRefusal(
                    "format is "
                            + Fields.describe(f)
                            + ", not \""
                            + format
                            + "\"; this is not "
                            + longKind);
        }
        JsonNode v = root.get("version");
        if (v == null) {
            throw new FieldRefusal(
                    "version is missing; this ConvLab reads \"version\": " + supported);
        }
        if (!v.isNumber()) {
            throw new FieldRefusal(
                    "version must be the number " + supported + ", got " + Fields.describe(v));
        }
        if (v.doubleValue() != supported) {
            throw new FieldRefusal(
                    "version "
                            + Echo.inside(v.asText())
                            + " is not supported; this ConvLab reads version "
                            + supported
                            + (v.doubleValue() > supported
                                    ? " (was the file saved by a newer ConvLab?)"
                                    : ""));
        }
    }
}
