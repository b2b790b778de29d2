package dev.steward.api.quality;

/** The complaint-spike threshold: mean + 2 × the population standard deviation of the weeks before. Pure. */
final class Spikes {

    private Spikes() {}

    static double threshold(double[] history) {
        double mean = 0;
        for (double h : history) {
            mean += h;
        }
        mean /= history.length;
        double variance = 0;
        for (double h : history) {
            variance += (h - mean) * (h - mean);
        }
        return mean + 2 * Math.sqrt(variance / history.length);
    }
}
