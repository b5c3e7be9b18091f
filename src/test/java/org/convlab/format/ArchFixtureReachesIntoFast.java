package org.convlab.format;

import org.convlab.conv.fast.Kernel;

/**
 * Breaks a rule on purpose: {@code ArchitectureTest} checks that its rule notices. Not in the main
 * classes.
 */
final class ArchFixtureReachesIntoFast {
    private ArchFixtureReachesIntoFast() {}

    static double[] centred(double[] w) {
        return Kernel.centred(w);
    }
}
