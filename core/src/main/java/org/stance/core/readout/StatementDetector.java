package org.stance.core.readout;

import java.util.List;

/** Tells the speaker's statements from context (background, other actors, datelines, attributions). */
public interface StatementDetector {
    /** One flag per segment: true for a statement of the speaker. */
    List<Boolean> detect(List<Segment> segments, String speaker);
}
