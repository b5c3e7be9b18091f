package org.convlab.viewmodel.learn;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import org.convlab.conv.Cell;
import org.convlab.conv.CombinedMap;
import org.convlab.conv.Detection;
import org.convlab.conv.Image;
import org.convlab.conv.Window;
import org.convlab.conv.Workspace;
import org.convlab.lessons.learn.PlantedExamples;
import org.convlab.lessons.learn.TrainingExample;

/**
 * "Use my painting": the picture the student painted in the pattern detector joins the training
 * set, its target set by a click on the place where the X is. The clicked cell is the X's centre;
 * the target is the cell of D whose window covers that X most, as for the generated images. The
 * painting must have the lesson's size and channels: it is refused with one sentence otherwise,
 * never cut or padded to fit.
 */
public final class OwnExamples {
    private final Workspace lesson;
    private final Image pattern;
    private final Consumer<String> message;
    private final ReadOnlyObjectWrapper<Image> awaitingTarget =
            new ReadOnlyObjectWrapper<>(this, "awaitingTarget");
    private final ReadOnlyListWrapper<TrainingExample> examples =
            new ReadOnlyListWrapper<>(this, "examples", FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper trainingSetText =
            new ReadOnlyStringWrapper(this, "trainingSetText");
    private Supplier<Image> painting = () -> null;

    /** The examples as the training thread sees them; replaced on the FX thread. */
    private volatile List<TrainingExample> current = List.of();

    OwnExamples(
            Workspace lesson,
            Image pattern,
            Consumer<String> message,
            ObservableValue<Integer> batch) {
        this.lesson = lesson;
        this.pattern = pattern;
        this.message = message;
        this.batch = batch;
        examples.addListener((InvalidationListener) o -> update());
        batch.addListener(o -> update());
        update();
    }

    /** Kept so that the mapped batch size is not collected while this listens to it. */
    private final ObservableValue<Integer> batch;

    private void update() {
        current = List.copyOf(examples);
        trainingSetText.set(LearnFigures.trainingSet(batch.getValue(), current.size()));
    }

    /** "Each step learns from 32 new streak images and 1 painting of yours." */
    public ReadOnlyStringProperty trainingSetTextProperty() {
        return trainingSetText.getReadOnlyProperty();
    }

    /** Where the painting comes from: the pattern detector's current input. */
    public void setPaintingSource(Supplier<Image> source) {
        painting = source;
    }

    /** The painting waiting for its target click; null when none waits. */
    public ReadOnlyObjectProperty<Image> awaitingTargetProperty() {
        return awaitingTarget.getReadOnlyProperty();
    }

    /** The student's examples in the training set, learned from at every step. */
    public ReadOnlyListProperty<TrainingExample> examplesProperty() {
        return examples.getReadOnlyProperty();
    }

    /**
     * Takes the detector's current input; the next {@link #setTarget} click makes it an example.
     */
    public void usePainting() {
        Image im = painting.get();
        Image want = lesson.image();
        if (im == null) {
            message.accept("There is no painting in the pattern detector to use.");
            return;
        }
        if (im.height() != want.height()
                || im.width() != want.width()
                || im.channels() != want.channels()) {
            message.accept(
                    "Your painting is "
                            + size(im)
                            + ", but this lesson learns from "
                            + size(want).replace(" with", " images with")
                            + ": paint on a "
                            + size(want).replace(" with", " input with")
                            + " in the pattern detector to use it.");
            return;
        }
        awaitingTarget.set(im);
        message.accept("Click the centre of the X on your painting: that is where D should peak.");
    }

    /**
     * Makes the waiting painting an example whose X is centred on input cell ({@code row}, {@code
     * col}); its target is the cell of D (maps' frame) whose window covers that X most.
     */
    public void setTarget(int row, int col) {
        Image im = awaitingTarget.get();
        if (im == null) {
            return;
        }
        CombinedMap frame = Detection.of(lesson).combined();
        Window x =
                new Window(
                        row - pattern.height() / 2,
                        col - pattern.width() / 2,
                        pattern.height(),
                        pattern.width());
        Cell t = PlantedExamples.target(frame, x);
        examples.add(new TrainingExample(im, t.row(), t.col()));
        awaitingTarget.set(null);
        message.accept(
                "Your painting is in the training set, with D's target at row "
                        + t.row()
                        + ", column "
                        + t.col()
                        + ".");
    }

    /** Takes example {@code index} out of the training set. */
    public void remove(int index) {
        if (index >= 0 && index < examples.size()) {
            examples.remove(index);
            message.accept("");
        }
    }

    /** Forgets a painting still waiting for its click. */
    public void cancel() {
        awaitingTarget.set(null);
        message.accept("");
    }

    /** The examples as they are now; safe to read on the training thread. */
    List<TrainingExample> current() {
        return current;
    }

    /** The input window of {@code e}'s target cell: where the X should be found. */
    public Window targetWindow(TrainingExample e) {
        return Detection.of(lesson).combined().window(e.row(), e.col());
    }

    private static String size(Image im) {
        return im.height()
                + " × "
                + im.width()
                + (im.channels() == 1 ? " with 1 channel" : " with " + im.channels() + " channels");
    }
}
