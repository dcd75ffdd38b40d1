package org.stance.training.calibration;

/** Picks the decision threshold on calibrated scores that maximises a label's F1 on held-out data. */
public final class ThresholdTuner {
    private ThresholdTuner() {
    }

    public static double tune(double[] scores, boolean[] gold) {
        double best = 0.5;
        double bestF1 = -1;
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
            double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            // ties go to the threshold nearest 0.5, the least surprising one
            if (f1 > bestF1 + 1e-12 || Math.abs(f1 - bestF1) <= 1e-12 && Math.abs(t - 0.5) < Math.abs(best - 0.5)) {
                bestF1 = f1;
                best = t;
            }
        }
        return best;
    }
}
