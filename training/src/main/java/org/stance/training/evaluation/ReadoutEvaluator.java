package org.stance.training.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stance.core.StanceLabel;
import org.stance.core.corpus.GoldReadout;
import org.stance.core.corpus.GoldSpan;
import org.stance.core.model.StanceModel;
import org.stance.core.party.Gazetteer;
import org.stance.core.readout.AttributedStatement;
import org.stance.core.readout.PartyAttributor;
import org.stance.core.readout.Readout;
import org.stance.core.readout.ReadoutAnalysis;
import org.stance.core.readout.ReadoutAnalyzer;
import org.stance.core.readout.Segment;
import org.stance.core.score.PartyResult;
import org.stance.core.score.ReadoutResult;
import org.stance.core.score.ReadoutScorer;

/** Compares readout analysis (and, with a model, per-party label sets) with gold readouts. */
public final class ReadoutEvaluator {
    private static final int MAX_ERRORS = 20_000;
    private final ReadoutAnalyzer analyzer;

    public ReadoutEvaluator(ReadoutAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** @param model may be null: then no label-set figures */
    public ReadoutEvaluation evaluate(List<GoldReadout> golds, StanceModel model) {
        int boundaryTp = 0;
        int predSegments = 0;
        int goldSpans = 0;
        int boundaryGold = 0;
        int stTp = 0;
        int stPred = 0;
        int stGold = 0;
        int typeOk = 0;
        int speakerOk = 0;
        int attrTp = 0;
        int attrPred = 0;
        int attrGold = 0;
        int gTp = 0;
        int gPred = 0;
        int gGold = 0;
        int oTp = 0;
        int oPred = 0;
        int oGold = 0;
        int lsTp = 0;
        int lsPred = 0;
        int lsGold = 0;
        Map<String, int[]> byConflict = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        PartyAttributor oracle = analyzer.attributor();
        for (GoldReadout g : golds) {
            ReadoutAnalysis a = analyzer.analyze(new Readout(g.text(), Optional.empty(), List.of(), g.title()));
            if (a.speaker().equals(g.speaker())) {
                speakerOk++;
            } else if (errors.size() < MAX_ERRORS) {
                errors.add(g.id() + " speaker: gold " + g.speaker() + ", found " + a.speaker());
            }
            List<Segment> segments = analyzer.segmenter().segment(g.text());
            // statement boundaries: segments against gold statement spans; segments lying wholly in context are not
            // counted, since how finely background is cut into context spans is arbitrary
            Set<String> goldKeys = new HashSet<>();
            for (GoldSpan s : g.statements()) {
                goldKeys.add(key(g.text(), s.start(), s.end()));
            }
            goldSpans += g.spans().size();
            boundaryGold += goldKeys.size();
            for (Segment s : segments) {
                boolean touchesStatement = g.statements().stream().anyMatch(st -> overlap(s, st) > 1);
                if (!touchesStatement) {
                    continue;
                }
                predSegments++;
                if (goldKeys.contains(key(g.text(), s.start(), s.end()))) {
                    boundaryTp++;
                } else if (errors.size() < MAX_ERRORS) {
                    errors.add(g.id() + " boundary: predicted \"" + s.text() + "\"");
                }
            }
            // statements: predicted statement spans against gold statement spans
            Map<String, AttributedStatement> predByKey = new HashMap<>();
            for (AttributedStatement st : a.statements()) {
                predByKey.put(key(g.text(), st.segment().start(), st.segment().end()), st);
            }
            stPred += a.statements().size();
            for (GoldSpan s : g.statements()) {
                stGold++;
                if (predByKey.containsKey(key(g.text(), s.start(), s.end()))) {
                    stTp++;
                }
            }
            // speaker versus context, per gold span, by the best-overlapping predicted segment
            for (GoldSpan s : g.spans()) {
                Optional<AttributedStatement> st = bestStatement(a, s);
                boolean predictedStatement = st.isPresent() && overlap(st.get().segment(), s) >= bestContextOverlap(a, s);
                if (predictedStatement == s.isStatement()) {
                    typeOk++;
                } else if (errors.size() < MAX_ERRORS) {
                    errors.add(g.id() + " type: gold " + s.type() + " \"" + g.spanText(s) + "\"");
                }
            }
            // attribution end to end: pairs (gold span, party) against (best gold span of predicted statement, party)
            int[] inferred = pairCounts(g, a, errors);
            attrTp += inferred[0];
            attrPred += inferred[1];
            attrGold += inferred[2];
            // the same when the caller gives the speaker, as the API allows
            int[] given = pairCounts(g, analyzer.analyze(new Readout(g.text(), Optional.of(g.speaker()), List.of(), g.title())), null);
            gTp += given[0];
            gPred += given[1];
            gGold += given[2];
            // attribution given gold segments and types
            List<Segment> goldSegments = g.spans().stream().map(s -> Segment.of(g.text(), s.start(), s.end())).toList();
            List<Boolean> goldTypes = g.spans().stream().map(GoldSpan::isStatement).toList();
            List<List<String>> op;
            try (Gazetteer.DocumentScope document = analyzer.gazetteer().document(g.title(), g.text())) {
                op = oracle.attribute(goldSegments, goldTypes, g.speaker(), List.of());
            }
            for (int i = 0; i < g.spans().size(); i++) {
                GoldSpan s = g.spans().get(i);
                if (!s.isStatement()) {
                    continue;
                }
                oGold += s.parties().size();
                oPred += op.get(i).size();
                if (!new HashSet<>(op.get(i)).equals(new HashSet<>(s.parties())) && errors.size() < MAX_ERRORS) {
                    errors.add(g.id() + " oracle-party: predicted " + op.get(i) + " gold " + s.parties() + " for \"" + g.spanText(s) + "\"");
                }
                for (String p : op.get(i)) {
                    if (s.parties().contains(p)) {
                        oTp++;
                    }
                }
            }
            if (model != null) {
                ReadoutResult r = ReadoutScorer.group(Readout.of(g.text()), a,
                        a.statements().isEmpty() ? List.of() : model.score(a.statements().stream().map(x -> x.segment().text()).toList()));
                Set<String> pred = new HashSet<>();
                for (PartyResult pr : r.parties()) {
                    pr.labels().forEach(l -> pred.add(pr.party() + "|" + l.id()));
                }
                Set<String> gold = goldLabelSets(g);
                int tp = 0;
                for (String x : pred) {
                    if (gold.contains(x)) {
                        tp++;
                    }
                }
                lsTp += tp;
                lsPred += pred.size();
                lsGold += gold.size();
                int[] c = byConflict.computeIfAbsent(g.conflict(), k -> new int[3]);
                c[0] += tp;
                c[1] += pred.size();
                c[2] += gold.size();
            }
        }
        Map<String, Double> conflictF1 = new LinkedHashMap<>();
        byConflict.forEach((k, c) -> conflictF1.put(k, f1(c[0], c[1], c[2])));
        return new ReadoutEvaluation(golds.size(), goldSpans, f1(boundaryTp, predSegments, boundaryGold), f1(stTp, stPred, stGold),
                goldSpans == 0 ? 0 : typeOk / (double) goldSpans, golds.isEmpty() ? 0 : speakerOk / (double) golds.size(),
                attrPred == 0 ? 0 : attrTp / (double) attrPred, attrGold == 0 ? 0 : attrTp / (double) attrGold,
                f1(attrTp, attrPred, attrGold), f1(gTp, gPred, gGold), f1(oTp, oPred, oGold), model == null ? Double.NaN : f1(lsTp, lsPred, lsGold),
                conflictF1, errors);
    }

    /** Statement-party pairs of an analysis against the gold: {true positives, predicted, gold}. */
    private static int[] pairCounts(GoldReadout g, ReadoutAnalysis a, List<String> errors) {
        int tp = 0;
        int pred = 0;
        int gold = 0;
        for (GoldSpan s : g.statements()) {
            gold += s.parties().size();
        }
        for (AttributedStatement st : a.statements()) {
            GoldSpan best = bestGold(g, st.segment());
            for (String p : st.parties()) {
                pred++;
                if (best != null && best.isStatement() && best.parties().contains(p)
                        && bestStatement(a, best).map(x -> x == st).orElse(false)) {
                    tp++;
                } else if (errors != null && errors.size() < MAX_ERRORS) {
                    errors.add(g.id() + " party: predicted " + p + " for \"" + st.segment().text() + "\" (gold "
                            + (best == null ? "none" : best.parties()) + ")");
                }
            }
        }
        return new int[] {tp, pred, gold};
    }

    /** The gold result of the guide: every (party, label) that one of the party's statements carries. */
    public static Set<String> goldLabelSets(GoldReadout g) {
        Set<String> out = new HashSet<>();
        for (GoldSpan s : g.statements()) {
            for (String p : s.parties()) {
                for (StanceLabel l : s.labels()) {
                    out.add(p + "|" + l.id());
                }
            }
        }
        return out;
    }

    static double f1(int tp, int pred, int gold) {
        return tp == 0 ? (pred == 0 && gold == 0 ? 1 : 0) : 2.0 * tp / (pred + gold);
    }

    /** Span boundaries without surrounding white space and clause punctuation. */
    static String key(String text, int start, int end) {
        while (start < end && isTrim(text.charAt(start))) {
            start++;
        }
        while (end > start && isTrim(text.charAt(end - 1))) {
            end--;
        }
        return start + ":" + end;
    }

    private static boolean isTrim(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || c == '—' || c == '–';
    }

    private static int overlap(Segment s, GoldSpan g) {
        return Math.max(0, Math.min(s.end(), g.end()) - Math.max(s.start(), g.start()));
    }

    private static Optional<AttributedStatement> bestStatement(ReadoutAnalysis a, GoldSpan g) {
        AttributedStatement best = null;
        int bestOverlap = 0;
        for (AttributedStatement st : a.statements()) {
            int o = overlap(st.segment(), g);
            if (o > bestOverlap) {
                bestOverlap = o;
                best = st;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int bestContextOverlap(ReadoutAnalysis a, GoldSpan g) {
        int best = 0;
        for (Segment s : a.context()) {
            best = Math.max(best, overlap(s, g));
        }
        return best;
    }

    private static GoldSpan bestGold(GoldReadout g, Segment s) {
        GoldSpan best = null;
        int bestOverlap = 0;
        for (GoldSpan span : g.spans()) {
            int o = overlap(s, span);
            if (o > bestOverlap) {
                bestOverlap = o;
                best = span;
            }
        }
        return best;
    }
}
