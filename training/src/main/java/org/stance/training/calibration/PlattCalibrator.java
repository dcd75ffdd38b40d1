package org.stance.training.calibration;

import org.stance.core.model.Platt;

/**
 * Fits Platt scaling {@code p = sigmoid(a z + b)} to held-out logits by Newton's method, with
 * Platt's smoothed targets so that a perfectly separated dev set does not give infinite slopes.
 */
public final class PlattCalibrator {
    private PlattCalibrator() {
    }

    public static Platt fit(double[] logits, boolean[] gold) {
        int pos = 0;
        for (boolean g : gold) {
            if (g) {
                pos++;
            }
        }
        int neg = gold.length - pos;
        if (pos == 0 || neg == 0) {
            return Platt.IDENTITY;
        }
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double a = 1;
        double b = 0;
        for (int iter = 0; iter < 100; iter++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-9;
            double hab = 0;
            double hbb = 1e-9;
            for (int i = 0; i < logits.length; i++) {
                double t = gold[i] ? hi : lo;
                double p = 1 / (1 + Math.exp(-(a * logits[i] + b)));
                double d = p - t;
                ga += d * logits[i];
                gb += d;
                double w = p * (1 - p);
                haa += w * logits[i] * logits[i];
                hab += w * logits[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-12) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) {
                break;
            }
        }
        return new Platt(a, b);
    }
}
