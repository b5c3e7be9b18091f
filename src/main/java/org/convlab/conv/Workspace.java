package org.convlab.conv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a detector needs, as one immutable value: the input image, the filter bank and the
 * global settings. It is what the GUI edits, saves and undoes, what the command line reads and what
 * tests build. {@code extras} holds the GUI's own JSON fields (view settings and the like) as plain
 * JSON-shaped values (Map, List, String, Number, Boolean), kept so that saving keeps them.
 *
 * <p>{@code pooling} (null: none) pools each filter's map after the activation; {@code secondLayer}
 * (null: none) replaces the gain/offset sum as the detector map. Gains and offsets stay in the
 * filters while a second layer is present, unused, so removing it brings them back.
 */
public record Workspace(
        Image image,
        List<FilterSpec> filters,
        ConvSettings convolution,
        MatchMode matching,
        Activation activation,
        Map<String, Object> extras,
        Pooling pooling,
        SecondLayer secondLayer) {
    public Workspace {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(convolution, "convolution");
        Objects.requireNonNull(matching, "matching");
        Objects.requireNonNull(activation, "activation");
        filters = List.copyOf(filters);
        extras = extras == null ? Map.of() : Map.copyOf(extras);
        int groups = convolution.groups();
        if (groups != 1) {
            convolution.requireGroupsFit(image.channels(), filters.size());
            checkDepths(image.channels(), filters, groups);
        }
        for (FilterSpec f : filters) {
            if (groups == 1 && f.filter().channels() != image.channels()) {
                throw new IllegalArgumentException(
                        "filter "
                                + f.name()
                                + " has "
                                + f.filter().channels()
                                + " channel(s) but the image has "
                                + image.channels());
            }
        }
    }

    /** A one-layer workspace: no pooling, no second layer. */
    public Workspace(
            Image image,
            List<FilterSpec> filters,
            ConvSettings convolution,
            MatchMode matching,
            Activation activation,
            Map<String, Object> extras) {
        this(image, filters, convolution, matching, activation, extras, null, null);
    }

    /** Every filter C/g slices deep: one line naming the filter that is not. */
    private static void checkDepths(int channels, List<FilterSpec> filters, int groups) {
        int perGroup = channels / groups;
        for (FilterSpec f : filters) {
            if (f.filter().channels() != perGroup) {
                throw new IllegalArgumentException(
                        "filter "
                                + f.name()
                                + " has "
                                + f.filter().channels()
                                + " channel(s) but with "
                                + groups
                                + " groups each filter reads "
                                + perGroup
                                + " of the image's "
                                + channels);
            }
        }
    }

    /** The channels filter n reads start here (all filters start at 0 with one group). */
    public int firstChannel(int n) {
        return convolution.firstChannel(n, filters.size(), image.channels());
    }

    /**
     * The image filter n correlates: the whole image with one group, else the C/g channels of its
     * group (a copy; planar storage keeps a group's channels in one run).
     */
    public Image inputOf(int n) {
        if (convolution.groups() == 1) {
            return image;
        }
        return image.channelRange(firstChannel(n), filters.get(n).filter().channels());
    }

    /** A workspace with default settings and no extras. */
    public static Workspace of(Image image, List<FilterSpec> filters) {
        return new Workspace(
                image, filters, ConvSettings.DEFAULT, MatchMode.RAW, Activation.NONE, Map.of());
    }

    /**
     * A workspace with these convolution settings (a grouped layer, say), raw matching, no extras.
     */
    public static Workspace of(Image image, List<FilterSpec> filters, ConvSettings convolution) {
        return new Workspace(image, filters, convolution, MatchMode.RAW, Activation.NONE, Map.of());
    }

    public Workspace withImage(Image i) {
        return new Workspace(
                i, filters, convolution, matching, activation, extras, pooling, secondLayer);
    }

    public Workspace withFilters(List<FilterSpec> f) {
        return new Workspace(
                image, f, convolution, matching, activation, extras, pooling, secondLayer);
    }

    public Workspace withFilter(int index, FilterSpec f) {
        List<FilterSpec> copy = new ArrayList<>(filters);
        copy.set(index, f);
        return withFilters(copy);
    }

    public Workspace withConvolution(ConvSettings c) {
        return new Workspace(image, filters, c, matching, activation, extras, pooling, secondLayer);
    }

    public Workspace withMatching(MatchMode m) {
        return new Workspace(
                image, filters, convolution, m, activation, extras, pooling, secondLayer);
    }

    public Workspace withActivation(Activation a) {
        return new Workspace(
                image, filters, convolution, matching, a, extras, pooling, secondLayer);
    }

    /** This workspace with {@code p} as its pooling (null: none). */
    public Workspace withPooling(Pooling p) {
        return new Workspace(
                image, filters, convolution, matching, activation, extras, p, secondLayer);
    }

    /** This workspace with {@code layer} as its second layer (null: back to gains and offsets). */
    public Workspace withSecondLayer(SecondLayer layer) {
        return new Workspace(
                image, filters, convolution, matching, activation, extras, pooling, layer);
    }

    /** This image and filter bank together (when both change channels at once). */
    public Workspace withImageAndFilters(Image i, List<FilterSpec> f) {
        return new Workspace(i, f, convolution, matching, activation, extras, pooling, secondLayer);
    }

    public Workspace withExtras(Map<String, Object> e) {
        return new Workspace(
                image, filters, convolution, matching, activation, e, pooling, secondLayer);
    }
}
