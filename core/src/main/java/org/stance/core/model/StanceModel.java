package org.stance.core.model;

import java.util.List;

/** Labels statements. Implementations are thread-safe; a statement's scores never depend on its batch. */
public interface StanceModel {
    /** The artifact's manifest. */
    ModelManifest manifest();

    /** Scores statements, in input order. */
    List<StatementScore> score(List<String> statements);

    /** Uncalibrated per-label logits for statements whose encoder vectors are already known. */
    double[][] logits(List<String> statements, float[][] embeddings);
}
