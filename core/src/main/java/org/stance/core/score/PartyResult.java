package org.stance.core.score;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stance.core.StanceLabel;

/**
 * The result for one party: its statements, its label set (every label at least one of its
 * statements carries) and, per label, the highest score among its statements.
 */
public record PartyResult(String party, Set<StanceLabel> labels, Map<StanceLabel, Double> scores,
                          List<ScoredStatement> statements) {
    public PartyResult {
        labels = StanceLabel.setOf(labels);
        scores = Map.copyOf(scores);
        statements = List.copyOf(statements);
    }
}
