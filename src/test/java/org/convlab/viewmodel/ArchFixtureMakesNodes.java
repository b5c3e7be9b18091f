package org.convlab.viewmodel;

import javafx.scene.control.Label;

/**
 * Breaks a rule on purpose: {@code ArchitectureTest} checks that its rule notices. Not in the main
 * classes.
 */
final class ArchFixtureMakesNodes {
    private ArchFixtureMakesNodes() {}

    static Label label() {
        return new Label();
    }
}
