package org.stance.training.calibration;

/** Picks the decision threshold on calibrated scores that maximises a label's F1 on held-out data. */
public final class ThresholdTuner {
    private ThresholdTuner() {
    }

    /**
     * Thresholds within {@value #TOLERANCE} of the best dev F1 are treated as equal, and of those the one nearest
     * 0.5 is taken: a wide flat optimum on dev says little about where the boundary lies on new wording, and
     * 0.5 on calibrated scores is the least surprising choice.
     */
    public static double tune(double[] scores, boolean[] gold) {
        double[] f1s = new double[101];
        double bestF1 = 0;
        for (int k = 5; k <= 95; k++) {
            double t = k / 100.0;
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < scores.length; i++) {
                boolean on = scores[i] >= t;
                if (on && gold[i]) {
                    tp++;
                } else if (on) {
                    fp++;
                } else if (gold[i]) {
                    fn++;
                }
            }
            f1s[k] = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            bestF1 = Math.max(bestF1, f1s[k]);
        }
        double best = 0.5;
        double bestDistance = Double.MAX_VALUE;
        for (int k = 5; k <= 95; k++) {
            double t = k / 100.0;
            if (f1s[k] >= bestF1 - TOLERANCE && Math.abs(t - 0.5) < bestDistance) {
                bestDistance = Math.abs(t - 0.5);
                best = t;
            }
        }
        return best;
    }

    static final double TOLERANCE = 0.005;
}
