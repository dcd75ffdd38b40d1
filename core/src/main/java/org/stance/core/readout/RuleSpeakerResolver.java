package org.stance.core.readout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stance.core.party.Gazetteer;
import org.stance.core.party.MentionKind;
import org.stance.core.party.PartyMention;

/**
 * The speaker is the party that most often stands as the subject of verbs of speech, weighted:
 * the subject of a call or meeting in the opening sentences weighs most ("Rubio spoke with ...",
 * "Fidan had a phone call with ..."), then the subjects of strong speech acts ("urged", "condemned",
 * "expressed"), then those of "said". Parties named after "with", "to", "from", "of" (the other
 * side of a call, places) do not count, nor do quotes' own speakers when another party's name
 * stands there.
 */
public final class RuleSpeakerResolver implements SpeakerResolver {
    private static final Set<String> STRONG = Set.of("urged", "called", "expressed", "condemned", "welcomed",
            "reaffirmed", "offered", "pressed", "stressed", "emphasized", "emphasised", "conveyed", "extended", "appealed",
            "commended", "reiterated", "underscored", "underlined", "encouraged", "voiced", "renewed", "pledged", "accused",
            "rejected", "denounced", "warned",
            "urges", "calls", "condemns", "welcomes", "expresses", "reaffirms", "stresses", "offers", "extends");
    private static final Set<String> FRAME = Set.of("spoke", "met", "received", "held", "had", "hosted",
            "visited", "phoned", "telephoned", "talked", "speaks", "meets", "holds", "attended", "traveled", "travelled");
    private static final java.util.regex.Pattern PRONOUN_OR_TITLE = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:he|she|they|the\\s+(?:envoy|minister|secretary|secretary-general|spokesperson|spokesman|"
                    + "spokeswoman|president|prime\\s+minister|chancellor|foreign\\s+secretary|high\\s+representative|"
                    + "chairperson|chair|coordinator|representative|ambassador))\\b");
    private final Gazetteer gazetteer;

    public RuleSpeakerResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String resolve(String text, List<Segment> segments) {
        Map<String, Double> score = new HashMap<>();
        int k = 0;
        String last = null;
        for (Segment s : segments) {
            k++;
            Clauses.Reading r = Clauses.read(s.text(), FRAME);
            if (!r.hasVerb() || Clauses.QUOTE_START.matcher(s.text()).find()) {
                continue;
            }
            String subject = Clauses.stripObjectsKeepOf(r.subject());
            double weight = (FRAME.contains(r.verb()) ? (k <= 2 ? 4 : 1) : STRONG.contains(r.verb()) ? 2 : 1) * (k <= 2 ? 1.5 : 1);
            List<PartyMention> named = gazetteer.find(subject);
            if (!named.isEmpty()) {
                PartyMention m = named.get(0); // the first name in the subject is its head
                score.merge(m.party().name(), weight + (m.kind() == MentionKind.OFFICIAL ? 1 : 0), Double::sum);
                last = m.party().name();
            } else if (last != null && PRONOUN_OR_TITLE.matcher(subject).find()) {
                // "She urged both sides ...": the speaker just named goes on speaking
                score.merge(last, weight, Double::sum);
            }
        }
        if (score.isEmpty()) {
            return gazetteer.find(text).stream().filter(m -> m.kind() == MentionKind.OFFICIAL).map(m -> m.party().name())
                    .findFirst().orElse("");
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }
}
