package org.convlab.viewmodel.detector;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.Window;
import org.convlab.conv.Workspace;
import org.convlab.lessons.detector.FilterPresets;

/**
 * The filter bank of the detector: the selected filter, adding, removing, renaming, moving and
 * resizing filters, and their weights, bias, gain and offset.
 */
public final class FilterBankViewModel {
    private final DetectorViewModel vm;
    private int weightStrokeFilter = -1;
    private int weightStrokeSlice;

    FilterBankViewModel(DetectorViewModel vm) {
        this.vm = vm;
        selectedFilter = new SimpleIntegerProperty(vm, "selectedFilter", 0);
    }

    private final IntegerProperty selectedFilter;

    /** Index of the filter the filter commands (presets, size) act on. */
    public int getSelectedFilter() {
        return selectedFilter.get();
    }

    public void setSelectedFilter(int value) {
        selectedFilter.set(value);
    }

    public IntegerProperty selectedFilterProperty() {
        return selectedFilter;
    }

    /** Drops a weight stroke in progress without committing it (a load replaces the state). */
    void cancelWeightStroke() {
        weightStrokeFilter = -1;
    }

    private FilterSpec filter(int k) {
        if (k < 0 || k >= vm.getWorkspace().filters().size()) {
            throw new IllegalArgumentException(
                    "there is no filter number "
                            + (k + 1)
                            + "; the bank has "
                            + vm.getWorkspace().filters().size());
        }
        return vm.getWorkspace().filters().get(k);
    }

    /** Refuses a command on a filter that no longer exists (e.g. a field of a removed card). */
    private boolean missing(int k) {
        if (k >= 0 && k < vm.getWorkspace().filters().size()) {
            return false;
        }
        vm.refuse(
                "there is no filter number "
                        + (k + 1)
                        + "; the bank has "
                        + vm.getWorkspace().filters().size());
        return true;
    }

    private Workspace withFilter(int k, FilterSpec f) {
        return vm.getWorkspace().withFilter(k, f);
    }

    /** Adds an all-zero 5×5 filter named with the next free letter and selects it. */
    public void addFilter() {
        addFilter(
                Filter.of(
                        5,
                        5,
                        vm.getWorkspace().image().channels(),
                        new double[25 * vm.getWorkspace().image().channels()],
                        0),
                "new");
    }

    private boolean addFilter(Filter f, String what) {
        if (groupedRefusal("added")) {
            return false;
        }
        List<FilterSpec> fs = new ArrayList<>(vm.getWorkspace().filters());
        if (fs.size() >= DetectorViewModel.MAX_FILTERS) {
            vm.refuse(
                    "the bank holds at most "
                            + DetectorViewModel.MAX_FILTERS
                            + " filters (what a workspace file may hold); remove one first");
            return false;
        }
        String name = nextName(fs);
        fs.add(FilterSpec.plain(name, f));
        vm.edit(StagesViewModel.filterAdded(vm.getWorkspace().withFilters(fs)));
        setSelectedFilter(fs.size() - 1);
        vm.say("Added " + what + " filter " + name + " (" + f.height() + "×" + f.width() + ")");
        return true;
    }

    /** A grouped bank splits evenly into its groups, so filters cannot come and go one by one. */
    private boolean groupedRefusal(String done) {
        int g = vm.getWorkspace().convolution().groups();
        if (g == 1) {
            return false;
        }
        vm.refuse(
                "with "
                        + g
                        + " groups the filters split evenly into the groups, so one cannot be "
                        + done
                        + "; set the groups to standard first");
        return true;
    }

    static String nextName(List<FilterSpec> fs) {
        for (int i = 0; ; i++) {
            String name = i < 26 ? String.valueOf((char) ('A' + i)) : "F" + (i + 1);
            if (fs.stream().noneMatch(f -> f.name().equals(name))) {
                return name;
            }
        }
    }

    public boolean removeFilter(int k) {
        if (missing(k)) {
            return false;
        }
        if (groupedRefusal("removed")) {
            return false;
        }
        List<FilterSpec> fs = new ArrayList<>(vm.getWorkspace().filters());
        if (fs.size() <= 1) {
            vm.refuse("the detector needs at least one filter, so the last one cannot be removed");
            return false;
        }
        FilterSpec gone = fs.remove(k);
        vm.edit(StagesViewModel.filterRemoved(vm.getWorkspace().withFilters(fs), k));
        setSelectedFilter(Math.min(getSelectedFilter(), fs.size() - 1));
        vm.say("Removed filter " + gone.name());
        return true;
    }

    public boolean renameFilter(int k, String name) {
        if (missing(k)) {
            return false;
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            vm.refuse("a filter needs a name");
            return false;
        }
        if (n.length() > 12) {
            vm.refuse(
                    "filter names are at most 12 characters so the sum stays readable, got "
                            + n.length());
            return false;
        }
        for (int i = 0; i < vm.getWorkspace().filters().size(); i++) {
            if (i != k && filter(i).name().equals(n)) {
                vm.refuse("another filter is already called " + n);
                return false;
            }
        }
        if (n.equals(filter(k).name())) {
            return true;
        }
        return vm.tryEdit(() -> withFilter(k, filter(k).withName(n)));
    }

    /** Moves filter k by delta places in the bank (−1 up, +1 down). */
    public boolean moveFilter(int k, int delta) {
        if (missing(k)) {
            return false;
        }
        List<FilterSpec> fs = new ArrayList<>(vm.getWorkspace().filters());
        int to = k + delta;
        if (to < 0 || to >= fs.size()) {
            return false;
        }
        fs.add(to, fs.remove(k));
        vm.edit(StagesViewModel.filterMoved(vm.getWorkspace().withFilters(fs), k, to));
        setSelectedFilter(to);
        return true;
    }

    /** Resizes filter k to kh×kw (1 … 11), keeping the weights that fit, anchored top-left. */
    public boolean resizeFilter(int k, int kh, int kw) {
        if (missing(k)) {
            return false;
        }
        if (kh < 1
                || kw < 1
                || kh > DetectorViewModel.MAX_KERNEL
                || kw > DetectorViewModel.MAX_KERNEL) {
            vm.refuse(
                    "filter sides must be between 1 and "
                            + DetectorViewModel.MAX_KERNEL
                            + ", got "
                            + kh
                            + "×"
                            + kw);
            return false;
        }
        Filter f = filter(k).filter();
        if (f.height() == kh && f.width() == kw) {
            return true;
        }
        double[] w = new double[kh * kw * f.channels()];
        for (int c = 0; c < f.channels(); c++) {
            for (int i = 0; i < Math.min(kh, f.height()); i++) {
                for (int j = 0; j < Math.min(kw, f.width()); j++) {
                    w[(c * kh + i) * kw + j] = f.get(c, i, j);
                }
            }
        }
        return vm.tryEdit(
                () ->
                        withFilter(
                                k,
                                filter(k)
                                        .withFilter(Filter.of(kh, kw, f.channels(), w, f.bias()))));
    }

    /** Cycles weight (i, j) of filter k: 0 → +1 → −1 → 0 (any other value → 0). */
    public void cycleWeight(int k, int i, int j) {
        cycleWeight(k, 0, i, j);
    }

    /** Cycles weight (i, j) of slice s of filter k (a slice per channel the filter reads). */
    public void cycleWeight(int k, int s, int i, int j) {
        if (missing(k)) {
            return;
        }
        Filter f = filter(k).filter();
        if (s < 0 || s >= f.channels()) {
            return;
        }
        double v = f.get(s, i, j);
        setWeight(k, s, i, j, v == 0 ? 1 : (v == 1 ? -1 : 0));
    }

    public boolean setWeight(int k, int i, int j, double value) {
        return setWeight(k, 0, i, j, value);
    }

    /** Sets weight (i, j) of slice s of filter k. */
    public boolean setWeight(int k, int s, int i, int j, double value) {
        if (!Double.isFinite(value)) {
            vm.refuse("a weight must be a finite number, got " + value);
            return false;
        }
        return vm.tryEdit(
                () ->
                        withFilter(
                                k,
                                filter(k)
                                        .withFilter(
                                                withWeight(filter(k).filter(), s, i, j, value))));
    }

    /**
     * Sets weight (i, j) from typed text; refuses anything but a finite number with a message
     * naming the problem.
     */
    public boolean setWeightText(int k, int i, int j, String text) {
        Double v = vm.layerSettings().parseNumber(text, "weight");
        return v != null && setWeight(k, i, j, v);
    }

    /** Starts painting weights of filter k (a drag with the weight brush); the drag is one edit. */
    public void beginWeightStroke(int k) {
        beginWeightStroke(k, 0);
    }

    /** Starts painting the weights of slice s of filter k. */
    public void beginWeightStroke(int k, int s) {
        weightStrokeFilter = k;
        weightStrokeSlice = s;
    }

    /** Paints one weight during a weight stroke, recomputing live. */
    public void paintWeight(int i, int j, double value) {
        int k = weightStrokeFilter;
        if (k < 0 || k >= vm.getWorkspace().filters().size() || !Double.isFinite(value)) {
            return;
        }
        Filter f = filter(k).filter();
        int s = weightStrokeSlice;
        if (i < 0
                || j < 0
                || s >= f.channels()
                || i >= f.height()
                || j >= f.width()
                || f.get(s, i, j) == value) {
            return;
        }
        vm.setLive(withFilter(k, filter(k).withFilter(withWeight(f, s, i, j, value))), null);
    }

    public void endWeightStroke() {
        if (weightStrokeFilter >= 0) {
            weightStrokeFilter = -1;
            vm.commit();
        }
    }

    private static Filter withWeight(Filter f, int s, int i, int j, double value) {
        if (s < 0 || i < 0 || j < 0 || s >= f.channels() || i >= f.height() || j >= f.width()) {
            throw new IllegalArgumentException("the filter has no cell (" + i + ", " + j + ")");
        }
        double[] w = f.toArray();
        w[(s * f.height() + i) * f.width() + j] = value;
        return Filter.of(f.height(), f.width(), f.channels(), w, f.bias());
    }

    public boolean setBias(int k, double bias) {
        return vm.tryEdit(
                () -> withFilter(k, filter(k).withFilter(filter(k).filter().withBias(bias))));
    }

    public boolean setGain(int k, double gain) {
        return vm.tryEdit(() -> withFilter(k, filter(k).withGain(gain)));
    }

    /** Sets filter k's offset: the detector reads its map at (y + dy, x + dx). */
    public boolean setOffset(int k, int dx, int dy) {
        return vm.tryEdit(() -> withFilter(k, filter(k).withOffset(dx, dy)));
    }

    /**
     * Replaces filter k's weights with a preset at its current size (the 3×3 classics at 3×3), the
     * same in every slice of a filter that reads several channels.
     */
    public void applyPreset(int k, FilterPresets preset) {
        if (missing(k)) {
            return;
        }
        Filter f = filter(k).filter();
        Filter p = preset.make(f.height(), f.width());
        Filter made = PresetSlices.of(p, f.channels(), PresetSlices.EVERY, f.bias());
        if (vm.tryEdit(() -> withFilter(k, filter(k).withFilter(made)))) {
            vm.say("Filter " + filter(k).name() + " is now the " + preset.label() + " preset");
        }
    }

    /** Copies the selected rectangle of the input into a new filter: template matching. */
    public boolean filterFromSelection() {
        Window s =
                SelectionCheck.ofOneChannel(
                        vm, "filters from a selection need a one-channel image");
        if (s == null) {
            return false;
        }
        if (s.height() > DetectorViewModel.MAX_KERNEL || s.width() > DetectorViewModel.MAX_KERNEL) {
            vm.refuse(
                    "the selection is "
                            + s.height()
                            + "×"
                            + s.width()
                            + "; a filter can be at most "
                            + DetectorViewModel.MAX_KERNEL
                            + "×"
                            + DetectorViewModel.MAX_KERNEL);
            return false;
        }
        Image img = vm.getWorkspace().image();
        double[] w = new double[s.height() * s.width()];
        for (int i = 0; i < s.height(); i++) {
            for (int j = 0; j < s.width(); j++) {
                w[i * s.width() + j] = img.getOrZero(0, s.top() + i, s.left() + j);
            }
        }
        if (!addFilter(Filter.of(s.height(), s.width(), 1, w, 0), "template")) {
            return false;
        }
        vm.say(
                vm.getMessage()
                        + " copied from input "
                        + SelectionCheck.rowsAndColumns(s)
                        + "; NCC or SSD compare shapes rather than amounts of ink");
        return true;
    }

    /**
     * Replaces the filter bank with {@code learned} (the learning lesson's result) as one edit,
     * which Undo takes back; refused, with the reason as the message, when they do not fit.
     */
    public boolean useLearnedFilters(List<FilterSpec> learned) {
        return vm.tryEdit(() -> vm.getWorkspace().withFilters(learned));
    }
}
