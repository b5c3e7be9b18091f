package org.convlab.format;

import java.util.List;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Geometry;
import org.convlab.conv.Image;
import org.convlab.conv.Padding;
import org.convlab.conv.WorkCost;
import org.convlab.conv.Workspace;

/**
 * The rules a workspace must meet beyond its value classes' own checks (the documented limits and a
 * kernel that fits), shared by the reader and the writer so that nothing is saved that could not be
 * opened again.
 */
final class WorkspaceChecks {
    private WorkspaceChecks() {}

    /** Every limit and the geometry, for a workspace built in memory. */
    static void all(Workspace ws) throws FieldRefusal {
        Image img = ws.image();
        side("image height", img.height(), WorkspaceLimits.MAX_IMAGE_SIDE);
        side("image width", img.width(), WorkspaceLimits.MAX_IMAGE_SIDE);
        side("image channels", img.channels(), WorkspaceLimits.MAX_CHANNELS);
        if (ws.filters().size() > WorkspaceLimits.MAX_FILTERS) {
            throw new FieldRefusal(
                    "filters has "
                            + ws.filters().size()
                            + " entries; at most "
                            + WorkspaceLimits.MAX_FILTERS
                            + " filters are allowed");
        }
        for (int i = 0; i < ws.filters().size(); i++) {
            FilterSpec spec = ws.filters().get(i);
            Filter f = spec.filter();
            String path = "filters[" + i + "]";
            side(path + ".weights height", f.height(), WorkspaceLimits.MAX_KERNEL_SIDE);
            side(path + ".weights width", f.width(), WorkspaceLimits.MAX_KERNEL_SIDE);
            if (spec.name().length() > WorkspaceLimits.MAX_NAME_LENGTH) {
                throw new FieldRefusal(
                        path
                                + ".name has "
                                + spec.name().length()
                                + " characters; at most "
                                + WorkspaceLimits.MAX_NAME_LENGTH
                                + " are allowed");
            }
            if (Math.abs((long) spec.dx()) > WorkspaceLimits.MAX_OFFSET
                    || Math.abs((long) spec.dy()) > WorkspaceLimits.MAX_OFFSET) {
                throw new FieldRefusal(
                        path
                                + ".offset is ("
                                + spec.dx()
                                + ", "
                                + spec.dy()
                                + "); offsets may be at most "
                                + WorkspaceLimits.MAX_OFFSET
                                + " either way");
            }
        }
        ConvSettings c = ws.convolution();
        side("convolution.stride", c.stride(), WorkspaceLimits.MAX_STRIDE_OR_DILATION);
        side("convolution.dilation", c.dilation(), WorkspaceLimits.MAX_STRIDE_OR_DILATION);
        if (c.padding().kind() == Padding.Kind.EXPLICIT
                && c.padding().amount() > WorkspaceLimits.MAX_PADDING) {
            throw new FieldRefusal(
                    "convolution.padding is "
                            + c.padding().amount()
                            + "; at most "
                            + WorkspaceLimits.MAX_PADDING
                            + " is allowed");
        }
        geometry(img, ws.filters(), c);
        StagesCodec.check(ws);
    }

    private static void side(String what, int value, int max) throws FieldRefusal {
        if (value > max) {
            throw new FieldRefusal(what + " is " + value + "; at most " + max + " is allowed");
        }
    }

    /**
     * Refuses kernels that do not fit and work over a {@link WorkCost} budget (map cells,
     * multiply-adds, row buffers), before anything is computed: with the same sentence the GUI and
     * {@code detect} give.
     */
    static void geometry(Image image, List<FilterSpec> filters, ConvSettings conv)
            throws FieldRefusal {
        for (int i = 0; i < filters.size(); i++) {
            Filter k = filters.get(i).filter();
            try {
                Geometry.of(image.height(), image.width(), k.height(), k.width(), conv);
            } catch (IllegalArgumentException e) {
                throw new FieldRefusal("filters[" + i + "].weights: " + e.getMessage());
            }
        }
        try {
            WorkCost.check(
                    image.height(),
                    image.width(),
                    image.channels(),
                    filters.stream().map(FilterSpec::filter).toList(),
                    conv,
                    i -> "filters[" + i + "]");
        } catch (IllegalArgumentException e) {
            throw new FieldRefusal(e.getMessage());
        }
    }
}
