package org.stance.core.model;

/**
 * Platt scaling of one label's logit: {@code p = 1 / (1 + exp(-(a * z + b)))}. Fitted on held-out
 * data so that a score of 0.8 is right about 80% of the time.
 */
public record Platt(double a, double b) {
    public static final Platt IDENTITY = new Platt(1, 0);

    public double probability(double logit) {
        return 1 / (1 + Math.exp(-(a * logit + b)));
    }
}
