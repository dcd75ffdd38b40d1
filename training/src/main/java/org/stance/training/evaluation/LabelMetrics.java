package org.stance.training.evaluation;

/** Confusion counts of one label and the figures derived from them. */
public record LabelMetrics(String label, int tp, int fp, int fn, int tn) {
    public int support() {
        return tp + fn;
    }

    public double precision() {
        return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    public double f1() {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
