package org.stance.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinearHeadTest {
    @Test
    void lexicalFeaturesHaveUnitNormAndUnknownOnesAreIgnored() {
        LinearHead h = new LinearHead(new float[][] {{1, 0}, {0, 1}, {0, 0}},
                Map.of("w=condemned", new float[] {0, 2, 0}, "w=sorrow", new float[] {0, 0, 4}), new float[] {-1, -1, -1});
        double[] z = h.logits(new float[] {0.5f, 0.25f}, Set.of("w=condemned", "w=sorrow", "w=unseen", "w=x"));
        // four features, value 1/sqrt(4) = 0.5 each
        assertEquals(-0.5, z[0], 1e-6);
        assertEquals(-1 + 0.25 + 1.0, z[1], 1e-6);
        assertEquals(-1 + 2.0, z[2], 1e-6);
    }

    @Test
    void plattMapsLogitsToProbabilities() {
        assertEquals(0.5, new Platt(2, 0).probability(0), 1e-9);
        assertEquals(1 / (1 + Math.exp(-3)), new Platt(2, 1).probability(1), 1e-9);
    }
}
