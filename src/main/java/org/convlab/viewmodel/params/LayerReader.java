package org.convlab.viewmodel.params;

import java.util.List;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Padding;
import org.convlab.lessons.params.ParameterTally;

/**
 * Turns the parameters lesson's input fields into a layer's exact counts, or into one line saying
 * what is wrong. Separate from {@link ParametersViewModel} so the validation order (settings first,
 * then the shape) is in one place away from the many properties it feeds.
 */
final class LayerReader {
    /** The settings and tally (each null when they cannot be built) and the problem, or "". */
    record Reading(ConvSettings settings, ParameterTally tally, String problem) {}

    private LayerReader() {}

    static Reading read(ParametersViewModel layer) {
        ConvSettings s = null;
        List<IntegerField> settingFields =
                layer.getPaddingKind() == Padding.Kind.EXPLICIT
                        ? List.of(layer.paddingAmount(), layer.stride(), layer.dilation())
                        : List.of(layer.stride(), layer.dilation());
        String problem = firstError(settingFields);
        if (problem.isEmpty()) {
            s =
                    new ConvSettings(
                            padding(layer),
                            layer.stride().getValue(),
                            layer.dilation().getValue(),
                            false);
        }
        if (problem.isEmpty()) {
            problem =
                    firstError(
                            List.of(
                                    layer.height(),
                                    layer.width(),
                                    layer.channels(),
                                    layer.filters(),
                                    layer.kernelHeight(),
                                    layer.kernelWidth()));
        }
        ParameterTally t = null;
        if (problem.isEmpty()) {
            try {
                t =
                        ParameterTally.of(
                                layer.height().getValue(),
                                layer.width().getValue(),
                                layer.channels().getValue(),
                                layer.filters().getValue(),
                                layer.kernelHeight().getValue(),
                                layer.kernelWidth().getValue(),
                                s,
                                layer.isBias());
            } catch (IllegalArgumentException e) {
                problem = capitalised(e.getMessage()) + ".";
            }
        }
        return new Reading(s, t, problem);
    }

    /** The error of the first invalid field, or "" when all are valid. */
    static String firstError(List<IntegerField> fields) {
        for (IntegerField f : fields) {
            if (!f.isValid()) {
                return f.getError();
            }
        }
        return "";
    }

    /** Refusals from the lessons package start in lower case; on screen they are a sentence. */
    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Padding padding(ParametersViewModel layer) {
        switch (layer.getPaddingKind()) {
            case SAME:
                return Padding.SAME;
            case FULL:
                return Padding.FULL;
            case EXPLICIT:
                return Padding.explicit(layer.paddingAmount().getValue());
            case VALID:
            default:
                return Padding.VALID;
        }
    }
}
