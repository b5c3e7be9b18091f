package org.convlab.conv.fast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BandWorkersTest {
    @Test
    void everyBandRunsExactlyOnceOverManyMaps() {
        BandWorkers workers = new BandWorkers(3);
        for (int map = 0; map < 200; map++) {
            int bands = 1 + map % 17;
            AtomicIntegerArray runs = new AtomicIntegerArray(bands);
            workers.run(bands, runs::incrementAndGet);
            for (int b = 0; b < bands; b++) {
                assertThat(runs.get(b)).as("map %d band %d", map, b).isEqualTo(1);
            }
        }
    }

    @Test
    void aHelperTakesABandWhileTheOtherThreadIsBusy() {
        BandWorkers workers = new BandWorkers(1);
        AtomicBoolean firstStarted = new AtomicBoolean();
        CountDownLatch secondDone = new CountDownLatch(1);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        workers.run(
                2,
                b -> {
                    threads.add(Thread.currentThread().getName());
                    if (firstStarted.compareAndSet(false, true)) {
                        // Only another thread can run the second band now.
                        awaitQuietly(secondDone);
                    } else {
                        secondDone.countDown();
                    }
                });
        assertThat(secondDone.getCount()).as("the second band ran while the first waited").isZero();
        assertThat(threads)
                .containsExactlyInAnyOrder(
                        Thread.currentThread().getName(), "convlab-band-helper-1");
    }

    @Test
    void aBandsExceptionReachesTheCallerAfterTheOtherBands() {
        BandWorkers workers = new BandWorkers(1);
        AtomicIntegerArray runs = new AtomicIntegerArray(8);
        assertThatThrownBy(
                        () ->
                                workers.run(
                                        8,
                                        b -> {
                                            runs.incrementAndGet(b);
                                            if (b == 3) {
                                                throw new IllegalArgumentException("band 3 failed");
                                            }
                                        }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("band 3 failed");
        for (int b = 0; b < 8; b++) {
            assertThat(runs.get(b)).isEqualTo(1);
        }
        AtomicIntegerArray after = new AtomicIntegerArray(4);
        workers.run(4, after::incrementAndGet);
        assertThat(after.get(0) + after.get(1) + after.get(2) + after.get(3))
                .as("the team still works")
                .isEqualTo(4);
    }

    @Test
    void aMapComputedInsideABandRunsOnItsOwnThread() {
        BandWorkers workers = new BandWorkers(1);
        AtomicIntegerArray inner = new AtomicIntegerArray(4 * 3);
        workers.run(
                4,
                b -> {
                    String outer = Thread.currentThread().getName();
                    workers.run(
                            3,
                            i -> {
                                assertThat(Thread.currentThread().getName()).isEqualTo(outer);
                                inner.incrementAndGet(b * 3 + i);
                            });
                });
        for (int i = 0; i < inner.length(); i++) {
            assertThat(inner.get(i)).isEqualTo(1);
        }
    }

    @Test
    void twoCallersAtOnceBothGetEveryBand() throws InterruptedException {
        BandWorkers workers = new BandWorkers(1);
        AtomicIntegerArray first = new AtomicIntegerArray(64);
        AtomicIntegerArray second = new AtomicIntegerArray(64);
        Thread other =
                new Thread(
                        () -> {
                            for (int i = 0; i < 100; i++) {
                                workers.run(64, b -> first.incrementAndGet(b));
                            }
                        });
        other.start();
        for (int i = 0; i < 100; i++) {
            workers.run(64, b -> second.incrementAndGet(b));
        }
        other.join(TimeUnit.SECONDS.toMillis(30));
        for (int b = 0; b < 64; b++) {
            assertThat(first.get(b)).isEqualTo(100);
            assertThat(second.get(b)).isEqualTo(100);
        }
    }

    @Test
    void helpersParkSoonAfterTheLastMap() throws InterruptedException {
        BandWorkers workers = new BandWorkers(2);
        AtomicIntegerArray runs = new AtomicIntegerArray(8);
        workers.run(8, runs::incrementAndGet);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<Thread.State> states;
        do {
            Thread.sleep(5);
            states = helperStates();
        } while (!states.stream().allMatch(s -> s == Thread.State.WAITING)
                && System.nanoTime() < deadline);
        assertThat(states)
                .as("an idle app spins no core")
                .isNotEmpty()
                .containsOnly(Thread.State.WAITING);
    }

    private static List<Thread.State> helperStates() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("convlab-band-helper-"))
                .map(Thread::getState)
                .collect(Collectors.toList());
    }

    @Test
    void aFinishedMapIsNotKeptAliveByTheTeam() throws InterruptedException {
        BandWorkers workers = new BandWorkers(1);
        WeakReference<double[]> image = runOnALargeArray(workers);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (image.get() != null && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(image.get()).as("the last map's arrays can be collected").isNull();
    }

    private static WeakReference<double[]> runOnALargeArray(BandWorkers workers) {
        double[] pixels = new double[1 << 20];
        AtomicIntegerArray runs = new AtomicIntegerArray(8);
        workers.run(8, b -> runs.addAndGet(b, (int) pixels[b] + 1));
        assertThat(runs.get(7)).isEqualTo(1);
        return new WeakReference<>(pixels);
    }

    @Test
    void withoutHelpersTheCallerRunsBandsInOrder() {
        BandWorkers workers = new BandWorkers(0);
        StringBuilder order = new StringBuilder();
        workers.run(5, order::append);
        assertThat(order).hasToString("01234");
        assertThat(workers.threads()).isEqualTo(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
