package org.stance.core.readout;

import java.util.List;

/** Attributes each statement to the parties it addresses, following the annotation guide. */
public interface PartyAttributor {
    /**
     * @param segments every segment of the readout, in order (context carries call frames)
     * @param statement which segments are statements
     * @param speaker the canonical speaker, never attributed to its own statements
     * @param given parties the caller restricts the result to (may be empty)
     * @return per segment, the canonical parties (empty for context and unattributed statements)
     */
    List<List<String>> attribute(List<Segment> segments, List<Boolean> statement, String speaker, List<String> given);
}
