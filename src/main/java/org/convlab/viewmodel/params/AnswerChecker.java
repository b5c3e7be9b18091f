package org.convlab.viewmodel.params;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.convlab.lessons.params.AnswerCheck;
import org.convlab.lessons.params.ParameterTally;

/**
 * The "Check an answer" box of the parameters lesson: the number a learner typed and what the
 * checker says about it. Kept apart from {@link ParametersViewModel} so the layer's figures and the
 * learner's guess each have their own small class; the view model re-checks whenever the layer
 * changes.
 */
final class AnswerChecker {
    final StringProperty text;
    final ReadOnlyObjectWrapper<AnswerCheck.Verdict> verdict;
    final ReadOnlyStringWrapper message;
    final ReadOnlyStringWrapper distances;

    /** {@code bean} owns the properties, so they report the view model as their bean. */
    AnswerChecker(Object bean) {
        text = new SimpleStringProperty(bean, "answerText", "");
        verdict =
                new ReadOnlyObjectWrapper<>(
                        bean,
                        "answerVerdict",
                        new AnswerCheck.Verdict(
                                AnswerCheck.Outcome.EMPTY, null, List.of(), "", List.of()));
        message = new ReadOnlyStringWrapper(bean, "answerMessage", "");
        distances = new ReadOnlyStringWrapper(bean, "answerDistances", "");
    }

    /**
     * Checks the typed answer against {@code tally}; while the layer is invalid (null tally) a
     * typed answer is pointed at {@code layerError} instead, since there is nothing to compare.
     */
    void check(ParameterTally tally, String layerError) {
        String typed = text.get();
        boolean blank = typed == null || typed.isBlank();
        AnswerCheck.Verdict v;
        if (tally == null) {
            v =
                    new AnswerCheck.Verdict(
                            blank ? AnswerCheck.Outcome.EMPTY : AnswerCheck.Outcome.UNREADABLE,
                            null,
                            List.of(),
                            blank ? "" : "Fix the layer above first: " + layerError,
                            List.of());
        } else {
            v = AnswerCheck.check(typed, tally);
        }
        verdict.set(v);
        message.set(v.message());
        distances.set(String.join("\n", v.distances()));
    }
}
