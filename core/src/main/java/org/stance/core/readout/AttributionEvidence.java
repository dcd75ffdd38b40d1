package org.stance.core.readout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stance.core.party.PartyMention;

/**
 * What the attribution rules saw in a readout: the parties of its conflict, the party it is about
 * when no call frames it, and for each segment the call in force, the mentions that count as
 * parties and, for statements, the parties the rules gave with the cue that gave each.
 */
public record AttributionEvidence(List<String> conflictParties, List<String> dominant, List<SegmentEvidence> segments,
                                  Map<String, Integer> organizations, String documentKind) {
    /**
     * {@code organizations}: the organizations the readout names anywhere, with how many times, in order of first mention;
     * {@code documentKind}: what kind of text the readout is ({@link AttributionFeatures#documentKind}), found once for all
     * its statements.
     */
    public AttributionEvidence {
        conflictParties = List.copyOf(conflictParties);
        dominant = List.copyOf(dominant);
        segments = List.copyOf(segments);
        organizations = Collections.unmodifiableMap(new LinkedHashMap<>(organizations));
    }

    /**
     * @param frame the parties of the call being described at this segment
     * @param counted mentions that count as parties (not the speaker, venues or frameworks)
     * @param cues for statements, the rules' parties in order, each with its cue; empty for context
     */
    public record SegmentEvidence(List<String> frame, List<PartyMention> counted, Map<String, AttributionCue> cues) {
        public SegmentEvidence {
            frame = List.copyOf(frame);
            counted = List.copyOf(counted);
            cues = Collections.unmodifiableMap(new LinkedHashMap<>(cues));
        }
    }
}
