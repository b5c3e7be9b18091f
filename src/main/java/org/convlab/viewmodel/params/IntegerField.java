package org.convlab.viewmodel.params;

import java.math.BigInteger;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.convlab.conv.NumberText;

/**
 * A whole number the user types, kept as the text they typed so nothing is lost or silently
 * changed: the value is known only while the text is a whole number within bounds, otherwise the
 * error says what is wrong in words.
 */
public final class IntegerField {
    private final String name;
    private final int min;
    private final int max;

    public IntegerField(String name, int min, int max, int initial) {
        this.name = name;
        this.min = min;
        this.max = max;
        text.addListener((obs, was, now) -> parse());
        text.set(Integer.toString(initial));
    }

    /** What the field is called in messages, e.g. "Input height". */
    public String getName() {
        return name;
    }

    public int getMin() {
        return min;
    }

    public int getMax() {
        return max;
    }

    private final StringProperty text = new SimpleStringProperty(this, "text", "");

    public String getText() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value);
    }

    /** What the user typed; the view binds its text field to this. */
    public StringProperty textProperty() {
        return text;
    }

    private final ReadOnlyObjectWrapper<Integer> value = new ReadOnlyObjectWrapper<>(this, "value");

    /** The number, or null while the text is not a whole number within bounds. */
    public Integer getValue() {
        return value.get();
    }

    public ReadOnlyObjectProperty<Integer> valueProperty() {
        return value.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /** Why the text is not usable, or "" when it is. */
    public String getError() {
        return error.get();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    /**
     * Counts re-reads of the text. Listen to this rather than to the text: it changes only after
     * value and error are both up to date.
     */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public boolean isValid() {
        return error.get().isEmpty();
    }

    private void parse() {
        String t =
                text.get() == null
                        ? ""
                        : text.get().strip().replaceAll("[,_\\s\\u00A0\\u202F]", "");
        String problem = "";
        Integer parsed = null;
        if (t.isEmpty()) {
            problem =
                    name
                            + " is empty: type a whole number from "
                            + NumberText.grouped(min)
                            + " to "
                            + NumberText.grouped(max)
                            + ".";
        } else if (!t.matches("[+-]?[0-9]+")) {
            problem = name + ": “" + text.get().strip() + "” is not a whole number.";
        } else if (!text.get()
                .strip()
                .matches("[+-]?[0-9]+|[+-]?[0-9]{1,3}([,_\\s\\u00A0\\u202F][0-9]{3})+")) {
            // "1,0" could be a typo for 10 or 1,000: ask rather than guess.
            problem =
                    name
                            + ": “"
                            + text.get().strip()
                            + "” is not grouped in thousands; type "
                            + t.replaceFirst("^\\+", "")
                            + " or group digits in threes (1,000).";
        } else if (t.replaceFirst("^[+-]", "").length() > 10 || Long.parseLong(t) > max) {
            problem =
                    name
                            + " must be at most "
                            + NumberText.grouped(max)
                            + " (got "
                            + groupedOrAsTyped(t)
                            + ").";
        } else if (Long.parseLong(t) < min) {
            problem =
                    name
                            + " must be at least "
                            + NumberText.grouped(min)
                            + " (got "
                            + NumberText.grouped(Long.parseLong(t))
                            + ").";
        } else {
            parsed = Integer.parseInt(t.replaceFirst("^\\+", ""));
        }
        value.set(parsed);
        error.set(problem);
        revision.set(revision.get() + 1);
    }

    private static String groupedOrAsTyped(String digits) {
        try {
            return NumberText.grouped(new BigInteger(digits.replaceFirst("^\\+", "")));
        } catch (NumberFormatException e) {
            return digits;
        }
    }
}
