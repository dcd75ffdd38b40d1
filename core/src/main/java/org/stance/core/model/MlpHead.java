package org.stance.core.model;

import java.util.List;
import java.util.Set;

/**
 * A feed-forward head on the encoder vector: dense layers with ReLU between them; the last layer
 * gives one logit per label (the sigmoid is applied by calibration).
 *
 * @param weights per layer, [inputs][outputs] (the Deeplearning4j layout)
 * @param biases per layer, [outputs]
 */
public record MlpHead(List<float[][]> weights, List<float[]> biases) implements Head {
    public MlpHead {
        weights = List.copyOf(weights);
        biases = List.copyOf(biases);
        if (weights.size() != biases.size() || weights.isEmpty()) {
            throw new IllegalArgumentException("an MLP needs as many bias vectors as weight matrices");
        }
    }

    @Override
    public double[] logits(float[] embedding, Set<String> lexical) {
        double[] x = new double[embedding.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = embedding[i];
        }
        for (int layer = 0; layer < weights.size(); layer++) {
            float[][] w = weights.get(layer);
            float[] b = biases.get(layer);
            if (w.length != x.length) {
                throw new IllegalArgumentException("layer " + layer + " expects " + w.length + " inputs, got " + x.length);
            }
            double[] y = new double[b.length];
            for (int o = 0; o < b.length; o++) {
                y[o] = b[o];
            }
            for (int i = 0; i < x.length; i++) {
                double xi = x[i];
                if (xi != 0) {
                    float[] row = w[i];
                    for (int o = 0; o < y.length; o++) {
                        y[o] += xi * row[o];
                    }
                }
            }
            if (layer < weights.size() - 1) {
                for (int o = 0; o < y.length; o++) {
                    y[o] = Math.max(0, y[o]);
                }
            }
            x = y;
        }
        return x;
    }

    @Override
    public String type() {
        return "mlp";
    }

    @Override
    public int labels() {
        return biases.get(biases.size() - 1).length;
    }
}
