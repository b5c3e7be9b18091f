package org.convlab.conv;

import java.util.ArrayList;
import java.util.List;

/**
 * The stages after the filter bank: each filter's map pooled (when the workspace pools), then
 * either the gain/offset sum or the second layer over those maps, as the detector map D.
 */
final class Stages {
    private Stages() {}

    /** The detection of a workspace with pooling or a second layer, from its response maps. */
    static Detection detect(Workspace ws, List<ResponseMap> maps) {
        Overflow.checkMaps(ws, maps);
        List<ResponseMap> pooled = ws.pooling() == null ? List.of() : pool(ws, maps);
        Overflow.checkPooled(ws, pooled);
        List<ResponseMap> layerOne = pooled.isEmpty() ? maps : pooled;
        CombinedMap combined;
        if (ws.secondLayer() != null) {
            combined = secondLayer(ws.secondLayer(), layerOne, !pooled.isEmpty(), ws.filters());
        } else {
            List<DetectorTerm> terms = new ArrayList<>();
            for (int k = 0; k < layerOne.size(); k++) {
                FilterSpec f = ws.filters().get(k);
                terms.add(new DetectorTerm(layerOne.get(k), f.gain(), f.dx(), f.dy()));
            }
            combined = CombinedMap.combine(terms);
        }
        Overflow.check(ws, List.of(), new int[0][], combined);
        Argmax a = combined.argmax();
        return new Detection(maps, combined, a, combined.window(a.row(), a.col()), pooled);
    }

    /** Each map pooled, in filter order; refuses a window that does not fit or too much work. */
    static List<ResponseMap> pool(Workspace ws, List<ResponseMap> maps) {
        Pooling p = ws.pooling();
        long work = 0;
        List<Geometry> geometries = new ArrayList<>();
        for (int k = 0; k < maps.size(); k++) {
            ResponseMap m = maps.get(k);
            String why = p.refusal(m.height(), m.width());
            if (why != null) {
                throw new IllegalArgumentException(
                        "filter " + Echo.inside(ws.filters().get(k).name()) + ": " + why);
            }
            Geometry g = geometry(p, m.height(), m.width());
            geometries.add(g);
            work += (long) m.height() * m.width() + (long) g.outHeight() * g.outWidth() * window(g);
        }
        WorkCost.checkStage("the pooling", work, 1);
        List<ResponseMap> out = new ArrayList<>();
        for (int k = 0; k < maps.size(); k++) {
            ResponseMap m = maps.get(k);
            Geometry g = geometries.get(k);
            out.add(new ResponseMap(g, m.inputGeometry().followedBy(g), p.apply(m.toRows())));
        }
        return out;
    }

    private static long window(Geometry g) {
        return (long) g.kernelHeight() * g.kernelWidth();
    }

    /**
     * How a pooling sits on an h×w map, as a valid, undilated window: p×p moved by s, or for a
     * global pool the whole map once. The pooling must fit ({@link Pooling#refusal} is null).
     */
    static Geometry geometry(Pooling p, int h, int w) {
        boolean global = p.kind().global();
        return Geometry.of(
                h,
                w,
                global ? h : p.size(),
                global ? w : p.size(),
                ConvSettings.DEFAULT.withStride(global ? 1 : p.stride()));
    }

    /** The second layer over the maps as its taps; refuses maps of different sizes. */
    static CombinedMap secondLayer(
            SecondLayer layer, List<ResponseMap> maps, boolean pooled, List<FilterSpec> filters) {
        String kind = pooled ? "pooled maps" : "maps";
        if (layer.channels() != maps.size()) {
            throw new IllegalArgumentException(
                    "the second layer reads "
                            + layer.channels()
                            + (layer.channels() == 1 ? " map" : " maps")
                            + " but there "
                            + (maps.size() == 1
                                    ? "is 1 filter"
                                    : "are " + maps.size() + " filters"));
        }
        ResponseMap first = maps.get(0);
        for (int k = 1; k < maps.size(); k++) {
            ResponseMap m = maps.get(k);
            if (m.height() != first.height() || m.width() != first.width()) {
                throw new IllegalArgumentException(
                        "the second layer needs "
                                + kind
                                + " of one size, but filter "
                                + Echo.inside(filters.get(0).name())
                                + "'s is "
                                + first.height()
                                + "×"
                                + first.width()
                                + " and filter "
                                + Echo.inside(filters.get(k).name())
                                + "'s is "
                                + m.height()
                                + "×"
                                + m.width());
            }
        }
        if (layer.height() > first.height() || layer.width() > first.width()) {
            throw new IllegalArgumentException(
                    "the second layer's "
                            + layer.height()
                            + "×"
                            + layer.width()
                            + " kernel is larger than the "
                            + first.height()
                            + "×"
                            + first.width()
                            + " "
                            + kind
                            + " it reads");
        }
        long cells =
                (long) (first.height() - layer.height() + 1) * (first.width() - layer.width() + 1);
        WorkCost.checkStage(
                "the second layer", cells, (long) maps.size() * layer.height() * layer.width());
        List<DetectorTerm> taps = new ArrayList<>();
        for (int k = 0; k < maps.size(); k++) {
            for (int i = 0; i < layer.height(); i++) {
                for (int j = 0; j < layer.width(); j++) {
                    taps.add(new DetectorTerm(maps.get(k), layer.weight(k, i, j), j, i));
                }
            }
        }
        return CombinedMap.secondLayer(taps, layer.bias());
    }
}
