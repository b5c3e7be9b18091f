package org.convlab.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.convlab.conv.Activation;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Correlation2D;
import org.convlab.conv.Detection;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.MatchMode;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.Workspace;
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
 * Full recomputes on 512×512 inputs with 5×5 kernels. {@code data=binary} is a brush-painted 0/1
 * image with integer weights −2..2 (the classroom case); {@code data=real} is real-valued image and
 * weights (an imported photo and a trained-looking kernel).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ConvolutionBenchmark {
    @Param({"binary", "real"})
    public String data;

    private Image gray;
    private Image rgb;
    private Filter a;
    private Filter b;
    private List<Filter> layer;
    private Workspace twoFilters;

    @Setup
    public void setUp() {
        BenchData.settleCore();
        boolean binary = data.equals("binary");
        gray = BenchData.image(1, binary, 1);
        rgb = BenchData.image(3, binary, 2);
        a = BenchData.filter(1, binary, 3);
        b = BenchData.filter(1, binary, 4);
        layer =
                List.of(
                        BenchData.filter(3, binary, 5),
                        BenchData.filter(3, binary, 6),
                        BenchData.filter(3, binary, 7));
        twoFilters =
                Workspace.of(gray, List.of(FilterSpec.plain("A", a), FilterSpec.plain("B", b)));
    }

    /** One 5×5 filter on 512×512×1, raw mode: the case compared with OpenCV's filter2D. */
    @Benchmark
    public ResponseMap rawOneFilter() {
        return Correlation2D.compute(gray, a, ConvSettings.DEFAULT, MatchMode.RAW, Activation.NONE);
    }

    /**
     * Two 5×5 filters on 512×512×1, raw mode, with combined map and argmax (a full detector run).
     */
    @Benchmark
    public Detection rawTwoFiltersDetector() {
        return Detection.of(twoFilters);
    }

    /**
     * The homework's layer: three 5×5×3 filters on 512×512×3, valid padding, stride 1, computed as
     * a layer (one pass over the image for all three filters).
     */
    @Benchmark
    public ResponseMap[] homeworkLayer() {
        return Correlation2D.computeAll(
                rgb, layer, ConvSettings.DEFAULT, MatchMode.RAW, Activation.NONE);
    }

    /** The same layer as three separate {@code compute} calls, for comparison. */
    @Benchmark
    public ResponseMap[] homeworkLayerOneByOne() {
        ResponseMap[] out = new ResponseMap[3];
        for (int k = 0; k < 3; k++) {
            out[k] =
                    Correlation2D.compute(
                            rgb,
                            layer.get(k),
                            ConvSettings.DEFAULT,
                            MatchMode.RAW,
                            Activation.NONE);
        }
        return out;
    }

    @Benchmark
    public ResponseMap nccOneFilter() {
        return Correlation2D.compute(gray, a, ConvSettings.DEFAULT, MatchMode.NCC, Activation.NONE);
    }

    @Benchmark
    public ResponseMap ssdOneFilter() {
        return Correlation2D.compute(gray, a, ConvSettings.DEFAULT, MatchMode.SSD, Activation.NONE);
    }
}
