package org.stance.core.readout;

import java.util.List;

/** Splits a text into statement-sized segments: sentences, and clauses that carry a speech act of their own. */
public interface Segmenter {
    List<Segment> segment(String text);
}
