package org.convlab.conv.fast;

import org.convlab.conv.Padding;

/**
 * Breaks a rule on purpose (the engine reaching back into conv): {@code ArchitectureTest} checks
 * that its rule notices.
 */
final class ArchFixtureCallsBack {
    private ArchFixtureCallsBack() {}

    static Padding padding() {
        return Padding.VALID;
    }
}
