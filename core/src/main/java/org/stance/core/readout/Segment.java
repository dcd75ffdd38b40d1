package org.stance.core.readout;

/** A span of a readout's text, by character offsets [start, end). */
public record Segment(int start, int end, String text) {
    public static Segment of(String source, int start, int end) {
        return new Segment(start, end, source.substring(start, end));
    }
}
