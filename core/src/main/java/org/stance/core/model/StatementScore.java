package org.stance.core.model;

import java.util.Map;
import java.util.Set;
import org.stance.core.StanceLabel;

/**
 * A scored statement: calibrated probability per label, and the labels whose score passes the
 * label's threshold.
 */
public record StatementScore(String text, Map<StanceLabel, Double> scores, Set<StanceLabel> labels) {
    public StatementScore {
        scores = Map.copyOf(scores);
        labels = StanceLabel.setOf(labels);
    }
}
