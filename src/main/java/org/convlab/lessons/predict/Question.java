package org.convlab.lessons.predict;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.convlab.conv.NumberText;

/**
 * One prediction to make about the lesson on screen: what to predict, its exact answer and the
 * working that gets there, and the mistakes a wrong value points to. Built by {@link
 * DetectorQuestions}, {@link LayerQuestions} and {@link ShiftQuestions} from a lesson's state.
 */
public final class Question {
    /** What an answer looks like. */
    public enum Format {
        /** Any number, decimals allowed: a response value. */
        NUMBER,
        /** A whole number ≥ 0: a size, an index, a count of cells. */
        WHOLE,
        /** A parameter count, read as the parameters lesson reads it (176,930,550). */
        COUNT,
        /** A cell, {@code row, column}. */
        CELL
    }

    private final QuestionKind kind;
    private final String prompt;
    private final Format format;
    private final String noun;
    private final List<BigDecimal> answer;
    private final String answerText;
    private final String working;
    private final List<Misconception> mistakes;
    private final Function<List<BigDecimal>, String> otherWrong;
    private final Map<String, Integer> setup;

    /** Keys of {@link #setup()}: the settings the screen takes on to show the answer. */
    public static final String STRIDE = "stride";

    public static final String DILATION = "dilation";
    public static final String SHIFT = "shift";

    /**
     * @param noun what the answer is, for messages ("an output size")
     * @param otherWrong why a wrong value no mistake names is wrong (may be null: the working alone
     *     says it)
     * @param setup settings the question assumes that the screen may not have yet (a stride, a
     *     shift); the lesson applies them when it reveals the answer
     */
    Question(
            QuestionKind kind,
            String prompt,
            Format format,
            String noun,
            List<BigDecimal> answer,
            String working,
            List<Misconception> mistakes,
            Function<List<BigDecimal>, String> otherWrong,
            Map<String, Integer> setup) {
        this.setup = Map.copyOf(setup);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.prompt = prompt;
        this.format = format;
        this.noun = noun;
        this.answer = List.copyOf(answer);
        this.answerText = PredictionText.show(this.answer, format);
        this.working = working;
        this.mistakes = List.copyOf(mistakes);
        this.otherWrong = otherWrong;
    }

    /** A number as an exact decimal, the digits {@link NumberText#exact} shows. */
    static BigDecimal decimal(double v) {
        return new BigDecimal(NumberText.ascii(v));
    }

    public QuestionKind kind() {
        return kind;
    }

    /** What to predict, in one or two sentences. */
    public String prompt() {
        return prompt;
    }

    public Format format() {
        return format;
    }

    /** The exact answer as the screen writes it. */
    public String answerText() {
        return answerText;
    }

    /** How the answer comes about, with this layer's or this map's numbers. */
    public String working() {
        return working;
    }

    /** The mistakes this question recognises, in the order they are tried. */
    public List<Misconception> mistakes() {
        return mistakes;
    }

    /**
     * Settings the question assumes ({@link #STRIDE}, {@link #DILATION}, {@link #SHIFT}) that the
     * screen shows with the answer.
     */
    public Map<String, Integer> setup() {
        return setup;
    }

    /** What to type, for the prediction field's hint. */
    public String hint() {
        return switch (format) {
            case CELL -> "row, column";
            case COUNT -> "e.g. 1,234";
            case WHOLE -> "a whole number";
            case NUMBER -> "a number";
        };
    }

    /** Grades {@code typed}; a text that is no answer at all comes back MALFORMED. */
    public Grade grade(String typed) {
        if (typed == null || typed.isBlank()) {
            return Grade.malformed("Type your prediction first.");
        }
        String said = PredictionText.phrase(typed);
        for (Misconception m : mistakes) {
            if (m.phrases().contains(said)
                    && (m.value().isEmpty() || !PredictionText.names(m.value(), answer, format))) {
                return wrong("“" + typed.strip() + "”", m.why());
            }
        }
        List<BigDecimal> value;
        try {
            value = PredictionText.read(typed, format, noun);
        } catch (IllegalArgumentException e) {
            return Grade.malformed(e.getMessage());
        }
        if (PredictionText.names(value, answer, format)) {
            return new Grade(
                    Grade.Outcome.RIGHT, answerText, "Right: " + answerText + ".", working);
        }
        String shown = PredictionText.show(value, format);
        for (Misconception m : mistakes) {
            if (!m.value().isEmpty()
                    && PredictionText.names(value, m.value(), format)
                    && !PredictionText.names(m.value(), answer, format)) {
                return wrong(shown, m.why());
            }
        }
        return wrong(shown, otherWrong == null ? "" : otherWrong.apply(value));
    }

    private Grade wrong(String shown, String why) {
        String explanation = why.isEmpty() ? working : why + "\n" + working;
        return new Grade(
                Grade.Outcome.WRONG,
                answerText,
                "Not quite: the answer is " + answerText + ", not " + shown + ".",
                explanation);
    }

    @Override
    public String toString() {
        return kind + ": " + prompt + " → " + answerText;
    }
}
