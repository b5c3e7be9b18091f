package org.convlab.conv;

import java.util.concurrent.TimeUnit;

/**
 * Run by {@link VectorPathProcessTest} in a JVM of its own: prints what {@link VectorPath} decided.
 */
public final class VectorPathProbe {
    private VectorPathProbe() {}

    public static void main(String[] args) throws InterruptedException {
        boolean on = VectorPath.awaitWarmUp(90, TimeUnit.SECONDS);
        System.out.println("available=" + VectorPath.available());
        System.out.println("enabled=" + on);
        // Each family of loops is decided on its own, so SSD's can differ from raw maps'.
        System.out.println("enabled.ssd=" + VectorPath.enabled(MatchMode.SSD));
        System.out.println("status=" + VectorPath.status());
    }
}
