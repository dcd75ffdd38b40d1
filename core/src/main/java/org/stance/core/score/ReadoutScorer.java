package org.stance.core.score;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stance.core.StanceLabel;
import org.stance.core.model.StanceModel;
import org.stance.core.model.StatementScore;
import org.stance.core.readout.AttributedStatement;
import org.stance.core.readout.Readout;
import org.stance.core.readout.ReadoutAnalysis;
import org.stance.core.readout.ReadoutAnalyzer;

/** Analyses a readout, scores its statements in one model call, and groups them by party. */
public final class ReadoutScorer {
    private final ReadoutAnalyzer analyzer;

    public ReadoutScorer(ReadoutAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public ReadoutAnalyzer analyzer() {
        return analyzer;
    }

    public ReadoutResult score(Readout readout, StanceModel model) {
        ReadoutAnalysis analysis = analyzer.analyze(readout);
        List<String> texts = analysis.statements().stream().map(s -> s.segment().text()).toList();
        List<StatementScore> scores = texts.isEmpty() ? List.of() : model.score(texts);
        return group(readout, analysis, scores);
    }

    /** Groups scored statements by party; given parties all appear, in the order given. */
    public static ReadoutResult group(Readout readout, ReadoutAnalysis analysis, List<StatementScore> scores) {
        Map<String, List<ScoredStatement>> byParty = new LinkedHashMap<>();
        readout.parties().forEach(p -> byParty.put(p, new ArrayList<>()));
        List<ScoredStatement> unattributed = new ArrayList<>();
        for (int i = 0; i < analysis.statements().size(); i++) {
            AttributedStatement a = analysis.statements().get(i);
            StatementScore sc = scores.get(i);
            ScoredStatement s = new ScoredStatement(a.segment().text(), a.segment().start(), a.segment().end(),
                    a.parties(), sc.labels(), sc.scores());
            if (a.parties().isEmpty()) {
                unattributed.add(s);
            }
            for (String p : a.parties()) {
                byParty.computeIfAbsent(p, k -> new ArrayList<>()).add(s);
            }
        }
        List<PartyResult> parties = new ArrayList<>();
        byParty.forEach((party, statements) -> {
            Set<StanceLabel> labels = EnumSet.noneOf(StanceLabel.class);
            Map<StanceLabel, Double> max = new EnumMap<>(StanceLabel.class);
            for (StanceLabel l : StanceLabel.values()) {
                max.put(l, 0.0);
            }
            for (ScoredStatement s : statements) {
                labels.addAll(s.labels());
                s.scores().forEach((l, v) -> max.merge(l, v, Math::max));
            }
            parties.add(new PartyResult(party, labels, max, statements));
        });
        return new ReadoutResult(analysis.speaker(), parties, analysis.context(), unattributed, analysis.unknownNames());
    }
}
