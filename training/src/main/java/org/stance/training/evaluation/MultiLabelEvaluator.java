package org.stance.training.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.stance.core.StanceLabel;

/** Computes a {@link MultiLabelEvaluation} from gold labels, scores and thresholds. */
public final class MultiLabelEvaluator {
    private static final int BOOTSTRAP = 1000;
    private static final int BINS = 10;

    private MultiLabelEvaluator() {
    }

    /**
     * @param gold [statement][label]
     * @param scores calibrated scores [statement][label]
     * @param thresholds per label
     * @param uncalibrated scores before calibration, or null
     */
    public static MultiLabelEvaluation evaluate(boolean[][] gold, double[][] scores, double[] thresholds, double[][] uncalibrated) {
        int n = gold.length;
        int labels = StanceLabel.values().length;
        boolean[][] pred = new boolean[n][labels];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < labels; l++) {
                pred[i][l] = scores[i][l] >= thresholds[l];
            }
        }
        List<LabelMetrics> per = perLabel(gold, pred, allRows(n));
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (LabelMetrics m : per) {
            tp += m.tp();
            fp += m.fp();
            fn += m.fn();
        }
        double micro = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        double macro = macro(per);
        int exact = 0;
        int wrong = 0;
        for (int i = 0; i < n; i++) {
            if (Arrays.equals(gold[i], pred[i])) {
                exact++;
            }
            for (int l = 0; l < labels; l++) {
                if (gold[i][l] != pred[i][l]) {
                    wrong++;
                }
            }
        }
        Random rnd = new Random(17);
        double[] boot = new double[BOOTSTRAP];
        for (int b = 0; b < BOOTSTRAP; b++) {
            int[] rows = new int[n];
            for (int i = 0; i < n; i++) {
                rows[i] = rnd.nextInt(n);
            }
            boot[b] = macro(perLabel(gold, pred, rows));
        }
        Arrays.sort(boot);
        double[] ci = n == 0 ? new double[] {0, 0} : new double[] {boot[(int) (0.025 * BOOTSTRAP)], boot[(int) (0.975 * BOOTSTRAP) - 1]};
        Map<String, List<double[]>> pr = new LinkedHashMap<>();
        Map<String, List<double[]>> sweep = new LinkedHashMap<>();
        for (int l = 0; l < labels; l++) {
            pr.put(StanceLabel.values()[l].id(), prCurve(gold, scores, l));
            sweep.put(StanceLabel.values()[l].id(), sweep(gold, scores, l));
        }
        List<double[]> rel = reliability(gold, scores);
        return new MultiLabelEvaluation(n, per, micro, macro, n == 0 ? 0 : exact / (double) n,
                n == 0 ? 0 : wrong / (double) (n * labels), ci, ece(rel, n * labels),
                uncalibrated == null ? Double.NaN : ece(reliability(gold, uncalibrated), n * labels), pr, sweep, rel);
    }

    private static int[] allRows(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    static List<LabelMetrics> perLabel(boolean[][] gold, boolean[][] pred, int[] rows) {
        List<LabelMetrics> out = new ArrayList<>();
        for (int l = 0; l < StanceLabel.values().length; l++) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int tn = 0;
            for (int i : rows) {
                if (pred[i][l] && gold[i][l]) {
                    tp++;
                } else if (pred[i][l]) {
                    fp++;
                } else if (gold[i][l]) {
                    fn++;
                } else {
                    tn++;
                }
            }
            out.add(new LabelMetrics(StanceLabel.values()[l].id(), tp, fp, fn, tn));
        }
        return out;
    }

    static double macro(List<LabelMetrics> per) {
        return per.stream().mapToDouble(LabelMetrics::f1).average().orElse(0);
    }

    private static List<double[]> prCurve(boolean[][] gold, double[][] scores, int l) {
        Integer[] order = new Integer[gold.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i][l]));
        int positives = 0;
        for (boolean[] g : gold) {
            if (g[l]) {
                positives++;
            }
        }
        List<double[]> out = new ArrayList<>();
        int tp = 0;
        for (int k = 0; k < order.length; k++) {
            if (gold[order[k]][l]) {
                tp++;
            }
            boolean lastOfTie = k == order.length - 1 || scores[order[k + 1]][l] != scores[order[k]][l];
            if (lastOfTie && positives > 0) {
                out.add(new double[] {tp / (double) positives, tp / (double) (k + 1)});
            }
        }
        return out;
    }

    private static List<double[]> sweep(boolean[][] gold, double[][] scores, int l) {
        List<double[]> out = new ArrayList<>();
        for (int k = 1; k <= 19; k++) {
            double t = k * 0.05;
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < gold.length; i++) {
                boolean on = scores[i][l] >= t;
                if (on && gold[i][l]) {
                    tp++;
                } else if (on) {
                    fp++;
                } else if (gold[i][l]) {
                    fn++;
                }
            }
            LabelMetrics m = new LabelMetrics("", tp, fp, fn, 0);
            out.add(new double[] {t, m.precision(), m.recall(), m.f1()});
        }
        return out;
    }

    /** Reliability bins over every (statement, label) score. */
    static List<double[]> reliability(boolean[][] gold, double[][] scores) {
        double[] sum = new double[BINS];
        double[] pos = new double[BINS];
        int[] count = new int[BINS];
        for (int i = 0; i < gold.length; i++) {
            for (int l = 0; l < gold[i].length; l++) {
                int b = Math.min(BINS - 1, (int) (scores[i][l] * BINS));
                sum[b] += scores[i][l];
                pos[b] += gold[i][l] ? 1 : 0;
                count[b]++;
            }
        }
        List<double[]> out = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            out.add(new double[] {count[b] == 0 ? (b + 0.5) / BINS : sum[b] / count[b], count[b] == 0 ? 0 : pos[b] / count[b], count[b]});
        }
        return out;
    }

    /** Expected calibration error: the count-weighted gap between mean score and fraction positive. */
    static double ece(List<double[]> bins, int total) {
        if (total == 0) {
            return 0;
        }
        double e = 0;
        for (double[] b : bins) {
            e += b[2] / total * Math.abs(b[0] - b[1]);
        }
        return e;
    }
}
