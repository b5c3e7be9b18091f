package org.convlab.viewmodel.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Geometry;
import org.convlab.conv.Image;
import org.convlab.conv.NumberText;
import org.convlab.conv.Workspace;
import org.convlab.format.WorkspaceLimits;

/**
 * The workspace changes that come from files rather than from the screen: a new input picture and
 * an imported or pasted filter. Each returns the new workspace and a sentence saying what happened,
 * or refuses with a message naming the problem.
 */
public final class WorkspaceEdits {
    private WorkspaceEdits() {}

    /** A new workspace and what the user should know about how it was made. */
    public record Result(Workspace workspace, String note) {}

    /**
     * Puts {@code image} in as the input. When the channel count changes the filters follow: a
     * one-channel kernel is copied onto each colour channel, a colour kernel's channels are added
     * into one (what it computes on a grey picture whose R = G = B).
     */
    public static Result withImage(Workspace ws, Image image) {
        long bytes = estimatedFileBytes(image);
        if (bytes > WorkspaceLimits.MAX_FILE_BYTES) {
            throw new IllegalArgumentException(
                    "as the input, this "
                            + image.height()
                            + "×"
                            + image.width()
                            + "×"
                            + image.channels()
                            + " picture would make a workspace file of about "
                            + (bytes >> 20)
                            + " MiB, more than the "
                            + (WorkspaceLimits.MAX_FILE_BYTES >> 20)
                            + " MiB a workspace may have, so it could not be saved; scale it down or import it in black and white");
        }
        int from = ws.image().channels();
        int to = image.channels();
        if (from == to) {
            return new Result(ws.withImage(image), "The input is now " + size(image) + ".");
        }
        List<FilterSpec> filters = new ArrayList<>();
        for (FilterSpec f : ws.filters()) {
            filters.add(f.withFilter(toChannels(f.filter(), to)));
        }
        String how =
                to > from
                        ? "each filter's kernel was copied onto every colour channel"
                        : "each filter's colour channels were added into one kernel";
        // Both at once: a workspace never holds filters whose channels differ from the image's.
        return new Result(
                ws.withImageAndFilters(image, filters),
                "The input is now " + size(image) + "; " + how + ".");
    }

    /**
     * Puts {@code weights} in as filter {@code index} (keeping its name, bias, gain and offset) or,
     * with {@code index} equal to the number of filters, adds it as a new filter. A one-channel
     * kernel on a colour input is copied onto each channel.
     *
     * @throws IllegalArgumentException with a message for the user when the channels do not match
     *     or the kernel is larger than the padded input
     */
    public static Result withFilter(Workspace ws, int index, Filter weights) {
        int c = ws.image().channels();
        Filter f = weights;
        if (f.channels() != c) {
            if (f.channels() != 1) {
                throw new IllegalArgumentException(
                        "the filter has "
                                + f.channels()
                                + " channels but the input has "
                                + c
                                + "; give one block per channel, or a single block to use on every channel");
            }
            f = toChannels(f, c);
        }
        // Refuses a kernel that does not fit, with the core's message about the empty output.
        Geometry.of(
                ws.image().height(), ws.image().width(), f.height(), f.width(), ws.convolution());
        List<FilterSpec> filters = new ArrayList<>(ws.filters());
        String name;
        if (index == filters.size()) {
            name = freeName(filters);
            filters.add(FilterSpec.plain(name, f));
        } else {
            FilterSpec old = filters.get(index);
            name = old.name();
            filters.set(index, old.withFilter(f.withBias(old.filter().bias())));
        }
        return new Result(
                ws.withFilters(filters),
                "Filter "
                        + name
                        + " is now "
                        + f.height()
                        + "×"
                        + f.width()
                        + (f.channels() > 1 ? "×" + f.channels() : "")
                        + ".");
    }

    /**
     * About how many bytes the image takes in a workspace file: each value as written plus its
     * separator. Imported pictures have at most 256 distinct values per channel, so the lengths are
     * looked up rather than formatted again.
     */
    static long estimatedFileBytes(Image image) {
        Map<Double, Integer> lengths = new HashMap<>();
        long total = 0;
        for (double v : image.toArray()) {
            Integer len = lengths.get(v);
            if (len == null) {
                len = NumberText.ascii(v).length() + 2;
                if (lengths.size() < 4096) {
                    lengths.put(v, len);
                }
            }
            total += len;
        }
        return total;
    }

    static Filter toChannels(Filter f, int channels) {
        int kh = f.height();
        int kw = f.width();
        double[] w = new double[channels * kh * kw];
        if (f.channels() == 1) {
            double[] one = f.toArray();
            for (int c = 0; c < channels; c++) {
                System.arraycopy(one, 0, w, c * kh * kw, kh * kw);
            }
        } else if (channels == 1) {
            double[] all = f.toArray();
            for (int c = 0; c < f.channels(); c++) {
                for (int i = 0; i < kh * kw; i++) {
                    w[i] += all[c * kh * kw + i];
                }
            }
        } else {
            throw new IllegalArgumentException(
                    "cannot turn a "
                            + f.channels()
                            + "-channel filter into "
                            + channels
                            + " channels");
        }
        return Filter.of(kh, kw, channels, w, f.bias());
    }

    private static String freeName(List<FilterSpec> filters) {
        for (char ch = 'A'; ch <= 'Z'; ch++) {
            String n = String.valueOf(ch);
            if (filters.stream().noneMatch(f -> f.name().equals(n))) {
                return n;
            }
        }
        return "F" + (filters.size() + 1);
    }

    private static String size(Image image) {
        return image.height()
                + "×"
                + image.width()
                + (image.channels() == 1
                        ? " with 1 channel"
                        : " with " + image.channels() + " channels");
    }
}
