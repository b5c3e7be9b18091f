package org.convlab.viewmodel.document;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convlab.conv.Detection;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.Workspace;
import org.convlab.format.MapPicture;

/**
 * One picture that can be exported or copied: the input, a filter's response map, or the combined
 * map. {@link #all} lists what a workspace offers; a map that cannot be computed (the kernel does
 * not fit) is simply not offered.
 *
 * @param filterIndex the filter whose response map a {@link Kind#RESPONSE} shows; −1, unused, for
 *     the input and the combined map, which {@code kind} alone names
 */
public record MapChoice(String label, String fileStem, Kind kind, int filterIndex) {
    public enum Kind {
        INPUT,
        RESPONSE,
        COMBINED
    }

    public static List<MapChoice> all(Workspace ws) {
        List<MapChoice> list = new ArrayList<>();
        list.add(new MapChoice("Input image", "input", Kind.INPUT, -1));
        Detection d;
        try {
            d = Detection.of(ws);
        } catch (IllegalArgumentException e) {
            return list;
        }
        Set<String> stems = new HashSet<>();
        for (int i = 0; i < d.responses().size(); i++) {
            String name = ws.filters().get(i).name();
            String stem = "response-" + safe(name);
            // two filters may share a name; their files must not overwrite each other
            String unique = stem;
            for (int n = 2; !stems.add(unique); n++) {
                unique = stem + "-" + n;
            }
            list.add(new MapChoice("Response map of filter " + name, unique, Kind.RESPONSE, i));
        }
        list.add(new MapChoice("Combined map D", "combined", Kind.COMBINED, -1));
        return list;
    }

    /** The picture at {@code scale} pixels per cell, with the colour legend for maps. */
    public BufferedImage render(Workspace ws, int scale) {
        return switch (kind) {
            case INPUT -> MapPicture.ofInput(ws.image(), scale);
            case RESPONSE -> {
                ResponseMap m = Detection.of(ws).responses().get(filterIndex);
                yield MapPicture.ofMap(m.toRows(), scale);
            }
            case COMBINED -> MapPicture.ofMap(Detection.of(ws).combined().toRows(), scale);
        };
    }

    /** A scale that makes the picture about 512 pixels on its long side, as on a projector. */
    public static int suggestedScale(Workspace ws) {
        int side = Math.max(ws.image().height(), ws.image().width());
        return Math.max(1, Math.min(MapPicture.MAX_SCALE, 512 / side));
    }

    private static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9_-]+", "_");
        return s.isEmpty() ? "filter" : s;
    }

    @Override
    public String toString() {
        return label;
    }
}
