package org.convlab.view.detector;

import java.util.function.Function;
import javafx.scene.control.TextField;
import org.convlab.conv.NumberText;

/**
 * A text field for one number that commits on Enter or when focus leaves. The commit function says
 * whether the value was accepted; a refused value stays visible (marked) so the user can correct
 * it, and the reason is shown by whoever owns the field.
 */
final class NumberField extends TextField {
    private final Function<String, Boolean> commit;

    /** The text as last shown or committed; anything else is the user's pending edit. */
    private String clean = "";

    NumberField(String id, double prefWidth, Function<String, Boolean> commit) {
        this.commit = commit;
        setId(id);
        setPrefColumnCount(4);
        setPrefWidth(prefWidth);
        getStyleClass().add("number-field");
        setOnAction(e -> apply());
        focusedProperty()
                .addListener(
                        (o, was, now) -> {
                            if (!now) {
                                apply();
                            }
                        });
    }

    /** Commits a pending edit now (e.g. before the field is pointed at another weight). */
    void flush() {
        apply();
    }

    private void apply() {
        String t = getText();
        if (t.equals(clean)) {
            getStyleClass().remove("refused");
            return;
        }
        String before = clean;
        // Marked clean first, so the model's echo of the new value (show) may replace the text.
        clean = t;
        boolean ok = commit.apply(t);
        if (ok) {
            getStyleClass().remove("refused");
        } else {
            clean = before;
            if (!getStyleClass().contains("refused")) {
                getStyleClass().add("refused");
            }
        }
    }

    /** Shows a value from the model, unless the user has an edit pending here. */
    void show(double v) {
        if (!isFocused() || getText().equals(clean)) {
            String s = NumberText.exact(v);
            setText(s);
            clean = s;
            getStyleClass().remove("refused");
        }
    }
}
