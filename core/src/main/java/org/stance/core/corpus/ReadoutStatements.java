package org.stance.core.corpus;

import java.util.ArrayList;
import java.util.List;

/** Turns the statement spans of gold readouts into labeled statements, for training on readouts. */
public final class ReadoutStatements {
    private ReadoutStatements() {
    }

    public static List<LabeledStatement> of(List<GoldReadout> readouts) {
        List<LabeledStatement> out = new ArrayList<>();
        for (GoldReadout r : readouts) {
            int k = 0;
            for (GoldSpan s : r.statements()) {
                out.add(new LabeledStatement(r.id() + "#" + (++k), r.spanText(s), s.labels(), s.parties(),
                        r.conflict(), r.speaker(), ""));
            }
        }
        return out;
    }
}
