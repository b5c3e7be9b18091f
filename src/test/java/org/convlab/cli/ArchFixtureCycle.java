package org.convlab.cli;

import org.convlab.format.ArchFixtureCycleBack;

/**
 * Breaks a rule on purpose (a cycle with {@code format}): {@code ArchitectureTest} checks that its
 * rule notices.
 */
public final class ArchFixtureCycle {
    private ArchFixtureCycle() {}

    public static int there() {
        return ArchFixtureCycleBack.back() + 1;
    }
}
