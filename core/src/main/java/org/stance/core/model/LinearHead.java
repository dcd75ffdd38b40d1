package org.stance.core.model;

import java.util.Map;
import java.util.Set;

/**
 * A linear head: per label, weights over the encoder vector (if used) and over named lexical
 * features, plus a bias. Lexical features of a statement have value 1/sqrt(n) (unit L2 norm), as in
 * training.
 *
 * @param dense [label][encoder dimension], or empty arrays when the head uses no encoder features
 * @param lexical feature name to weight per label
 * @param bias per label
 */
public record LinearHead(float[][] dense, Map<String, float[]> lexical, float[] bias) implements Head {
    public LinearHead {
        lexical = Map.copyOf(lexical);
    }

    public boolean usesEncoder() {
        return dense.length > 0 && dense[0].length > 0;
    }

    @Override
    public double[] logits(float[] embedding, Set<String> features) {
        double[] z = new double[bias.length];
        for (int l = 0; l < bias.length; l++) {
            z[l] = bias[l];
            if (usesEncoder()) {
                for (int d = 0; d < embedding.length; d++) {
                    z[l] += dense[l][d] * embedding[d];
                }
            }
        }
        if (!lexical.isEmpty() && !features.isEmpty()) {
            double v = 1 / Math.sqrt(features.size());
            for (String f : features) {
                float[] w = lexical.get(f);
                if (w != null) {
                    for (int l = 0; l < z.length; l++) {
                        z[l] += w[l] * v;
                    }
                }
            }
        }
        return z;
    }

    @Override
    public String type() {
        return usesEncoder() ? (lexical.isEmpty() ? "linear-encoder" : "linear-encoder-lexical") : "linear-lexical";
    }

    @Override
    public int labels() {
        return bias.length;
    }
}
