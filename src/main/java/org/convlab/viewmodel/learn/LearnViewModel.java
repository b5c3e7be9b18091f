package org.convlab.viewmodel.learn;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.Workspace;
import org.convlab.lessons.detector.PatternPreset;
import org.convlab.lessons.learn.Evaluation;
import org.convlab.lessons.learn.LearningSession;
import org.convlab.lessons.learn.Optimizer;
import org.convlab.lessons.learn.StartingWeights;
import org.convlab.lessons.learn.TrainingExample;
import org.convlab.lessons.params.ParameterTally;

/**
 * The learning lesson: the homework's two-filter X detector trained by gradient descent on streak
 * images made live, watched step by step. Training runs on a thread of its own and hands each
 * step's result to the FX thread; Pause stops at once (a step still computing when it is pressed is
 * dropped), and a seed gives the same weights at every step.
 */
public final class LearnViewModel {
    /** One point of a loss curve. */
    public record CurvePoint(int step, double loss) {}

    public static final int MAX_STEPS_PER_SECOND = 60;
    public static final int MAX_BATCH = 128;

    private static final PatternPreset TASK = PatternPreset.cross();

    private final ObjectProperty<StartingWeights> start =
            new SimpleObjectProperty<>(this, "start", StartingWeights.RANDOM);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 1);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", 0.1);
    private final DoubleProperty temperature = new SimpleDoubleProperty(this, "temperature", 1);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(this, "batchSize", 32);
    private final ObjectProperty<Optimizer> optimizer =
            new SimpleObjectProperty<>(this, "optimizer", Optimizer.PLAIN);
    private final IntegerProperty stepsPerSecond =
            new SimpleIntegerProperty(this, "stepsPerSecond", 10);

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyIntegerWrapper stepCount = new ReadOnlyIntegerWrapper(this, "stepCount");
    private final ReadOnlyObjectWrapper<List<FilterSpec>> filters =
            new ReadOnlyObjectWrapper<>(this, "filters", List.of());
    private final ReadOnlyListWrapper<CurvePoint> trainingCurve =
            new ReadOnlyListWrapper<>(this, "trainingCurve", FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<CurvePoint> heldOutCurve =
            new ReadOnlyListWrapper<>(this, "heldOutCurve", FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<Evaluation> heldOut =
            new ReadOnlyObjectWrapper<>(this, "heldOut");
    private final ReadOnlyObjectWrapper<LearningSession.Step> lastStep =
            new ReadOnlyObjectWrapper<>(this, "lastStep");
    private final ReadOnlyIntegerWrapper heldOutHits =
            new ReadOnlyIntegerWrapper(this, "heldOutHits");
    private final ReadOnlyStringWrapper hitText = new ReadOnlyStringWrapper(this, "hitText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyListWrapper<String> filterCaptions =
            new ReadOnlyListWrapper<>(this, "filterCaptions", FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<Double> ncc =
            new ReadOnlyListWrapper<>(this, "ncc", FXCollections.observableArrayList());

    private final ExecutorService worker = LearningThreads.worker();
    private final Consumer<Runnable> fxThread;

    /** Bumped by Pause and Reset: results of an older generation are dropped. */
    private final AtomicInteger generation = new AtomicInteger();

    /** The held-out images, set by the worker when a session starts. */
    private volatile List<TrainingExample> heldOutExamplesList = List.of();

    /** The run as the screen shows it: every step of it is counted and drawn. */
    private volatile LearningSession shown;

    private Predicate<List<FilterSpec>> detectorTarget = f -> false;

    private final int imageSize; // side of the lesson's square images

    private final OwnExamples own;

    public LearnViewModel() {
        this(LearningThreads::runLaterIfRunning);
    }

    /** With {@code fxThread} running results on the thread that owns the properties. */
    public LearnViewModel(Consumer<Runnable> fxThread) {
        this(fxThread, LearningSession.IMAGE_SIZE);
    }

    /** With images of {@code imageSize} × {@code imageSize} (speed checks use 64 × 64). */
    public LearnViewModel(Consumer<Runnable> fxThread, int imageSize) {
        this.fxThread = fxThread;
        this.imageSize = imageSize;
        own =
                new OwnExamples(
                        lessonWorkspace(TASK.filters()),
                        TASK.pattern(),
                        message::set,
                        batchSize.map(b -> Math.max(1, Math.min(MAX_BATCH, b.intValue()))));
        List<FilterSpec> first = start.get().apply(TASK.filters(), seed.get());
        filters.set(first);
        updateNcc(first);
    }

    /**
     * Prepares the first run (its held-out images) unless a run exists: the screen calls it when it
     * is first shown, so an app that never opens this lesson never computes it.
     */
    public void prepare() {
        if (!prepared) {
            reset();
        }
    }

    private boolean prepared;

    // ---- settings ----------------------------------------------------------------------------

    public ObjectProperty<StartingWeights> startProperty() {
        return start;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    public DoubleProperty temperatureProperty() {
        return temperature;
    }

    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    /** How each step updates the weights (the command line always uses plain descent). */
    public ObjectProperty<Optimizer> optimizerProperty() {
        return optimizer;
    }

    public IntegerProperty stepsPerSecondProperty() {
        return stepsPerSecond;
    }

    // ---- what the screen shows ---------------------------------------------------------------

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    public ReadOnlyIntegerProperty stepCountProperty() {
        return stepCount.getReadOnlyProperty();
    }

    public int getStepCount() {
        return stepCount.get();
    }

    /** The filters as they are now (names, weights, biases). */
    public ReadOnlyObjectProperty<List<FilterSpec>> filtersProperty() {
        return filters.getReadOnlyProperty();
    }

    public List<FilterSpec> getFilters() {
        return filters.get();
    }

    /** The hand-designed filters the homework uses, for comparison. */
    public List<FilterSpec> designedFilters() {
        return TASK.filters();
    }

    /** The batch loss before each step. */
    public ReadOnlyListProperty<CurvePoint> trainingCurveProperty() {
        return trainingCurve.getReadOnlyProperty();
    }

    /** The held-out loss, at the start and after steps. */
    public ReadOnlyListProperty<CurvePoint> heldOutCurveProperty() {
        return heldOutCurve.getReadOnlyProperty();
    }

    /** The held-out images at the current weights (their argmaxes and losses). */
    public ReadOnlyObjectProperty<Evaluation> heldOutProperty() {
        return heldOut.getReadOnlyProperty();
    }

    /** The held-out images themselves. */
    public List<TrainingExample> heldOutExamples() {
        return heldOutExamplesList;
    }

    public ReadOnlyIntegerProperty heldOutHitsProperty() {
        return heldOutHits.getReadOnlyProperty();
    }

    public int getHeldOutHits() {
        return heldOutHits.get();
    }

    public ReadOnlyStringProperty hitTextProperty() {
        return hitText.getReadOnlyProperty();
    }

    /** The last step: its batch loss and one example's error maps and gradient. */
    public ReadOnlyObjectProperty<LearningSession.Step> lastStepProperty() {
        return lastStep.getReadOnlyProperty();
    }

    /** A refusal or a confirmation, one sentence; empty when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Each learned filter's caption: its name, bias and NCC, exact or marked "≈". */
    public ReadOnlyListProperty<String> filterCaptionsProperty() {
        return filterCaptions.getReadOnlyProperty();
    }

    /** Each filter's NCC with its hand-designed counterpart. */
    public ReadOnlyListProperty<Double> nccProperty() {
        return ncc.getReadOnlyProperty();
    }

    /** The student's own examples ("use my painting"). */
    public OwnExamples own() {
        return own;
    }

    /** "Each step learns from 32 new streak images and 1 painting of yours." */
    public ReadOnlyStringProperty trainingSetTextProperty() {
        return own.trainingSetTextProperty();
    }

    /** "Learning 52 numbers: …". */
    public String learnedCountText() {
        return LearnFigures.learnedCount(lessonWorkspace(TASK.filters()));
    }

    /** The layer being trained, as the parameters lesson tallies it (for predictions). */
    public ParameterTally layerTally() {
        return LearnFigures.tally(lessonWorkspace(TASK.filters()));
    }

    /** How many held-out images each evaluation scores. */
    public int heldOutCount() {
        return heldOutExamplesList.size();
    }

    /** What a fully connected layer would learn for the same maps. */
    public String denseCountText() {
        return LearnFigures.denseCount(lessonWorkspace(TASK.filters()));
    }

    // ---- commands ----------------------------------------------------------------------------

    /** Starts training at the set rate; each step is computed off the FX thread. */
    public void train() {
        prepare();
        if (running.get()) {
            return;
        }
        running.set(true);
        message.set("");
        int gen = generation.incrementAndGet();
        worker.execute(() -> loop(gen));
    }

    /** Stops at once: a step still being computed is not shown. */
    public void pause() {
        generation.incrementAndGet();
        running.set(false);
    }

    /** One step (pausing first if training runs). */
    public void step() {
        prepare();
        pause();
        int gen = generation.get();
        Settings s = settings();
        worker.execute(
                () -> {
                    if (shown != null) {
                        runStep(gen, s, true, shown);
                    }
                });
    }

    /** Back to the chosen starting weights, with the seed's data stream from its beginning. */
    public void reset() {
        prepared = true;
        pause();
        int gen = generation.get();
        List<FilterSpec> startFilters = start.get().apply(TASK.filters(), seed.get());
        long s = seed.get();
        double t = temperature.get();
        trainingCurve.clear();
        heldOutCurve.clear();
        lastStep.set(null);
        stepCount.set(0);
        filters.set(startFilters);
        updateNcc(startFilters);
        worker.execute(
                () -> {
                    LearningSession first =
                            new LearningSession(lessonWorkspace(startFilters), TASK.pattern(), s)
                                    .withOwnExamples(own.current());
                    shown = first;
                    heldOutExamplesList = first.heldOut();
                    Evaluation h = first.heldOutEvaluation(t);
                    // The lesson's point before any step: the error map and gradient now.
                    LearningSession.Step preview = first.preview(t);
                    fxThread.accept(
                            () -> {
                                if (gen == generation.get()) {
                                    showHeldOut(0, h);
                                    lastStep.set(preview);
                                }
                            });
                });
    }

    /** Sets where "Use these filters in the detector" puts them; true when they were taken. */
    public void setDetectorTarget(Predicate<List<FilterSpec>> target) {
        detectorTarget = target;
    }

    /** Puts the current filters into the detector lesson as one undoable edit. */
    public boolean useInDetector() {
        boolean taken = detectorTarget.test(filters.get());
        message.set(
                taken
                        ? "The pattern detector now uses these filters; Ctrl+Z there undoes it."
                        : "The pattern detector could not take these filters.");
        return taken;
    }

    // ---- the worker --------------------------------------------------------------------------

    /** The settings one step uses, read on the FX thread. */
    private record Settings(
            double learningRate, double temperature, int batch, int perSecond, Optimizer how) {}

    private Settings settings() {
        return new Settings(
                learningRate.get(),
                temperature.get(),
                Math.max(1, Math.min(MAX_BATCH, batchSize.get())),
                Math.max(1, Math.min(MAX_STEPS_PER_SECOND, stepsPerSecond.get())),
                optimizer.get());
    }

    private volatile Settings live;

    /** Steps handed to the FX thread and not yet shown: the worker stays at most two ahead. */
    private final AtomicInteger unshown = new AtomicInteger();

    /**
     * Steps one after another from the last one shown, at the set rate. The worker never waits for
     * the screen to draw a step (only for a backlog of two), so drawing and computing overlap.
     */
    private void loop(int gen) {
        LearningSession current = shown;
        while (gen == generation.get() && current != null) {
            long t0 = System.nanoTime();
            Settings s = live;
            current = runStep(gen, s, false, current);
            long wait = 1_000_000_000L / s.perSecond() - (System.nanoTime() - t0);
            try {
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                while (unshown.get() >= 2 && gen == generation.get()) {
                    Thread.sleep(1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    {
        for (javafx.beans.Observable p :
                List.of(learningRate, temperature, batchSize, stepsPerSecond, optimizer)) {
            p.addListener(o -> live = settings());
        }
        live = settings();
    }

    /**
     * One step from {@code from}; the session after it, or null when it was refused (the message
     * says why and training stops). The FX thread shows it unless Pause came first: a step computed
     * while Pause was pressed is dropped whole, so the weights on screen are always those of the
     * steps counted, and the next run continues from the last step shown.
     */
    private LearningSession runStep(int gen, Settings s, boolean always, LearningSession from) {
        LearningSession.Step st;
        Evaluation h = null;
        try {
            List<TrainingExample> mine = own.current();
            LearningSession start =
                    (from.ownExamples().equals(mine) ? from : from.withOwnExamples(mine))
                            .withOptimizer(s.how());
            st = start.step(s.learningRate(), s.temperature(), s.batch());
            int every = Math.max(1, s.perSecond() / 10);
            if (always || st.number() % every == 0) {
                h = st.next().heldOutEvaluation(s.temperature());
            }
        } catch (IllegalArgumentException e) {
            String why = e.getMessage();
            fxThread.accept(
                    () -> {
                        if (gen == generation.get()) {
                            pause();
                            message.set(LearnFigures.capitalised(why));
                        }
                    });
            return null;
        }
        Evaluation held = h;
        List<FilterSpec> now = st.next().workspace().filters();
        unshown.incrementAndGet();
        fxThread.accept(
                () -> {
                    unshown.decrementAndGet();
                    if (gen != generation.get()) {
                        return;
                    }
                    shown = st.next();
                    stepCount.set(st.number());
                    filters.set(now);
                    updateNcc(now);
                    trainingCurve.add(new CurvePoint(st.number() - 1, st.batchLoss()));
                    lastStep.set(st);
                    if (held != null) {
                        showHeldOut(st.number(), held);
                    }
                });
        return st.next();
    }

    private void showHeldOut(int step, Evaluation h) {
        heldOut.set(h);
        heldOutCurve.add(new CurvePoint(step, h.loss()));
        heldOutHits.set(h.hits());
        hitText.set(LearnFigures.hitText(h.hits(), h.outcomes().size()));
    }

    private void updateNcc(List<FilterSpec> now) {
        List<Double> similarity = LearnFigures.nccWithDesigned(now, TASK.filters());
        List<String> text = new java.util.ArrayList<>();
        for (int k = 0; k < now.size(); k++) {
            text.add(LearnFigures.filterCaption(now.get(k), similarity.get(k)));
        }
        filterCaptions.setAll(text);
        ncc.setAll(similarity);
    }

    private Workspace lessonWorkspace(List<FilterSpec> f) {
        return Workspace.of(Image.zeros(imageSize, imageSize, 1), f);
    }
}
