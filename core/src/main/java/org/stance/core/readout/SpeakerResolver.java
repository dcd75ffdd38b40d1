package org.stance.core.readout;

import java.util.List;

/** Infers the speaking state or organization of a readout when the caller does not give it. */
public interface SpeakerResolver {
    /**
     * The canonical speaker, or "" when none can be told.
     *
     * @param title the headline, "" if none
     */
    String resolve(String title, String text, List<Segment> segments);
}
