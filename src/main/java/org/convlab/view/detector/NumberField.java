package org.convlab.view.detector;

import java.util.function.Function;
import javafx.scene.control.TextField;
import org.convlab.core.NumberText;

/**
 * A text field for one number that commits on Enter or when focus leaves. The commit function
 * says whether the value was accepted; a refused value stays visible (marked) so the user can
 * correct it, and the reason is shown by whoever owns the field.
 */
final class NumberField extends TextField {
    private final Function<String, Boolean> commit;
    private double shown = Double.NaN;

    NumberField(String id, double prefWidth, Function<String, Boolean> commit) {
        this.commit = commit;
        setId(id);
        setPrefColumnCount(4);
        setPrefWidth(prefWidth);
        getStyleClass().add("number-field");
        setOnAction(e -> apply());
        focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                apply();
            }
        });
    }

    private void apply() {
        String t = getText();
        if (!Double.isNaN(shown) && t.equals(NumberText.exact(shown))) {
            getStyleClass().remove("refused");
            return;
        }
        boolean ok = commit.apply(t);
        if (ok) {
            getStyleClass().remove("refused");
        } else if (!getStyleClass().contains("refused")) {
            getStyleClass().add("refused");
        }
    }

    /** Shows a value from the model, unless the user is typing here. */
    void show(double v) {
        shown = v;
        if (!isFocused() || getText().isEmpty()) {
            setText(NumberText.exact(v));
            getStyleClass().remove("refused");
        }
    }
}
