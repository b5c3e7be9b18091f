package org.convlab.viewmodel.reveal;

import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Steps through one lesson's {@link RevealScript}. Every step sets the whole state it relies on, so
 * going back re-applies the step before rather than undoing; the step index is −1 before the first
 * step and after {@link #stop}.
 */
public final class GuidedReveal {
    private final RevealScript script;
    private final Map<String, Consumer<String>> actions;
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", -1);
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper(this, "sentence", "");
    private final ReadOnlyStringWrapper look = new ReadOnlyStringWrapper(this, "look", "");

    /**
     * A reveal of {@code script} whose settings are carried out by {@code actions} (setting name →
     * what it does with the value). A setting no action knows is refused here, when the script is
     * loaded, not in front of the class.
     */
    public GuidedReveal(RevealScript script, Map<String, Consumer<String>> actions) {
        this.script = script;
        this.actions = Map.copyOf(actions);
        for (RevealScript.Step s : script.steps()) {
            for (String key : s.set().keySet()) {
                if (!this.actions.containsKey(key)) {
                    throw new IllegalArgumentException(
                            "the guided reveal sets \""
                                    + key
                                    + "\", which this lesson does not have");
                }
            }
        }
    }

    public int stepCount() {
        return script.steps().size();
    }

    /** The current step, 0-based; −1 when the reveal is not running. */
    public int getStep() {
        return step.get();
    }

    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The current step's sentence, "" when not running. */
    public ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    public String getSentence() {
        return sentence.get();
    }

    /** The id of the node to look at in the current step, "" for none. */
    public ReadOnlyStringProperty lookProperty() {
        return look.getReadOnlyProperty();
    }

    public String getLook() {
        return look.get();
    }

    /** The next step (the first when not running); stays on the last step at the end. */
    public void next() {
        go(Math.min(stepCount() - 1, getStep() + 1));
    }

    /** The step before; from the first step, stops. */
    public void previous() {
        if (getStep() <= 0) {
            stop();
        } else {
            go(getStep() - 1);
        }
    }

    /** Ends the reveal; what the last step set stays, for the class to explore. */
    public void stop() {
        step.set(-1);
        sentence.set("");
        look.set("");
    }

    /** Goes to step {@code index} (0-based) and sets its state. */
    public void go(int index) {
        RevealScript.Step s = script.steps().get(index);
        s.set().forEach((key, value) -> actions.get(key).accept(value));
        step.set(index);
        sentence.set(s.say());
        look.set(s.look());
    }
}
