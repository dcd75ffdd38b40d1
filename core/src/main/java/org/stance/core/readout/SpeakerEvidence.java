package org.stance.core.readout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stance.core.party.PartyMention;

/**
 * What the speaker rules read in one readout, party by party: weighted cues that speak for a party (the subject of a
 * verb of speech in the lead, the issuer a headline names, the capital of a wire story's dateline ...) and flags that
 * speak against it or stand in when nothing else does (an envoy the text says was summoned, a party the first person
 * urges, the other side of a call, the first official named).
 *
 * @param cues party to cue name to weight; the rules add the weights up
 * @param flags party to the flags that hold for it
 * @param news whether the text reads as a news story rather than a release
 * @param inTitle every party mention in the headline, as the rules found them
 * @param inText every party mention in the text, as the rules found them
 */
public record SpeakerEvidence(Map<String, Map<String, Double>> cues, Map<String, Set<String>> flags, boolean news,
                              List<PartyMention> inTitle, List<PartyMention> inText) {
    /** The state whose envoy a release says was summoned: never its issuer. */
    public static final String SUMMONED_ENVOY = "summoned_envoy";
    /** A party the first person of a release urges or opposes ("We urge the Philippines to ..."). */
    public static final String ADDRESSED_BY_WE = "addressed_by_we";
    /** A party a release's first person rejects or condemns, named anywhere after the verb ("We reject ... by Iran"). */
    public static final String REJECTED_BY_WE = "rejected_by_we";
    /** The other side of a call or meeting the text or headline describes. */
    public static final String COUNTERPART = "counterpart";
    /** The first official the headline or text names who is not a counterpart nor addressed by the first person. */
    public static final String FIRST_OFFICIAL = "first_official";
    /** The state whose government or ministry is the subject of the lead ("The Government of Chad has decided ..."). */
    public static final String LEAD_GOVERNMENT = "lead_government";
    /** The capital a first-person release is dated or issued from. */
    public static final String ISSUING_CAPITAL = "issuing_capital";
    /** The state a first-person release tells the other side will act ("I made clear ... that Australia expects"). */
    public static final String FIRST_PERSON_SELF = "first_person_self";

    /** The state an envoy summoned in a release is posted to ("the Ambassador of Algeria in Niamey"): the one summoning. */
    public static final String ENVOY_HOST = "envoy_host";
    /** The state whose ministry an envoy was summoned to ("invited to the Russian Foreign Ministry", "received at the Farnesina"). */
    public static final String SUMMONING_MINISTRY = "summoning_ministry";
    /** A state a first-person release names as the subject of its own resolve ("Türkiye will continue to ..."). */
    public static final String SELF_RESOLVE = "self_resolve";
    /** A state whose position or support the speaking side conveys ("reaffirmed Canada's support", "recall France's solidarity"). */
    public static final String SELF_POSSESSIVE = "self_possessive";

    public SpeakerEvidence {
        Map<String, Map<String, Double>> c = new LinkedHashMap<>();
        cues.forEach((p, m) -> c.put(p, Map.copyOf(m)));
        cues = java.util.Collections.unmodifiableMap(c);
        Map<String, Set<String>> f = new LinkedHashMap<>();
        flags.forEach((p, s) -> f.put(p, Set.copyOf(s)));
        flags = java.util.Collections.unmodifiableMap(f);
        inTitle = List.copyOf(inTitle);
        inText = List.copyOf(inText);
    }

    /** Every party with a cue or a flag, in the order the rules met them. */
    public Set<String> parties() {
        Set<String> out = new LinkedHashSet<>(cues.keySet());
        out.addAll(flags.keySet());
        return out;
    }

    public boolean flagged(String party, String flag) {
        return flags.getOrDefault(party, Set.of()).contains(flag);
    }

    /** The sum of a party's cue weights, 0 with none. */
    public double score(String party) {
        return cues.getOrDefault(party, Map.of()).values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * The rules' choice: the party with the largest sum of cues, once the summoned envoys' states (when another party has
     * a cue) and the parties the first person urges are set aside; with no cue left, the first official named, else the
     * government of the lead, else the issuing capital; "" when none.
     */
    public String ruleChoice() {
        Map<String, Double> score = new HashMap<>();
        cues.forEach((p, m) -> m.forEach((cue, w) -> {
            if (!cue.equals(FIRST_PERSON_SELF)) {
                score.merge(p, w, Double::sum);
            }
        }));
        Set<String> summoned = withFlag(SUMMONED_ENVOY);
        if (!summoned.isEmpty() && score.keySet().stream().anyMatch(p -> !summoned.contains(p))) {
            score.keySet().removeAll(summoned);
        }
        // added after the envoys are set aside: a release may summon an envoy and still tell it what its own state will do
        cues.forEach((p, m) -> {
            Double w = m.get(FIRST_PERSON_SELF);
            if (w != null) {
                score.merge(p, w, Double::sum);
            }
        });
        Set<String> addressed = withFlag(ADDRESSED_BY_WE);
        score.keySet().removeAll(addressed);
        if (score.isEmpty()) {
            return first(FIRST_OFFICIAL)
                    .or(() -> first(LEAD_GOVERNMENT).filter(p -> !addressed.contains(p)))
                    .or(() -> first(ISSUING_CAPITAL)).orElse("");
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    private Set<String> withFlag(String flag) {
        Set<String> out = new LinkedHashSet<>();
        flags.forEach((p, s) -> {
            if (s.contains(flag)) {
                out.add(p);
            }
        });
        return out;
    }

    private Optional<String> first(String flag) {
        return withFlag(flag).stream().findFirst();
    }

    /** Collects cues and flags as the rules read a readout. */
    static final class Builder {
        private final Map<String, Map<String, Double>> cues = new LinkedHashMap<>();
        private final Map<String, Set<String>> flags = new LinkedHashMap<>();

        void add(String party, String cue, double weight) {
            cues.computeIfAbsent(party, p -> new LinkedHashMap<>()).merge(cue, weight, Double::sum);
        }

        void flag(String party, String flag) {
            flags.computeIfAbsent(party, p -> new LinkedHashSet<>()).add(flag);
        }

        boolean flagged(String party, String flag) {
            return flags.getOrDefault(party, Set.of()).contains(flag);
        }

        SpeakerEvidence build(boolean news, List<PartyMention> inTitle, List<PartyMention> inText) {
            return new SpeakerEvidence(cues, flags, news, inTitle, inText);
        }
    }
}
