package org.convlab.lessons.learn;

/**
 * Spatial softmax cross-entropy over the cells of the combined map: {@code L = −log(exp(D[t]/T) /
 * Σ_p exp(D[p]/T))}. Computed with the maximum subtracted first, so that a map with values in the
 * thousands gives a finite loss instead of ∞ / ∞.
 */
final class SoftmaxLoss {
    private SoftmaxLoss() {}

    /**
     * The loss of map {@code d} (row-major) for target index {@code target}, writing {@code ∂L/∂D ·
     * scale} into {@code error}: {@code (softmax − one-hot) / T · scale}.
     */
    static double lossAndError(
            double[] d, int target, double temperature, double scale, double[] error) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : d) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int p = 0; p < d.length; p++) {
            double e = Math.exp((d[p] - max) / temperature);
            error[p] = e;
            sum += e;
        }
        double factor = scale / (temperature * sum);
        for (int p = 0; p < d.length; p++) {
            error[p] *= factor;
        }
        error[target] -= scale / temperature;
        return Math.log(sum) - (d[target] - max) / temperature;
    }
}
