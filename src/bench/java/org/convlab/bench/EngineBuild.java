package org.convlab.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.convlab.conv.Filter;
import org.convlab.conv.Image;

/**
 * One build of the convolution engine, reached through its package name so that two builds can sit
 * on one class path: {@code org.convlab.conv} (this build) and {@code org.convlab.core} (the core
 * before it was split into {@code conv} and {@code conv.fast}, compiled from git by {@code
 * src/bench/compare-engine.sh}). Both builds have the same public entry points, and every timed
 * call of either goes through the same kind of method handle, so neither gets an easier call.
 */
final class EngineBuild {
    /** The package of this build's engine. */
    static final String AFTER = "org.convlab.conv";

    /** The package of the engine before the split. */
    static final String BEFORE = "org.convlab.core";

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();

    private final String pkg;

    EngineBuild(String pkg) {
        this.pkg = pkg;
    }

    /**
     * Waits until the build has chosen its loops, as {@link BenchData#settleCore} does; says which.
     */
    String settle() throws Throwable {
        Class<?> path = type("VectorPath");
        MethodType await = MethodType.methodType(boolean.class, long.class, TimeUnit.class);
        boolean unused =
                (boolean)
                        LOOKUP.findStatic(path, "awaitWarmUp", await)
                                .invokeExact(60L, TimeUnit.SECONDS);
        return (String)
                LOOKUP.findStatic(path, "status", MethodType.methodType(String.class))
                        .invokeExact();
    }

    /**
     * Makes the build run its Vector API loops ({@code vector}) or its JIT-vectorized ones ({@code
     * jit}) whatever its warm-up chose, through the switch its tests use.
     */
    void pinLoops(String loops) throws ReflectiveOperationException {
        if (!loops.equals("vector") && !loops.equals("jit")) {
            throw new IllegalArgumentException("loops are vector, jit or chosen, not " + loops);
        }
        Method pin = type("VectorPath").getDeclaredMethod("pin", Boolean.class);
        pin.setAccessible(true);
        pin.invoke(null, loops.equals("vector"));
    }

    /**
     * The timed call for one workload, as a handle taking the dab's direction (true: paint, false:
     * erase; ignored by the full recomputes) and returning the result. {@code workload} is {@code
     * raw}, {@code layer}, {@code ncc}, {@code ssd} or {@code dab}, a dash, and {@code binary} or
     * {@code real}; the inputs are {@link BenchData}'s, as in {@code ConvolutionBenchmark} and
     * {@code DabUpdateBenchmark}.
     */
    MethodHandle step(String workload) throws Throwable {
        String[] parts = workload.split("-");
        boolean binary = parts[1].equals("binary");
        Object a = filter(BenchData.filter(1, binary, 3));
        Object gray = image(BenchData.image(1, binary, 1));
        MethodHandle call;
        switch (parts[0]) {
            case "raw":
            case "ncc":
            case "ssd":
                call = compute(gray, a, parts[0].toUpperCase());
                break;
            case "layer":
                call = layer(binary);
                break;
            case "dab":
                return dab(binary);
            default:
                throw new IllegalArgumentException("no workload " + workload);
        }
        return MethodHandles.dropArguments(
                call.asType(MethodType.methodType(Object.class)), 0, boolean.class);
    }

    private MethodHandle compute(Object image, Object filter, String mode) throws Throwable {
        Class<?> correlation = type("Correlation2D");
        MethodHandle compute =
                LOOKUP.findStatic(
                        correlation,
                        "compute",
                        MethodType.methodType(
                                type("ResponseMap"),
                                type("Image"),
                                type("Filter"),
                                type("ConvSettings"),
                                type("MatchMode"),
                                type("Activation")));
        return MethodHandles.insertArguments(
                compute, 0, image, filter, settings(), constant("MatchMode", mode), noActivation());
    }

    private MethodHandle layer(boolean binary) throws Throwable {
        Object rgb = image(BenchData.image(3, binary, 2));
        List<Object> filters = new ArrayList<>();
        for (long seed = 5; seed <= 7; seed++) {
            filters.add(filter(BenchData.filter(3, binary, seed)));
        }
        MethodHandle computeAll =
                LOOKUP.findStatic(
                        type("Correlation2D"),
                        "computeAll",
                        MethodType.methodType(
                                type("ResponseMap").arrayType(),
                                type("Image"),
                                List.class,
                                type("ConvSettings"),
                                type("MatchMode"),
                                type("Activation")));
        return MethodHandles.insertArguments(
                computeAll,
                0,
                rgb,
                List.copyOf(filters),
                settings(),
                constant("MatchMode", "RAW"),
                noActivation());
    }

    /** The dab of {@code DabUpdateBenchmark}: 3×3 at (300, 200), two filters, one offset. */
    private MethodHandle dab(boolean binary) throws Throwable {
        int top = 300;
        int left = 200;
        double[] d = BenchData.image(1, binary, 1).toArray();
        Object erased = image(1, withDab(d, top, left, 0));
        Object inked = image(1, withDab(d, top, left, 1));
        Class<?> spec = type("FilterSpec");
        MethodHandle plain =
                LOOKUP.findStatic(
                        spec, "plain", MethodType.methodType(spec, String.class, type("Filter")));
        MethodHandle offset =
                LOOKUP.findVirtual(
                        spec, "withOffset", MethodType.methodType(spec, int.class, int.class));
        Object specA = plain.invoke("A", filter(BenchData.filter(1, binary, 3)));
        Object specB =
                offset.invoke(plain.invoke("B", filter(BenchData.filter(1, binary, 4))), 2, 1);
        List<Object> specs = List.of(specA, specB);
        Class<?> workspace = type("Workspace");
        MethodHandle of =
                LOOKUP.findStatic(
                        workspace,
                        "of",
                        MethodType.methodType(workspace, type("Image"), List.class));
        Object before = of.invoke(erased, specs);
        Object after = of.invoke(inked, specs);
        Class<?> engineType = type("DetectionEngine");
        Object engine =
                LOOKUP.findConstructor(engineType, MethodType.methodType(void.class)).invoke();
        LOOKUP.findVirtual(engineType, "reset", MethodType.methodType(type("Detection"), workspace))
                .invoke(engine, before);
        Object window =
                LOOKUP.findConstructor(
                                type("Window"),
                                MethodType.methodType(
                                        void.class, int.class, int.class, int.class, int.class))
                        .invoke(top, left, 3, 3);
        MethodHandle update =
                LOOKUP.findVirtual(
                                engineType,
                                "update",
                                MethodType.methodType(type("Detection"), workspace, type("Window")))
                        .bindTo(engine);
        MethodType timed = MethodType.methodType(Object.class);
        MethodHandle paint = MethodHandles.insertArguments(update, 0, after, window).asType(timed);
        MethodHandle erase = MethodHandles.insertArguments(update, 0, before, window).asType(timed);
        return MethodHandles.guardWithTest(
                MethodHandles.identity(boolean.class),
                MethodHandles.dropArguments(paint, 0, boolean.class),
                MethodHandles.dropArguments(erase, 0, boolean.class));
    }

    private static double[] withDab(double[] image, int top, int left, double value) {
        double[] d = image.clone();
        for (int y = top; y < top + 3; y++) {
            for (int x = left; x < left + 3; x++) {
                d[y * BenchData.SIZE + x] = value;
            }
        }
        return d;
    }

    /**
     * Every number of a result, map by map: the response maps, and for a detection also the
     * combined map and the argmax (value, row, column).
     */
    static List<double[]> numbers(Object result) throws ReflectiveOperationException {
        List<double[]> out = new ArrayList<>();
        if (result.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(result); i++) {
                out.add(values(Array.get(result, i)));
            }
        } else if (result.getClass().getSimpleName().equals("Detection")) {
            for (Object map : (List<?>) call(result, "responses")) {
                out.add(values(map));
            }
            out.add(values(call(result, "combined")));
            Object argmax = call(result, "argmax");
            out.add(
                    new double[] {
                        (double) call(argmax, "max"),
                        (int) call(argmax, "row"),
                        (int) call(argmax, "col")
                    });
        } else {
            out.add(values(result));
        }
        return out;
    }

    private static double[] values(Object map) throws ReflectiveOperationException {
        return (double[]) call(map, "toArray");
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        return target.getClass().getMethod(method).invoke(target);
    }

    private Object image(Image like) throws Throwable {
        return image(like.channels(), like.toArray());
    }

    private Object image(int channels, double[] data) throws Throwable {
        return LOOKUP.findStatic(
                        type("Image"),
                        "of",
                        MethodType.methodType(
                                type("Image"), int.class, int.class, int.class, double[].class))
                .invoke(BenchData.SIZE, BenchData.SIZE, channels, data);
    }

    private Object filter(Filter like) throws Throwable {
        return LOOKUP.findStatic(
                        type("Filter"),
                        "of",
                        MethodType.methodType(
                                type("Filter"),
                                int.class,
                                int.class,
                                int.class,
                                double[].class,
                                double.class))
                .invoke(like.height(), like.width(), like.channels(), like.toArray(), like.bias());
    }

    private Object settings() throws ReflectiveOperationException {
        return type("ConvSettings").getField("DEFAULT").get(null);
    }

    private Object noActivation() throws ReflectiveOperationException {
        return constant("Activation", "NONE");
    }

    private Object constant(String enumType, String name) throws ReflectiveOperationException {
        return type(enumType).getField(name).get(null);
    }

    private Class<?> type(String simpleName) throws ClassNotFoundException {
        try {
            return Class.forName(pkg + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new ClassNotFoundException(
                    pkg
                            + " is not on the class path: run src/bench/compare-engine.sh, which"
                            + " compiles the engine before the split",
                    e);
        }
    }
}
