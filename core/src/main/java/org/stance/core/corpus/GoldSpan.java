package org.stance.core.corpus;

import java.util.List;
import java.util.Set;
import org.stance.core.StanceLabel;

/** A gold span of a readout: character offsets, its type and, for statements, parties and labels. */
public record GoldSpan(int start, int end, SpanType type, List<String> parties, Set<StanceLabel> labels) {
    public GoldSpan {
        parties = List.copyOf(parties);
        labels = StanceLabel.setOf(labels);
    }

    public boolean isStatement() {
        return type == SpanType.STATEMENT;
    }
}
