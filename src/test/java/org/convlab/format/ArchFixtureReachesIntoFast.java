package org.convlab.format;

import org.convlab.conv.fast.FusedTaps;

/**
 * Breaks a rule on purpose: {@code ArchitectureTest} checks that its rule notices. Not in the main
 * classes.
 */
final class ArchFixtureReachesIntoFast {
    private ArchFixtureReachesIntoFast() {}

    static void add(double[] out, double[][] rows, double[] w) {
        FusedTaps.accumulate(out, out.length, rows, null, w, w.length);
    }
}
