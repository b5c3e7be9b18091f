package org.convlab.format;

import javafx.scene.layout.Pane;

/**
 * Breaks a rule on purpose: {@code ArchitectureTest} checks that its rule notices. Not in the main
 * classes.
 */
final class ArchFixtureDrawsWithJavaFx {
    private ArchFixtureDrawsWithJavaFx() {}

    static Pane pane() {
        return new Pane();
    }
}
