package org.stance.core.score;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stance.core.StanceLabel;

/** A statement of a readout with its offsets, parties, labels and calibrated scores. */
public record ScoredStatement(String text, int start, int end, List<String> parties, Set<StanceLabel> labels,
                              Map<StanceLabel, Double> scores) {
    public ScoredStatement {
        parties = List.copyOf(parties);
        labels = StanceLabel.setOf(labels);
        scores = Map.copyOf(scores);
    }
}
