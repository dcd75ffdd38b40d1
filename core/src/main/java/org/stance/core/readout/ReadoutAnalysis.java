package org.stance.core.readout;

import java.util.List;

/**
 * The analysis of a readout: who speaks, the speaker's statements with their parties, the context
 * spans, and names that looked like parties but are not in the gazetteer.
 */
public record ReadoutAnalysis(String speaker, List<AttributedStatement> statements, List<Segment> context,
                              List<String> unknownNames) {
    public ReadoutAnalysis {
        statements = List.copyOf(statements);
        context = List.copyOf(context);
        unknownNames = List.copyOf(unknownNames);
    }
}
