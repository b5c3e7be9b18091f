package org.convlab.lessons.learn;

import java.util.List;
import org.convlab.conv.Filter;

/**
 * The batch at one set of weights: the mean loss, its gradient per filter (a {@link Filter} of the
 * same shape, in the orientation the workspace stores the weights, the bias gradient as its bias),
 * how many examples peak at their target, and each example's outcome.
 */
public record Evaluation(double loss, List<Filter> gradients, int hits, List<Outcome> outcomes) {
    public Evaluation {
        gradients = List.copyOf(gradients);
        outcomes = List.copyOf(outcomes);
    }
}
