package org.convlab.viewmodel.predict;

import java.util.Random;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.convlab.lessons.predict.Grade;
import org.convlab.lessons.predict.Score;

/**
 * Predict mode for the whole app: whether it is on (every lesson hides its answers until a
 * prediction is made), whether a teacher has locked it on, the running score of this sitting and
 * the seed the questions are made from.
 */
public final class PredictSession {
    private final BooleanProperty on = new SimpleBooleanProperty(this, "on", false);
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
    private final ReadOnlyObjectWrapper<Score> score =
            new ReadOnlyObjectWrapper<>(this, "score", Score.NONE);
    private long seed = new Random().nextLong();

    public PredictSession() {
        // A locked switch snaps back on: the toggle is disabled, but a binding or a stored
        // preference could still try to turn it off.
        on.addListener(
                (o, was, now) -> {
                    if (!now && locked.get()) {
                        on.set(true);
                    }
                });
    }

    /** Predict mode is on: the lessons hide their answers until a prediction is checked. */
    public boolean isOn() {
        return on.get();
    }

    public void setOn(boolean value) {
        on.set(value);
    }

    public BooleanProperty onProperty() {
        return on;
    }

    /** A teacher has locked predict mode on; the switch cannot turn it off. */
    public boolean isLocked() {
        return locked.get();
    }

    /** Locks predict mode on (and turns it on), or releases the lock. */
    public void setLocked(boolean value) {
        locked.set(value);
        if (value) {
            on.set(true);
        }
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /** Right answers and graded predictions since the app started. */
    public Score getScore() {
        return score.get();
    }

    public ReadOnlyObjectProperty<Score> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    void record(Grade g) {
        score.set(score.get().after(g));
    }

    /** The sitting's seed: together with a lesson's state it decides every question. */
    public long getSeed() {
        return seed;
    }

    public void setSeed(long value) {
        seed = value;
    }
}
