package org.convlab.conv;

import java.util.ArrayList;
import java.util.List;

/**
 * A workspace's detector run: each filter's response map, the combined map, its argmax and the
 * input window the argmax reads. With pooling, {@code pooled} holds each filter's pooled map (in
 * filter order; empty without pooling) and the combined map is built from those. With a second
 * layer, the combined map is the second layer's output ({@link CombinedMap#isSecondLayer}).
 */
public record Detection(
        List<ResponseMap> responses,
        CombinedMap combined,
        Argmax argmax,
        Window window,
        List<ResponseMap> pooled) {
    public Detection {
        responses = List.copyOf(responses);
        pooled = List.copyOf(pooled);
    }

    /** A detection without pooling. */
    public Detection(
            List<ResponseMap> responses, CombinedMap combined, Argmax argmax, Window window) {
        this(responses, combined, argmax, window, List.of());
    }

    /** The maps the combination reads: the pooled maps when there are any, else the responses. */
    public List<ResponseMap> layerOne() {
        return pooled.isEmpty() ? responses : pooled;
    }

    /**
     * Runs the detector the straightforward way. Refuses (IllegalArgumentException with a message
     * for the user) an empty filter bank, a kernel larger than the padded image, work over a {@link
     * WorkCost} budget (before anything is allocated), or offsets that leave no common position.
     */
    public static Detection of(Workspace ws) {
        if (ws.filters().isEmpty()) {
            throw new IllegalArgumentException(
                    "the filter bank is empty; add a filter to see a response");
        }
        Image in = ws.image();
        WorkCost.check(
                in.height(),
                in.width(),
                in.channels(),
                ws.filters().stream().map(FilterSpec::filter).toList(),
                ws.convolution(),
                i -> "filter " + Echo.inside(ws.filters().get(i).name()));
        List<ResponseMap> maps = new ArrayList<>();
        List<DetectorTerm> terms = new ArrayList<>();
        ResponseMap[] all;
        try {
            // All filters at once: they share the shifted image rows (same bits as one by one).
            all = byGroup(ws);
        } catch (IllegalArgumentException e) {
            all = null; // one by one below, to name the filter that cannot be applied
        }
        for (int i = 0; i < ws.filters().size(); i++) {
            FilterSpec f = ws.filters().get(i);
            ResponseMap m;
            try {
                m =
                        all != null
                                ? all[i]
                                : Correlation2D.compute(
                                        ws.inputOf(i),
                                        f.filter(),
                                        ws.convolution(),
                                        ws.matching(),
                                        ws.activation());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "filter " + Echo.inside(f.name()) + ": " + e.getMessage(), e);
            }
            maps.add(m);
            terms.add(new DetectorTerm(m, f.gain(), f.dx(), f.dy()));
        }
        if (ws.pooling() != null || ws.secondLayer() != null) {
            return Stages.detect(ws, maps);
        }
        Detection d = fromMaps(maps, terms);
        Overflow.check(ws, d.responses(), d.combined());
        return d;
    }

    /**
     * Every filter's map, group by group: the filters of one group correlate that group's channels
     * together, so a grouped layer is g layers of C/g channels side by side.
     */
    private static ResponseMap[] byGroup(Workspace ws) {
        int n = ws.filters().size();
        int groups = ws.convolution().groups();
        int perGroup = n / groups;
        ResponseMap[] all = new ResponseMap[n];
        for (int group = 0; group < groups; group++) {
            int first = group * perGroup;
            ResponseMap[] maps =
                    Correlation2D.computeAll(
                            ws.inputOf(first),
                            ws.filters().subList(first, first + perGroup).stream()
                                    .map(FilterSpec::filter)
                                    .toList(),
                            ws.convolution(),
                            ws.matching(),
                            ws.activation());
            System.arraycopy(maps, 0, all, first, perGroup);
        }
        return all;
    }

    static Detection fromMaps(List<ResponseMap> maps, List<DetectorTerm> terms) {
        CombinedMap combined = CombinedMap.combine(terms);
        Argmax a = combined.argmax();
        return new Detection(maps, combined, a, combined.window(a.row(), a.col()));
    }
}
