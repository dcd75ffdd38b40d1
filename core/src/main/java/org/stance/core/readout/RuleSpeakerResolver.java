package org.stance.core.readout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stance.core.party.Gazetteer;
import org.stance.core.party.MentionKind;
import org.stance.core.party.PartyMention;

/**
 * The speaker is the party whose officials or name most often stand as the subject of a verb of
 * speech, the first such subject weighing most; parties named after "with" or "to" (the other side
 * of a call) do not count.
 */
public final class RuleSpeakerResolver implements SpeakerResolver {
    private final Gazetteer gazetteer;

    public RuleSpeakerResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String resolve(String text, List<Segment> segments) {
        Map<String, Double> score = new HashMap<>();
        boolean first = true;
        for (Segment s : segments) {
            Clauses.Reading r = Clauses.read(s.text());
            if (!r.hasVerb() || Clauses.QUOTE_START.matcher(s.text()).find()) {
                continue;
            }
            for (PartyMention m : gazetteer.find(r.subject())) {
                String before = r.subject().substring(0, m.start()).stripTrailing().toLowerCase(java.util.Locale.ROOT);
                if (before.endsWith(" with") || before.endsWith(" to") || before.endsWith(" and")) {
                    continue;
                }
                double w = m.kind() == MentionKind.OFFICIAL ? 3 : 1;
                score.merge(m.party().name(), first ? 2 * w : w, Double::sum);
            }
            first = false;
        }
        if (score.isEmpty()) {
            return gazetteer.find(text).stream().filter(m -> m.kind() == MentionKind.OFFICIAL).map(m -> m.party().name())
                    .findFirst().orElse("");
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }
}
