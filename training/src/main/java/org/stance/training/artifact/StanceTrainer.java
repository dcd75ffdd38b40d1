package org.stance.training.artifact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stance.core.StanceLabel;
import org.stance.core.corpus.LabeledStatement;
import org.stance.core.features.SentenceEncoder;
import org.stance.core.model.Head;
import org.stance.core.model.Platt;
import org.stance.training.calibration.PlattCalibrator;
import org.stance.training.calibration.ThresholdTuner;
import org.stance.training.data.EncodedStatements;
import org.stance.training.evaluation.MultiLabelEvaluation;
import org.stance.training.evaluation.MultiLabelEvaluator;
import org.stance.training.trainers.HeadTrainer;

/**
 * Trains every candidate head, calibrates each on dev (Platt per label, then per-label thresholds
 * that maximise dev F1), evaluates on dev and on every held-out set, and selects the candidate with
 * the best dev macro-F1. Held-out sets never influence anything.
 */
public final class StanceTrainer {
    /** Receives progress: encoding and training steps. */
    public interface Progress {
        void encoding(int done, int total);

        void candidate(String name);

        Progress NONE = new Progress() {
            @Override
            public void encoding(int done, int total) {
            }

            @Override
            public void candidate(String name) {
            }
        };
    }

    /** The outcome of a run: all candidates and the selected one. */
    public record Result(List<Candidate> candidates, Candidate selected, double encodeSeconds) {
    }

    private final SentenceEncoder encoder;
    private final List<HeadTrainer> trainers;
    private final long seed;

    public StanceTrainer(SentenceEncoder encoder, List<HeadTrainer> trainers, long seed) {
        this.encoder = encoder;
        this.trainers = List.copyOf(trainers);
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    public Result train(TrainingData data, Progress progress) {
        long t0 = System.nanoTime();
        List<LabeledStatement> all = new ArrayList<>(data.train());
        all.addAll(data.dev());
        data.heldOut().values().forEach(all::addAll);
        float[][] vectors = encoder.encodeAll(all.stream().map(LabeledStatement::text).toList(),
                done -> progress.encoding(done, all.size()));
        double encodeSeconds = (System.nanoTime() - t0) / 1e9;
        int k = 0;
        EncodedStatements train = EncodedStatements.of(data.train(), slice(vectors, k, data.train().size()));
        k += data.train().size();
        EncodedStatements dev = EncodedStatements.of(data.dev(), slice(vectors, k, data.dev().size()));
        k += data.dev().size();
        Map<String, EncodedStatements> held = new LinkedHashMap<>();
        for (Map.Entry<String, List<LabeledStatement>> e : data.heldOut().entrySet()) {
            held.put(e.getKey(), EncodedStatements.of(e.getValue(), slice(vectors, k, e.getValue().size())));
            k += e.getValue().size();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (HeadTrainer trainer : trainers) {
            progress.candidate(trainer.name());
            candidates.add(fit(trainer, train, dev, held));
        }
        Candidate best = candidates.get(0);
        for (Candidate c : candidates) {
            if (c.dev().macroF1() > best.dev().macroF1() + 1e-9) {
                best = c;
            }
        }
        return new Result(candidates, best, encodeSeconds);
    }

    private static float[][] slice(float[][] v, int from, int n) {
        float[][] out = new float[n][];
        System.arraycopy(v, from, out, 0, n);
        return out;
    }

    private Candidate fit(HeadTrainer trainer, EncodedStatements train, EncodedStatements dev,
                          Map<String, EncodedStatements> held) {
        long t0 = System.nanoTime();
        Head head = trainer.train(train, dev, seed);
        double seconds = (System.nanoTime() - t0) / 1e9;
        StanceLabel[] labels = StanceLabel.values();
        double[][] devLogits = logits(head, dev);
        boolean[][] devGold = dev.gold();
        Map<String, Platt> calibration = new LinkedHashMap<>();
        Map<String, Double> thresholds = new LinkedHashMap<>();
        double[] th = new double[labels.length];
        for (int l = 0; l < labels.length; l++) {
            double[] z = column(devLogits, l);
            boolean[] g = column(devGold, l);
            Platt platt = PlattCalibrator.fit(z, g);
            calibration.put(labels[l].id(), platt);
            double[] p = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                p[i] = platt.probability(z[i]);
            }
            th[l] = ThresholdTuner.tune(p, g);
            thresholds.put(labels[l].id(), th[l]);
        }
        MultiLabelEvaluation devEval = evaluate(head, dev, calibration, th);
        Map<String, MultiLabelEvaluation> heldEval = new LinkedHashMap<>();
        held.forEach((name, set) -> heldEval.put(name, evaluate(head, set, calibration, th)));
        return new Candidate(trainer.name(), trainer.settings(), head, calibration, thresholds, devEval, heldEval, seconds);
    }

    static MultiLabelEvaluation evaluate(Head head, EncodedStatements data, Map<String, Platt> calibration, double[] th) {
        double[][] z = logits(head, data);
        double[][] cal = new double[z.length][];
        double[][] raw = new double[z.length][];
        StanceLabel[] labels = StanceLabel.values();
        for (int i = 0; i < z.length; i++) {
            cal[i] = new double[labels.length];
            raw[i] = new double[labels.length];
            for (int l = 0; l < labels.length; l++) {
                cal[i][l] = calibration.get(labels[l].id()).probability(z[i][l]);
                raw[i][l] = Platt.IDENTITY.probability(z[i][l]);
            }
        }
        return MultiLabelEvaluator.evaluate(data.gold(), cal, th, raw);
    }

    static double[][] logits(Head head, EncodedStatements data) {
        double[][] z = new double[data.size()][];
        for (int i = 0; i < data.size(); i++) {
            z[i] = head.logits(data.embeddings()[i], data.lexical().get(i));
        }
        return z;
    }

    private static double[] column(double[][] m, int c) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i][c];
        }
        return out;
    }

    private static boolean[] column(boolean[][] m, int c) {
        boolean[] out = new boolean[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i][c];
        }
        return out;
    }
}
