package org.stance.core.readout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stance.core.party.Gazetteer;
import org.stance.core.party.Party;
import org.stance.core.party.PartyMention;

/**
 * Candidate parties of one statement and the evidence for each, as binary features: the rule cue
 * that gave it (if any), how and where the statement names it (the words around the mention), whether
 * it is the party of the call, of the readout's conflict or of the previous statement, whether the statement
 * asks something of others than the parties (the international community, donors), what kind of party
 * it is, and, for a party the statement does not name, the statement's words. The learned attributor and its trainer
 * share this one definition.
 */
public final class AttributionFeatures {
    private static final int CONTEXT_WORDS = 2;
    private final Gazetteer gazetteer;

    public AttributionFeatures(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Candidate party -> its features, for statement {@code i}; the speaker is never a candidate. */
    public Map<String, Set<String>> of(AttributionEvidence evidence, List<Segment> segments, List<Boolean> statement, int i,
                                       String speaker) {
        AttributionEvidence.SegmentEvidence here = evidence.segments().get(i);
        String text = segments.get(i).text();
        List<PartyMention> all = gazetteer.find(text);
        Set<String> previous = previousStatementParties(evidence, statement, i);
        Set<String> candidates = new LinkedHashSet<>(here.cues().keySet());
        here.counted().forEach(m -> candidates.add(m.party().name()));
        all.forEach(m -> candidates.add(m.party().name()));
        candidates.addAll(here.frame());
        candidates.addAll(evidence.conflictParties());
        candidates.addAll(evidence.dominant());
        candidates.addAll(previous);
        // an organization the readout names elsewhere: the rules never take one as the readout's party (most are venues
        // and frameworks), yet a bloc can be the other side ("Mali condemned the sanctions" after ECOWAS imposed them)
        Map<String, Integer> organizations = evidence.organizations();
        candidates.addAll(organizations.keySet());
        candidates.remove(speaker);

        Set<String> countedParties = new LinkedHashSet<>();
        here.counted().forEach(m -> countedParties.add(m.party().name()));
        boolean both = RulePartyAttributor.BOTH.matcher(text).find();
        boolean subjectBoth = RulePartyAttributor.SUBJECT_BOTH.matcher(text).find();
        // "called on the international community to ...": asked of others than the parties, named or not
        boolean collective = RulePartyAttributor.COLLECTIVE_DEMAND.matcher(text).find();
        List<String> words = words(text);
        String first = words.isEmpty() ? "" : words.get(0);
        Set<String> unnamedWords = new LinkedHashSet<>();
        for (String w : words) {
            if (w.length() > 1 || w.equals("i")) {
                unnamedWords.add(w);
            }
        }
        String doc = evidence.documentKind();
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String c : candidates) {
            Set<String> f = new LinkedHashSet<>();
            String kind = gazetteer.party(c).map(Party::kind).orElse("unknown");
            AttributionCue cue = here.cues().get(c);
            f.add("cue=" + (cue == null ? "none" : cue));
            f.add("cue=" + (cue == null ? "none" : cue) + "|kind=" + kind);
            f.add("rules=" + Math.min(here.cues().size(), 3) + "|in=" + (cue != null));
            f.add("kind=" + kind);
            boolean named = false;
            for (PartyMention m : here.counted()) {
                if (m.party().name().equals(c)) {
                    named = true;
                    f.add("mention=" + m.kind());
                    f.add("mention=" + m.kind() + "|kind=" + kind);
                    mentionContext(text, m, f);
                    if (m.start() < 40) {
                        f.add("early");
                    }
                }
            }
            if (!named && all.stream().anyMatch(m -> m.party().name().equals(c))) {
                f.add("mention=discounted");
            }
            if (!named) {
                f.add("unnamed|frame=" + here.frame().contains(c));
            }
            int others = (int) countedParties.stream().filter(p -> !p.equals(c)).count();
            f.add("others=" + Math.min(others, 2) + "|named=" + named);
            f.add("frame=" + here.frame().contains(c) + "|size=" + Math.min(here.frame().size(), 3));
            f.add("conflict=" + evidence.conflictParties().contains(c));
            f.add("dominant=" + evidence.dominant().contains(c));
            if (organizations.containsKey(c)) {
                String times = "org_named=" + Math.min(organizations.get(c), 3);
                f.add(times);
                f.add(times + "|named=" + named);
                f.add(times + "|doc=" + doc);
            }
            f.add("previous=" + previous.contains(c));
            f.add("previous=" + previous.contains(c) + "|frame=" + here.frame().contains(c));
            if (both) {
                f.add("both|conflict=" + evidence.conflictParties().contains(c) + "|subject=" + subjectBoth);
            }
            if (collective) {
                f.add("collective|named=" + named);
            }
            // the same bare statement goes to the call's party in the readout of a call and to no one in a press
            // statement, a briefing or a news story (GUIDELINES, cases 82 and 83)
            f.add("doc=" + doc + "|named=" + named);
            f.add("doc=" + doc + "|cue=" + (cue == null ? "none" : cue));
            f.add("doc=" + doc + "|frame=" + here.frame().contains(c) + "|dominant=" + evidence.dominant().contains(c));
            f.add("first=" + first + "|frame=" + here.frame().contains(c));
            f.add("first=" + first + "|named=" + named);
            if (!named) {
                // a party the statement does not name: its words tell an aim at the call's or the readout's party
                // ("rejects these baseless claims") from the speaker's own commitment or principle ("will keep
                // investing in its ports"), which goes to no one outside a call; apart within a call frame and without
                unnamedWords.forEach(w -> f.add((here.frame().contains(c) ? "uwF=" : "uwN=") + w));
            }
            out.put(c, f);
        }
        return out;
    }

    /**
     * The features of a second stage: each candidate's own, plus how its first-stage probability compares with the
     * statement's other candidates (whether it is the most likely, how likely the best other is, how many pass 0.5).
     * One model decides each candidate alone; this lets the second see that "Israel" at 0.45 is the statement's
     * best candidate, or that a carried-over party at 0.6 competes with a demand's object at 0.9. The rank is also crossed
     * with the candidate's cue and with whether it is the call's party: five-fold CV by conflict on 1,703 train readouts,
     * gold spans, pair F1 0.8884 against 0.8870 (better on 4 of 5 folds).
     */
    public static Map<String, Set<String>> ranked(Map<String, Set<String>> candidates, Map<String, Double> firstStage) {
        long above = firstStage.values().stream().filter(p -> p > 0.5).count();
        Map<String, Set<String>> out = new LinkedHashMap<>();
        candidates.forEach((party, own) -> {
            double me = firstStage.get(party);
            double best = firstStage.entrySet().stream().filter(e -> !e.getKey().equals(party)).mapToDouble(Map.Entry::getValue)
                    .max().orElse(0);
            String top = "top=" + (me >= best);
            String bestOther = "best_other=" + LogisticModel.bin(best, 5);
            Set<String> f = new LinkedHashSet<>(own);
            f.add("p1=" + LogisticModel.bin(me, 10));
            f.add(top);
            f.add(bestOther);
            f.add(top + "|above=" + Math.min(above, 3));
            f.add("p1=" + LogisticModel.bin(me, 5) + "|" + bestOther);
            // the same rank means something else for each cue and for the call's party: a framed party that is not the
            // statement's best candidate loses to a named target ("condemned China's manoeuvres" in a call with Manalo)
            String cue = own.stream().filter(x -> x.startsWith("cue=") && !x.contains("|")).findFirst().orElse("cue=none");
            String frame = own.stream().filter(x -> x.startsWith("frame=")).findFirst().orElse("frame=false");
            f.add(cue + "|" + top + "|" + bestOther);
            f.add(frame + "|" + top + "|" + bestOther);
            out.put(party, f);
        });
        return out;
    }

    /**
     * What kind of text the statement sits in: the readout of a call or meeting (a call frame somewhere), a briefing
     * transcript (a journalist's question, as {@link Clauses#QUESTION_LABEL} reads it), a news story (as the statement
     * detector and the speaker rules read news: {@link RuleStatementDetector#isNews}) or another statement.
     */
    static String documentKind(List<AttributionEvidence.SegmentEvidence> evidence, List<Segment> segments) {
        if (evidence.stream().anyMatch(s -> !s.frame().isEmpty())) {
            return "call";
        }
        if (segments.stream().anyMatch(s -> Clauses.QUESTION_LABEL.matcher(s.text()).find())) {
            return "briefing";
        }
        if (RuleStatementDetector.isNews(segments)) {
            return "wire";
        }
        return "statement";
    }

    private static void mentionContext(String text, PartyMention m, Set<String> f) {
        List<String> before = words(text.substring(0, m.start()));
        List<String> after = words(text.substring(m.end()));
        for (int k = 1; k <= CONTEXT_WORDS; k++) {
            if (before.size() >= k) {
                f.add("before" + k + "=" + before.get(before.size() - k));
            }
            if (after.size() >= k) {
                f.add("after" + k + "=" + after.get(k - 1));
            }
        }
        if (!before.isEmpty() && !after.isEmpty()) {
            f.add("around=" + before.get(before.size() - 1) + "_" + after.get(0));
        }
        if (RulePartyAttributor.LOCATION_BEFORE.matcher(text.substring(0, m.start())).find()) {
            f.add("location");
        }
    }

    private static Set<String> previousStatementParties(AttributionEvidence evidence, List<Boolean> statement, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (statement.get(j)) {
                return evidence.segments().get(j).cues().keySet();
            }
        }
        return Set.of();
    }

    /** Lower-cased words and punctuation marks, so that "Pakistan," and "Pakistan to" differ. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("\\s+|(?=[,;:.()])|(?<=[,;:.()])")) {
            if (!t.isBlank()) {
                out.add(t.strip());
            }
        }
        return out;
    }
}
