package org.convlab.viewmodel.params;

import java.math.BigInteger;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.convlab.conv.NumberText;
import org.convlab.lessons.params.ParameterArithmetic;
import org.convlab.lessons.params.ParameterTally;
import org.convlab.lessons.params.RatioText;

/**
 * The conv layer seen as the fully connected matrix that computes the same thing: how many entries
 * are non-zero, how many distinct weights they hold, and what share is zero, each with its
 * arithmetic. Split out of {@link ParametersViewModel}, which exposes these properties unchanged.
 */
final class SparsityFigures {
    final ReadOnlyObjectWrapper<BigInteger> nonZero;
    final ReadOnlyStringWrapper nonZeroText;
    final ReadOnlyStringWrapper nonZeroWorking;
    final ReadOnlyObjectWrapper<BigInteger> distinct;
    final ReadOnlyStringWrapper distinctText;
    final ReadOnlyStringWrapper distinctWorking;
    final ReadOnlyStringWrapper zerosText;
    final ReadOnlyStringWrapper zerosWorking;

    /** {@code bean} owns the properties, so they report the view model as their bean. */
    SparsityFigures(Object bean) {
        nonZero = new ReadOnlyObjectWrapper<>(bean, "nonZero");
        nonZeroText = new ReadOnlyStringWrapper(bean, "nonZeroText", ColumnFigures.NONE);
        nonZeroWorking = new ReadOnlyStringWrapper(bean, "nonZeroWorking", "");
        distinct = new ReadOnlyObjectWrapper<>(bean, "distinct");
        distinctText = new ReadOnlyStringWrapper(bean, "distinctText", ColumnFigures.NONE);
        distinctWorking = new ReadOnlyStringWrapper(bean, "distinctWorking", "");
        zerosText = new ReadOnlyStringWrapper(bean, "zerosText", ColumnFigures.NONE);
        zerosWorking = new ReadOnlyStringWrapper(bean, "zerosWorking", "");
    }

    void show(ParameterTally t, ParameterArithmetic a) {
        nonZero.set(t.denseNonZero());
        nonZeroText.set(NumberText.grouped(t.denseNonZero()));
        nonZeroWorking.set(a.denseNonZero());
        distinct.set(t.denseDistinct());
        distinctText.set(NumberText.grouped(t.denseDistinct()));
        distinctWorking.set(a.denseDistinct());
        zerosText.set(
                RatioText.percent(t.denseWeights().subtract(t.denseNonZero()), t.denseWeights()));
        zerosWorking.set(a.denseZeros());
    }

    /** Blanks every figure while the layer is invalid. */
    void clear() {
        nonZero.set(null);
        nonZeroText.set(ColumnFigures.NONE);
        nonZeroWorking.set("");
        distinct.set(null);
        distinctText.set(ColumnFigures.NONE);
        distinctWorking.set("");
        zerosText.set(ColumnFigures.NONE);
        zerosWorking.set("");
    }
}
