package org.stance.serving.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stance.core.StanceLabel;
import org.stance.core.model.StatementScore;
import org.stance.core.score.PartyResult;
import org.stance.core.score.ReadoutResult;
import org.stance.core.score.ScoredStatement;

/** Maps core results to response bodies; scores rounded to 4 decimals, labels in schema order. */
final class Bodies {
    private Bodies() {
    }

    static Map<String, Double> scores(Map<StanceLabel, Double> scores) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (StanceLabel l : StanceLabel.values()) {
            out.put(l.id(), Math.round(scores.getOrDefault(l, 0.0) * 10000) / 10000.0);
        }
        return out;
    }

    static List<String> labels(Set<StanceLabel> labels) {
        return StanceLabel.idsOf(labels);
    }

    static Dtos.StatementResult statement(StatementScore s) {
        return new Dtos.StatementResult(s.text(), labels(s.labels()), scores(s.scores()));
    }

    static Dtos.ScoreResponse readout(String modelId, ReadoutResult r) {
        List<Dtos.PartyBody> parties = r.parties().stream().map(Bodies::party).toList();
        List<Dtos.SpanBody> context = r.context().stream().map(c -> new Dtos.SpanBody(c.text(), c.start(), c.end())).toList();
        List<Dtos.UnattributedBody> un = r.unattributed().stream()
                .map(s -> new Dtos.UnattributedBody(s.text(), s.start(), s.end(), labels(s.labels()), scores(s.scores())))
                .toList();
        return new Dtos.ScoreResponse(new Dtos.ModelRef(modelId), r.speaker().isEmpty() ? null : r.speaker(), parties,
                context, un, r.unknownNames());
    }

    private static Dtos.PartyBody party(PartyResult p) {
        return new Dtos.PartyBody(p.party(), labels(p.labels()), scores(p.scores()),
                p.statements().stream().map(Bodies::scored).toList());
    }

    private static Dtos.ScoredStatementBody scored(ScoredStatement s) {
        return new Dtos.ScoredStatementBody(s.text(), s.start(), s.end(), labels(s.labels()), scores(s.scores()));
    }
}
