package org.stance.core.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stance.core.StanceLabel;
import org.stance.core.features.LexicalFeatures;
import org.stance.core.features.SentenceEncoder;
import org.stance.core.features.TextEncoder;

/** A loaded artifact: encoder, head, calibration and thresholds. */
public final class ArtifactStanceModel implements StanceModel {
    private final ModelManifest manifest;
    private final Head head;
    private final TextEncoder encoder;
    private final boolean usesEncoder;
    private final StanceLabel[] labels;

    public ArtifactStanceModel(ModelManifest manifest, Head head, TextEncoder encoder) {
        this.manifest = manifest;
        this.head = head;
        this.encoder = encoder;
        this.usesEncoder = !(head instanceof LinearHead lin) || lin.usesEncoder();
        this.labels = manifest.labels().stream().map(l -> StanceLabel.fromId(l).orElseThrow()).toArray(StanceLabel[]::new);
    }

    @Override
    public ModelManifest manifest() {
        return manifest;
    }

    public Head head() {
        return head;
    }

    public boolean usesEncoder() {
        return usesEncoder;
    }

    @Override
    public List<StatementScore> score(List<String> statements) {
        return scores(statements, usesEncoder ? encoder.encodeAll(statements) : null);
    }

    /** Scores without holding the caller's thread while the encoder works (for non-blocking servers). */
    public java.util.concurrent.CompletableFuture<List<StatementScore>> scoreAsync(List<String> statements) {
        if (!usesEncoder) {
            return java.util.concurrent.CompletableFuture.completedFuture(scores(statements, null));
        }
        return encoder.encodeAsync(statements).thenApply(emb -> scores(statements, emb));
    }

    private List<StatementScore> scores(List<String> statements, float[][] emb) {
        double[][] z = logits(statements, emb);
        List<StatementScore> out = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            out.add(fromLogits(statements.get(i), z[i]));
        }
        return out;
    }

    /** Uncalibrated per-label logits of statements, encoding them as needed. */
    public double[][] logits(List<String> statements) {
        return logits(statements, usesEncoder ? encoder.encodeAll(statements) : null);
    }

    /** Calibrated scores and thresholded labels from one statement's logits. */
    public StatementScore fromLogits(String text, double[] z) {
        Map<StanceLabel, Double> scores = new EnumMap<>(StanceLabel.class);
        Set<StanceLabel> on = EnumSet.noneOf(StanceLabel.class);
        for (int l = 0; l < labels.length; l++) {
            String id = labels[l].id();
            double p = manifest.calibration().getOrDefault(id, Platt.IDENTITY).probability(z[l]);
            scores.put(labels[l], p);
            if (p >= manifest.thresholds().getOrDefault(id, 0.5)) {
                on.add(labels[l]);
            }
        }
        return new StatementScore(text, scores, on);
    }

    @Override
    public double[][] logits(List<String> statements, float[][] embeddings) {
        double[][] z = new double[statements.size()][];
        float[] none = new float[0];
        for (int i = 0; i < statements.size(); i++) {
            z[i] = head.logits(embeddings == null ? none : embeddings[i], LexicalFeatures.of(statements.get(i)));
        }
        return z;
    }
}
