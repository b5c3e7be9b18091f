package org.convlab.bench;

import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine before its split into {@code conv} and {@code conv.fast} ({@code version=before}, the
 * old {@code org.convlab.core}) against this build's ({@code version=after}) on the same inputs in
 * one run. Needs the old engine on the class path: {@code src/bench/compare-engine.sh} compiles it
 * from git and runs this benchmark; elsewhere it fails in its set-up.
 *
 * <p>Each fork loads both engines, waits for both to choose their loops, and checks that they
 * produce the same bits for its workload before timing the one its {@code version} names. JMH
 * orders parameters by name, so {@code task} varies slowest: each task's before and after run next
 * to each other.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class EngineBeforeAfterBenchmark {
    /** What is timed; see {@link EngineBuild#step}. */
    @Param({
        "raw-binary",
        "raw-real",
        "layer-binary",
        "ncc-binary",
        "ncc-real",
        "ssd-binary",
        "ssd-real",
        "dab-binary"
    })
    public String task;

    @Param({"before", "after"})
    public String version;

    /**
     * {@code -Dconvlab.bench.loops=vector} (or {@code jit}) makes both engines run their Vector API
     * (or JIT-vectorized) loops whatever their warm-up chose: on a loaded machine the warm-up often
     * keeps the JIT-vectorized ones, and this compares the other family too.
     */
    static final String LOOPS_PROPERTY = "convlab.bench.loops";

    private MethodHandle step;
    private boolean painted;

    @Setup
    public void setUp() throws Throwable {
        EngineBuild before = new EngineBuild(EngineBuild.BEFORE);
        EngineBuild after = new EngineBuild(EngineBuild.AFTER);
        System.out.println("before: " + before.settle());
        System.out.println("after: " + after.settle());
        String loops = System.getProperty(LOOPS_PROPERTY, "chosen");
        if (!loops.equals("chosen")) {
            before.pinLoops(loops);
            after.pinLoops(loops);
            System.out.println("loops pinned: " + loops);
        }
        MethodHandle oldStep = before.step(task);
        MethodHandle newStep = after.step(task);
        // Paint, then erase: the engine under test is back where it started (dab only).
        for (boolean paint : new boolean[] {true, false}) {
            requireSameBits(run(oldStep, paint), run(newStep, paint), paint);
        }
        step = version.equals("before") ? oldStep : newStep;
    }

    /** One call of the workload; the dab alternates between painting and erasing. */
    @Benchmark
    public Object run() throws Throwable {
        painted = !painted;
        return (Object) step.invokeExact(painted);
    }

    private static Object run(MethodHandle step, boolean paint) throws Throwable {
        return (Object) step.invokeExact(paint);
    }

    private void requireSameBits(Object old, Object now, boolean paint)
            throws ReflectiveOperationException {
        List<double[]> a = EngineBuild.numbers(old);
        List<double[]> b = EngineBuild.numbers(now);
        String where = task + (paint ? "" : " (second call)");
        if (a.size() != b.size()) {
            throw new IllegalStateException(
                    "not the same bits: "
                            + where
                            + " gives "
                            + a.size()
                            + " maps before, "
                            + b.size()
                            + " after");
        }
        for (int m = 0; m < a.size(); m++) {
            double[] x = a.get(m);
            double[] y = b.get(m);
            if (x.length != y.length) {
                throw new IllegalStateException(
                        "not the same bits: "
                                + where
                                + " map "
                                + m
                                + " has "
                                + x.length
                                + " cells before, "
                                + y.length
                                + " after");
            }
            for (int i = 0; i < x.length; i++) {
                if (Double.doubleToRawLongBits(x[i]) != Double.doubleToRawLongBits(y[i])) {
                    throw new IllegalStateException(
                            "not the same bits: "
                                    + where
                                    + " map "
                                    + m
                                    + " cell "
                                    + i
                                    + " is "
                                    + x[i]
                                    + " before, "
                                    + y[i]
                                    + " after");
                }
            }
        }
        System.out.println("same bits: " + where + ", " + a.size() + " maps");
    }
}
