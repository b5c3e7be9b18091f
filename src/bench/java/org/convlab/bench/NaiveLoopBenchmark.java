package org.convlab.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The straightforward loop a textbook writes (output cell outer, kernel taps inner), as the
 * yardstick for what the core's loop order and other choices buy.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class NaiveLoopBenchmark {
    private double[] in;
    private double[] w;

    @Setup
    public void setUp() {
        in = BenchData.image(1, false, 1).toArray();
        w = BenchData.filter(1, false, 3).toArray();
    }

    @Benchmark
    public double[] textbookLoop() {
        int n = BenchData.SIZE;
        int on = n - 4;
        double[] out = new double[on * on];
        for (int y = 0; y < on; y++) {
            for (int x = 0; x < on; x++) {
                double s = 0;
                for (int i = 0; i < 5; i++) {
                    for (int j = 0; j < 5; j++) {
                        s += in[(y + i) * n + x + j] * w[i * 5 + j];
                    }
                }
                out[y * on + x] = s;
            }
        }
        return out;
    }
}
