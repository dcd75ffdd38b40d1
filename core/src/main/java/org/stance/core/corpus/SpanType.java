package org.stance.core.corpus;

/** Whether a span of a readout is a statement of the speaker or context. */
public enum SpanType {
    STATEMENT, CONTEXT
}
