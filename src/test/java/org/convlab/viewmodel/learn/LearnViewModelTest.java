package org.convlab.viewmodel.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Workspace;
import org.convlab.format.WorkspaceCodec;
import org.convlab.viewmodel.detector.DetectorViewModel;
import org.convlab.viewmodel.document.DocumentViewModel;
import org.convlab.viewmodel.document.EditableDocument;
import org.convlab.viewmodel.document.RecentFiles;
import org.convlab.viewmodel.document.UndoHistory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The learning lesson's view model without a window: results arrive on the worker thread. */
class LearnViewModelTest {
    /** Stands in for the FX thread: the test thread runs what is queued here. */
    private final BlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();

    private final Preferences prefs =
            Preferences.userRoot().node("org/convlab/test-" + UUID.randomUUID());

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
    }

    @Test
    void aSeedReproducesTheWeightsOfEveryStep() {
        List<FilterSpec> a = afterSteps(7, 3);
        List<FilterSpec> b = afterSteps(7, 3);
        List<FilterSpec> c = afterSteps(8, 3);
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void usingTheLearnedFiltersIsOneEditThatUndoTakesBack() {
        DetectorViewModel detector = new DetectorViewModel();
        Workspace before = detector.getCommittedWorkspace();
        DocumentViewModel doc =
                new DocumentViewModel(
                        EditableDocument.of(detector.committedWorkspaceProperty(), detector::load),
                        WorkspaceCodec.json(),
                        new RecentFiles(prefs),
                        () -> before,
                        new UndoHistory());
        LearnViewModel learn = new LearnViewModel(fx::add);
        learn.setDetectorTarget(detector.filterBank()::useLearnedFilters);
        learn.step();
        waitForSteps(learn, 1);
        assertThat(learn.useInDetector()).isTrue();
        assertThat(detector.getCommittedWorkspace().filters()).isEqualTo(learn.getFilters());
        assertThat(doc.canUndo()).isTrue();
        doc.undo();
        assertThat(detector.getCommittedWorkspace().filters()).isEqualTo(before.filters());
        assertThat(doc.canUndo()).isFalse();
    }

    @Test
    void theCountsAreTheHomeworksFiftyTwoAgainstTheDenseLayer() {
        LearnViewModel learn = new LearnViewModel(Runnable::run);
        assertThat(learn.learnedCountText())
                .isEqualTo("Learning 52 numbers: 2 filters × 25 weights + 2 biases.");
        assertThat(learn.denseCountText())
                .isEqualTo(
                        "A fully connected layer making the same 2 maps of 28 × 28 from the 32 × 32"
                                + " image would learn 1,607,200 numbers.");
    }

    private List<FilterSpec> afterSteps(int seed, int steps) {
        LearnViewModel m = new LearnViewModel(fx::add);
        m.seedProperty().set(seed);
        m.reset();
        for (int k = 1; k <= steps; k++) {
            m.step();
            waitForSteps(m, k);
        }
        return m.getFilters();
    }

    /** Runs what the worker hands to the "FX thread" (this one) until step n is shown. */
    private void waitForSteps(LearnViewModel m, int n) {
        long end = System.nanoTime() + 20_000_000_000L;
        while (m.getStepCount() < n) {
            if (System.nanoTime() > end) {
                throw new AssertionError("no step " + n + " within 20 s");
            }
            try {
                Runnable r = fx.poll(100, TimeUnit.MILLISECONDS);
                if (r != null) {
                    r.run();
                }
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
