package org.stance.training.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stance.core.model.Platt;

class CalibrationTest {
    @Test
    void plattRecoversAKnownScale() {
        // labels drawn with p = sigmoid(2z - 1): the fit should find a near 2 and b near -1
        Random r = new Random(3);
        int n = 20000;
        double[] z = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            z[i] = r.nextGaussian() * 2;
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-(2 * z[i] - 1)));
        }
        Platt p = PlattCalibrator.fit(z, y);
        assertEquals(2, p.a(), 0.15);
        assertEquals(-1, p.b(), 0.15);
    }

    @Test
    void degenerateLabelsGiveIdentity() {
        assertEquals(Platt.IDENTITY, PlattCalibrator.fit(new double[] {1, 2}, new boolean[] {true, true}));
    }

    @Test
    void thresholdMaximisesF1() {
        double[] s = {0.1, 0.2, 0.3, 0.35, 0.8, 0.9};
        boolean[] g = {false, false, true, true, true, true};
        double t = ThresholdTuner.tune(s, g);
        assertTrue(t > 0.2 && t <= 0.3, "threshold " + t);
    }
}
