package org.convlab.viewmodel.learn;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;

/** The threads of the learning lesson: training on its own, results on the FX thread. */
final class LearningThreads {
    private LearningThreads() {}

    /** The one thread training runs on: a daemon, so that training never keeps the app open. */
    static ExecutorService worker() {
        return Executors.newSingleThreadExecutor(
                r -> {
                    Thread t = new Thread(r, "convlab-learning");
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * Platform.runLater when JavaFX runs; without it (the view models' own tests) there is no
     * screen to update, and the result is dropped like a step after Pause.
     */
    static void runLaterIfRunning(Runnable r) {
        try {
            Platform.runLater(r);
        } catch (IllegalStateException e) {
            // no FX toolkit: nothing shows these properties
        }
    }
}
