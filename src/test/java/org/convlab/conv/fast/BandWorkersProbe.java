package org.convlab.conv.fast;

import java.util.Arrays;
import java.util.Random;
import org.convlab.conv.Activation;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Correlation2D;
import org.convlab.conv.Filter;
import org.convlab.conv.Image;
import org.convlab.conv.MatchMode;
import org.convlab.conv.RandomInputs;
import org.convlab.conv.ResponseMap;

/**
 * Run by {@link BandWorkersProcessTest} in a JVM of its own: computes a large map and prints how
 * many threads computed it, how many helper threads exist, and a fingerprint of the map's bits.
 */
public final class BandWorkersProbe {
    private BandWorkersProbe() {}

    public static void main(String[] args) {
        Random r = new Random(8);
        Image in = RandomInputs.realImage(r, 300, 300, 2);
        Filter f = RandomInputs.realFilter(r, 5, 5, 2);
        ResponseMap map =
                Correlation2D.compute(in, f, ConvSettings.DEFAULT, MatchMode.RAW, Activation.NONE);
        long helpers =
                Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().startsWith("convlab-band-helper-"))
                        .count();
        System.out.println("threads=" + BandWorkers.shared().threads());
        System.out.println("helpers=" + helpers);
        System.out.println("bits=" + Arrays.hashCode(map.toArray()));
    }
}
