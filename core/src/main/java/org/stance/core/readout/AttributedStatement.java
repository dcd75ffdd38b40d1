package org.stance.core.readout;

import java.util.List;

/** A statement of the speaker with the canonical parties it addresses (empty: unattributed). */
public record AttributedStatement(Segment segment, List<String> parties) {
    public AttributedStatement {
        parties = List.copyOf(parties);
    }
}
