package org.convlab.viewmodel.predict;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import org.convlab.lessons.predict.Grade;
import org.convlab.lessons.predict.Question;
import org.convlab.lessons.predict.QuestionKind;

/**
 * One lesson's prediction bar: the question on the lesson's current state, the typed prediction,
 * its grade, and whether the lesson's answer-bearing parts must stay hidden ({@link
 * #hidingProperty()}). While a question waits for its prediction, a change to the lesson makes the
 * question anew from the new state with the same seed, so it is always about what is on screen.
 */
public final class PredictViewModel {
    private final PredictSession session;
    private final List<QuestionKind> kinds;
    private final BiFunction<QuestionKind, Long, Optional<Question>> maker;
    private final Consumer<Question> showAnswer;
    private final ReadOnlyObjectWrapper<Question> question =
            new ReadOnlyObjectWrapper<>(this, "question");
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "");
    private final ReadOnlyObjectWrapper<Grade> grade = new ReadOnlyObjectWrapper<>(this, "grade");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(this, "revealed");
    private final BooleanBinding hiding;
    private int number = -1;
    private long seed;
    private boolean revealing;

    /**
     * @param kinds the kinds this lesson asks, in turn
     * @param maker makes a question of a kind from the lesson's state and a seed (empty when the
     *     state has none to ask, e.g. the maps could not be computed)
     * @param showAnswer puts the question's {@link Question#setup()} on screen when the answer is
     *     revealed
     * @param state what the questions are made from
     */
    public PredictViewModel(
            PredictSession session,
            List<QuestionKind> kinds,
            BiFunction<QuestionKind, Long, Optional<Question>> maker,
            Consumer<Question> showAnswer,
            Observable... state) {
        this.session = session;
        this.kinds = List.copyOf(kinds);
        this.maker = maker;
        this.showAnswer = showAnswer;
        hiding = session.onProperty().and(revealed.not());
        for (Observable o : state) {
            o.addListener(x -> stateChanged());
        }
        session.onProperty()
                .addListener(
                        (o, was, now) -> {
                            if (now && question.get() == null) {
                                next();
                            } else if (now) {
                                stateChanged(); // the lesson may have changed while it was off
                            }
                        });
        if (session.isOn()) {
            next();
        }
    }

    public PredictSession session() {
        return session;
    }

    /** The question waiting for, or answered by, the prediction; null when there is none. */
    public Question getQuestion() {
        return question.get();
    }

    public ReadOnlyObjectProperty<Question> questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** The prediction as typed. */
    public StringProperty typedProperty() {
        return typed;
    }

    /** The last grade (null before a prediction is checked and after the next question). */
    public Grade getGrade() {
        return grade.get();
    }

    public ReadOnlyObjectProperty<Grade> gradeProperty() {
        return grade.getReadOnlyProperty();
    }

    /** One line when the prediction could not be read ("That is one number; …"), else "". */
    public String getMessage() {
        return message.get();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The answer of the current question has been revealed. */
    public boolean isRevealed() {
        return revealed.get();
    }

    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** The lesson hides its answer-bearing parts: predict mode is on and nothing is revealed. */
    public boolean isHiding() {
        return hiding.get();
    }

    public BooleanBinding hidingProperty() {
        return hiding;
    }

    /** "Predict: …" and the question, or why there is none. */
    public ObservableStringValue promptProperty() {
        return Bindings.createStringBinding(
                () ->
                        question.get() == null
                                ? "No question can be made from this lesson as it is now."
                                : question.get().kind().title() + ": " + question.get().prompt(),
                question);
    }

    /** The sitting's score, "Score 3 / 4". */
    public ObservableStringValue scoreTextProperty() {
        return Bindings.createStringBinding(
                () -> session.getScore().text(), session.scoreProperty());
    }

    /**
     * Grades the typed prediction. A prediction that cannot be read leaves a one-line message and
     * keeps the answer hidden; a graded one counts in the score and reveals the answer.
     */
    public void check() {
        Question q = question.get();
        if (q == null || revealed.get()) {
            return;
        }
        Grade g = q.grade(typed.get());
        if (!g.graded()) {
            message.set(g.headline());
            return;
        }
        message.set("");
        grade.set(g);
        session.record(g);
        revealing = true;
        try {
            revealed.set(true);
            showAnswer.accept(q);
        } finally {
            revealing = false;
        }
    }

    /** The next kind of question, made from the lesson as it is now; the answers hide again. */
    public void next() {
        number++;
        seed = session.getSeed() * 31 + number;
        typed.set("");
        message.set("");
        grade.set(null);
        revealed.set(false);
        question.set(make());
    }

    private Question make() {
        for (int i = 0; i < kinds.size(); i++) {
            QuestionKind kind = kinds.get(Math.floorMod(number + i, kinds.size()));
            Optional<Question> q;
            try {
                q = maker.apply(kind, seed);
            } catch (IllegalArgumentException e) {
                q = Optional.empty(); // the lesson's state has no such question now
            }
            if (q.isPresent()) {
                return q.get();
            }
        }
        return null;
    }

    private void stateChanged() {
        if (revealing || revealed.get() || !session.isOn()) {
            return;
        }
        question.set(make());
        message.set("");
    }
}
