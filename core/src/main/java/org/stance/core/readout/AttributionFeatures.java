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
 * asks something of others than the parties (the international community, donors), and what kind of party
 * it is. The learned attributor and its trainer share this one definition.
 */
public final class AttributionFeatures {
    private static final int CONTEXT_WORDS = 2;
    /** Words of three letters or fewer ("the", "and", "to") carry no evidence of their own about the addressee. */
    private static final int MIN_WORD_LENGTH = 3;
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
        candidates.remove(speaker);

        Set<String> countedParties = new LinkedHashSet<>();
        here.counted().forEach(m -> countedParties.add(m.party().name()));
        boolean both = RulePartyAttributor.BOTH.matcher(text).find();
        boolean subjectBoth = RulePartyAttributor.SUBJECT_BOTH.matcher(text).find();
        // "called on the international community to ...": asked of others than the parties, named or not
        boolean collective = RulePartyAttributor.COLLECTIVE_DEMAND.matcher(text).find();
        String first = firstWord(text);
        Set<String> statementWords = new LinkedHashSet<>();
        for (String w : words(text)) {
            if (w.length() > MIN_WORD_LENGTH) {
                statementWords.add(w);
            }
        }
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
            f.add("previous=" + previous.contains(c));
            f.add("previous=" + previous.contains(c) + "|frame=" + here.frame().contains(c));
            if (both) {
                f.add("both|conflict=" + evidence.conflictParties().contains(c) + "|subject=" + subjectBoth);
            }
            if (collective) {
                f.add("collective|named=" + named);
            }
            f.add("first=" + first + "|frame=" + here.frame().contains(c));
            f.add("first=" + first + "|named=" + named);
            // the statement's words, by how the candidate stands in it: "paid tribute to ... in Haiti" and "welcomes
            // the personnel pledged" name a party they do not address; a linear model needs the word and the role together
            String role = named ? "named" : here.frame().contains(c) ? "frame" : "other";
            for (String w : statementWords) {
                f.add("w=" + w + "|" + role);
            }
            // pairs of the evidence above, so that a cue can count for more in one setting than another ("previous"
            // with no frame, a demand cue on an organization); the features are few and binary, the pairs a few dozen
            List<String> base = f.stream().filter(AttributionFeatures::structural).toList();
            for (int a = 0; a < base.size(); a++) {
                for (int b = a + 1; b < base.size(); b++) {
                    f.add(base.get(a) + "&" + base.get(b));
                }
            }
            out.put(c, f);
        }
        return out;
    }

    /** The rule and position evidence that is crossed in pairs; words and first words stay single. */
    private static boolean structural(String feature) {
        boolean plain = !feature.contains("|");
        return feature.startsWith("cue=") && plain || feature.startsWith("mention=") && plain || feature.startsWith("previous=") && plain
                || feature.startsWith("frame=") || feature.startsWith("conflict=") || feature.startsWith("dominant=")
                || feature.startsWith("others=") || feature.startsWith("unnamed") || feature.startsWith("both")
                || feature.startsWith("collective") || feature.equals("location") || feature.equals("early");
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

    private static String firstWord(String text) {
        List<String> w = words(text);
        return w.isEmpty() ? "" : w.get(0);
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
