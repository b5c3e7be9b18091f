package org.convlab.bench;

import java.util.concurrent.TimeUnit;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.imgproc.Imgproc;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * OpenCV's {@code Imgproc.filter2D} (a cross-correlation, like ConvLab's raw mode) on the same
 * 512×512 single-channel data and 5×5 kernel as {@link ConvolutionBenchmark#rawOneFilter}, in
 * 32-bit float, the type a user would reach for. Natives come from the openpnp jar.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class OpenCvBenchmark {
    @Param({"binary", "real"})
    public String data;

    private Mat src;
    private Mat kernel;
    private Mat dst;
    private Point anchor;

    @Setup
    public void setUp() {
        nu.pattern.OpenCV.loadLocally();
        boolean binary = data.equals("binary");
        double[] in = BenchData.image(1, binary, 1).toArray();
        double[] w = BenchData.filter(1, binary, 3).toArray();
        src = new Mat(BenchData.SIZE, BenchData.SIZE, CvType.CV_32F);
        src.put(0, 0, toFloat(in));
        kernel = new Mat(5, 5, CvType.CV_32F);
        kernel.put(0, 0, toFloat(w));
        dst = new Mat(BenchData.SIZE, BenchData.SIZE, CvType.CV_32F);
        anchor = new Point(-1, -1);
    }

    private static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }

    @TearDown
    public void tearDown() {
        src.release();
        kernel.release();
        dst.release();
    }

    @Benchmark
    public Mat filter2D() {
        Imgproc.filter2D(src, dst, -1, kernel, anchor, 0, Core.BORDER_CONSTANT);
        return dst;
    }
}
