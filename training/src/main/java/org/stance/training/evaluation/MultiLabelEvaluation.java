package org.stance.training.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything measured of a model's statement labels on one data set.
 *
 * @param ci95 95% bootstrap interval of macro-F1, {low, high}
 * @param prCurves per label, points {recall, precision}
 * @param sweep per label, rows {threshold, precision, recall, f1}
 * @param reliability rows {mean score, fraction positive, count} for 10 equal-width bins
 */
public record MultiLabelEvaluation(int statements, List<LabelMetrics> perLabel, double microF1, double macroF1,
                                   double exactMatch, double hammingLoss, double[] ci95, double ece, double eceUncalibrated,
                                   Map<String, List<double[]>> prCurves, Map<String, List<double[]>> sweep,
                                   List<double[]> reliability) {

    /** A compact map for manifests and metrics.json. */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statements", statements);
        m.put("macro_f1", round(macroF1));
        m.put("macro_f1_ci95", List.of(round(ci95[0]), round(ci95[1])));
        m.put("micro_f1", round(microF1));
        m.put("exact_match", round(exactMatch));
        m.put("hamming_loss", round(hammingLoss));
        m.put("ece", round(ece));
        if (!Double.isNaN(eceUncalibrated)) {
            m.put("ece_uncalibrated", round(eceUncalibrated));
        }
        Map<String, Object> labels = new LinkedHashMap<>();
        for (LabelMetrics l : perLabel) {
            labels.put(l.label(), Map.of("precision", round(l.precision()), "recall", round(l.recall()), "f1", round(l.f1()),
                    "support", l.support(), "tp", l.tp(), "fp", l.fp(), "fn", l.fn(), "tn", l.tn()));
        }
        m.put("labels", labels);
        return m;
    }

    public static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
