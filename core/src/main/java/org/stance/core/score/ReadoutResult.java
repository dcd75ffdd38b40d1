package org.stance.core.score;

import java.util.List;
import org.stance.core.readout.Segment;

/** A scored readout: per-party results, context spans, statements addressed to no known party. */
public record ReadoutResult(String speaker, List<PartyResult> parties, List<Segment> context,
                            List<ScoredStatement> unattributed, List<String> unknownNames) {
    public ReadoutResult {
        parties = List.copyOf(parties);
        context = List.copyOf(context);
        unattributed = List.copyOf(unattributed);
        unknownNames = List.copyOf(unknownNames);
    }
}
