package org.convlab.viewmodel.translation;

/** Ready-made signals and kernels, each chosen to make one point of the lesson. */
public enum Preset {
    HOMEWORK("Homework example", new double[] {6, 7, 8, 1, 2, 3, 5}, new double[] {1, 2, 3}),
    FLAT_BACKGROUND(
            "Pattern on a flat background",
            new double[] {0, 0, 0, 1, 2, 3, 0, 0, 0, 0},
            new double[] {1, 2, 3}),
    AT_THE_BORDER(
            "Pattern at the border", new double[] {0, 0, 0, 0, 0, 1, 2, 3}, new double[] {1, 2, 3});

    private final String label;
    private final double[] signal;
    private final double[] kernel;

    Preset(String label, double[] signal, double[] kernel) {
        this.label = label;
        this.signal = signal;
        this.kernel = kernel;
    }

    public String label() {
        return label;
    }

    public double[] signal() {
        return signal.clone();
    }

    public double[] kernel() {
        return kernel.clone();
    }

    @Override
    public String toString() {
        return label;
    }
}
