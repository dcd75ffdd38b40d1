package org.stance.training.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.stance.core.StanceLabel;
import org.stance.core.corpus.GoldReadout;
import org.stance.core.corpus.LabeledStatement;
import org.stance.core.model.ArtifactStanceModel;
import org.stance.core.model.Platt;
import org.stance.core.model.StatementScore;
import org.stance.core.readout.ReadoutAnalyzer;

/** Evaluates a loaded model on labeled statements (and, when given, gold readouts) for the report. */
public final class ModelEvaluator {
    private static final int WORST = 25;
    private static final int MIN_PARTY_SUPPORT = 5;
    private final ReadoutAnalyzer analyzer;

    public ModelEvaluator(ReadoutAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public ModelEvaluation evaluate(String name, ArtifactStanceModel model, List<LabeledStatement> statements,
                                    List<GoldReadout> readouts) {
        List<String> texts = statements.stream().map(LabeledStatement::text).toList();
        double[][] z = model.logits(texts);
        StanceLabel[] labels = StanceLabel.values();
        double[][] cal = new double[z.length][labels.length];
        double[][] raw = new double[z.length][labels.length];
        boolean[][] gold = new boolean[z.length][labels.length];
        double[] th = new double[labels.length];
        for (int l = 0; l < labels.length; l++) {
            th[l] = model.manifest().thresholds().getOrDefault(labels[l].id(), 0.5);
        }
        List<StatementScore> scored = new ArrayList<>();
        for (int i = 0; i < z.length; i++) {
            StatementScore s = model.fromLogits(texts.get(i), z[i]);
            scored.add(s);
            for (int l = 0; l < labels.length; l++) {
                cal[i][l] = s.scores().get(labels[l]);
                raw[i][l] = Platt.IDENTITY.probability(z[i][l]);
                gold[i][l] = statements.get(i).labels().contains(labels[l]);
            }
        }
        MultiLabelEvaluation overall = MultiLabelEvaluator.evaluate(gold, cal, th, raw);
        Map<String, double[]> byConflict = breakdown(statements, gold, cal, th, s -> List.of(s.conflict().isEmpty() ? "(none)" : s.conflict()), 1);
        Map<String, double[]> byParty = breakdown(statements, gold, cal, th, LabeledStatement::parties, MIN_PARTY_SUPPORT);
        List<ModelEvaluation.ErrorCase> errors = new ArrayList<>();
        for (int i = 0; i < z.length; i++) {
            LabeledStatement st = statements.get(i);
            if (scored.get(i).labels().equals(st.labels())) {
                continue;
            }
            double err = 0;
            for (int l = 0; l < labels.length; l++) {
                err = Math.max(err, Math.abs((gold[i][l] ? 1 : 0) - cal[i][l]));
            }
            Map<String, Double> scores = new LinkedHashMap<>();
            for (int l = 0; l < labels.length; l++) {
                scores.put(labels[l].id(), MultiLabelEvaluation.round(cal[i][l]));
            }
            errors.add(new ModelEvaluation.ErrorCase(st.id(), st.text(), st.conflict(), StanceLabel.idsOf(st.labels()),
                    StanceLabel.idsOf(scored.get(i).labels()), scores, err));
        }
        errors.sort(Comparator.comparingDouble(ModelEvaluation.ErrorCase::error).reversed());
        ReadoutEvaluation re = readouts == null || readouts.isEmpty() ? null
                : new ReadoutEvaluator(analyzer).evaluate(readouts, model);
        return new ModelEvaluation(name, model.manifest(), overall, byConflict, byParty,
                errors.subList(0, Math.min(WORST, errors.size())), re);
    }

    /** Macro-F1 and support per group; statements in several groups count in each. */
    private static Map<String, double[]> breakdown(List<LabeledStatement> statements, boolean[][] gold, double[][] cal,
                                                   double[] th, Function<LabeledStatement, List<String>> groups, int minSupport) {
        Map<String, List<Integer>> rows = new TreeMap<>();
        for (int i = 0; i < statements.size(); i++) {
            for (String g : groups.apply(statements.get(i))) {
                rows.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        rows.entrySet().stream().filter(e -> e.getValue().size() >= minSupport)
                .sorted((a, b) -> b.getValue().size() - a.getValue().size())
                .forEach(e -> {
                    int n = e.getValue().size();
                    boolean[][] g = new boolean[n][];
                    double[][] c = new double[n][];
                    for (int k = 0; k < n; k++) {
                        g[k] = gold[e.getValue().get(k)];
                        c[k] = cal[e.getValue().get(k)];
                    }
                    boolean[][] pred = new boolean[n][th.length];
                    for (int k = 0; k < n; k++) {
                        for (int l = 0; l < th.length; l++) {
                            pred[k][l] = c[k][l] >= th[l];
                        }
                    }
                    int[] all = new int[n];
                    for (int k = 0; k < n; k++) {
                        all[k] = k;
                    }
                    out.put(e.getKey(), new double[] {MultiLabelEvaluator.macro(MultiLabelEvaluator.perLabel(g, pred, all)), n});
                });
        return out;
    }
}
