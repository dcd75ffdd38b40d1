package org.stance.core.readout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.stance.core.party.PartyMention;

/**
 * The named binary features of each candidate speaker of a readout, for the learned speaker resolver: the rules'
 * cues and flags ({@link SpeakerEvidence}), where the candidate ranks by the rules' sum, and how the text names it
 * (how often, first or not, in the headline, as the object of a preposition, as the one a quotation is given to).
 * Every party the rules weigh or the text names is a candidate, except one the first person of a release urges or opposes. Conjunctions with the genre (a news story, a release
 * in the first person) let one cue count differently in each: a wire story's headline names its subject as often as
 * its speaker.
 */
public final class SpeakerFeatures {
    /**
     * Prepositions that make the name after them an object ("talks with Iran", "pressure on Kyiv"); the speaker rules
     * read a headline's subject with the same list.
     */
    static final String OBJECT_PREPOSITIONS = "with|to|on|over|in|from|against|between|at|for|into|about|of|by";
    /** A preposition right before a name: the name is an object. */
    private static final Pattern OBJECT_BEFORE = Pattern.compile(
            "(?i)\\b(?:" + OBJECT_PREPOSITIONS + "|toward|towards)\\s+(?:the\\s+)?$");
    /** Between a closing quote and a name: the quotation is given to it ('...," Lammy said', '...," said Iran's envoy'). */
    private static final Pattern QUOTE_GIVEN_TO = Pattern.compile(
            ",?\\s+(?:(?:said|says|added|wrote|told\\s+\\S+)\\s+)?(?:the\\s+)?(?:[\\p{L}'’.\\-]+\\s+){0,4}");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?:^|[.!?]\\s+|,\\s+|\\s)(?:We|we|Our|our|I)\\s");

    /** Every candidate with its features, in the order the text names them. */
    public Map<String, Set<String>> of(String text, List<Segment> segments, SpeakerEvidence evidence) {
        // the rules already found every mention; find them once
        List<PartyMention> inTitle = evidence.inTitle();
        List<PartyMention> inText = evidence.inText();
        Set<String> candidates = new LinkedHashSet<>(evidence.parties());
        inTitle.forEach(m -> candidates.add(m.party().name()));
        inText.forEach(m -> candidates.add(m.party().name()));
        candidates.remove("");
        // whom the first person of a release urges or opposes is not the one speaking, as for the rules: with no one else
        // named, no one is the speaker
        candidates.removeIf(p -> evidence.flagged(p, SpeakerEvidence.ADDRESSED_BY_WE));

        Map<String, Integer> mentions = new HashMap<>();
        Map<String, Integer> asObject = new HashMap<>();
        Map<String, Integer> quoted = new HashMap<>();
        Map<String, Set<String>> kinds = new HashMap<>();
        for (PartyMention m : inText) {
            String p = m.party().name();
            mentions.merge(p, 1, Integer::sum);
            kinds.computeIfAbsent(p, x -> new LinkedHashSet<>()).add(m.kind().name().toLowerCase(java.util.Locale.ROOT));
            String before = text.substring(Math.max(0, m.start() - 30), m.start());
            if (OBJECT_BEFORE.matcher(before).find()) {
                asObject.merge(p, 1, Integer::sum);
            }
            String near = text.substring(Math.max(0, m.start() - 40), m.start());
            int q = Math.max(near.lastIndexOf('”'), near.lastIndexOf('"'));
            if (q >= 0 && QUOTE_GIVEN_TO.matcher(near.substring(q + 1)).matches()) {
                quoted.merge(p, 1, Integer::sum);
            }
        }
        String firstInTitle = inTitle.isEmpty() ? "" : inTitle.get(0).party().name();
        String firstInText = inText.stream().filter(m -> !inDateline(segments, m)).findFirst().map(m -> m.party().name()).orElse("");
        Set<String> titleParties = new LinkedHashSet<>();
        inTitle.forEach(m -> titleParties.add(m.party().name()));

        List<String> ranked = new ArrayList<>(candidates);
        ranked.removeIf(p -> evidence.score(p) <= 0);
        ranked.sort(Comparator.comparingDouble((String p) -> -evidence.score(p)));
        String choice = evidence.ruleChoice();
        boolean firstPerson = FIRST_PERSON.matcher(text).find();
        String genre = evidence.news() ? "news" : firstPerson ? "firstperson" : "release";

        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String p : candidates) {
            Set<String> f = new LinkedHashSet<>();
            evidence.cues().getOrDefault(p, Map.of()).forEach((cue, w) -> {
                f.add("cue:" + cue);
                f.add("cue:" + cue + ":" + bin(w));
            });
            evidence.flags().getOrDefault(p, Set.of()).forEach(flag -> f.add("flag:" + flag));
            int rank = ranked.indexOf(p) + 1;
            f.add("rank:" + (rank == 0 ? "none" : rank >= 3 ? "3+" : String.valueOf(rank)));
            f.add("score:" + bin(evidence.score(p)));
            if (rank == 1 && ranked.size() > 1) {
                f.add("margin:" + bin(evidence.score(p) - evidence.score(ranked.get(1))));
            } else if (rank == 1) {
                f.add("margin:alone");
            }
            if (p.equals(choice)) {
                f.add("rule_choice");
            }
            int n = mentions.getOrDefault(p, 0);
            f.add("mentions:" + (n >= 10 ? "10+" : n >= 5 ? "5-9" : n >= 3 ? "3-4" : String.valueOf(n)));
            int o = asObject.getOrDefault(p, 0);
            f.add("as_object:" + (n == 0 ? "unnamed" : o == 0 ? "never" : o == n ? "always" : 2 * o >= n ? "mostly" : "sometimes"));
            int qn = quoted.getOrDefault(p, 0);
            if (qn > 0) {
                f.add("quoted:" + (qn >= 2 ? "2+" : "1"));
            }
            kinds.getOrDefault(p, Set.of()).forEach(k -> f.add("kind:" + k));
            if (titleParties.contains(p)) {
                f.add("in_title");
            }
            if (p.equals(firstInTitle)) {
                f.add("title_first");
            }
            if (p.equals(firstInText)) {
                f.add("text_first");
            }
            for (String x : List.copyOf(f)) {
                f.add(genre + "&" + x);
            }
            out.put(p, f);
        }
        return out;
    }

    private static boolean inDateline(List<Segment> segments, PartyMention m) {
        return !segments.isEmpty() && RuleSegmenter.isDateline(segments.get(0).text()) && m.start() < segments.get(0).end();
    }

    /** Coarse bins of a cue weight or score: 1, 2, 4, 8 and above. */
    private static String bin(double v) {
        return v <= 0 ? "0" : v <= 1 ? "1" : v <= 2 ? "2" : v <= 4 ? "4" : v <= 8 ? "8" : "8+";
    }
}
