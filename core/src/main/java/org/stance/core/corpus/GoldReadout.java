package org.stance.core.corpus;

import java.util.List;

/**
 * A gold readout: the whole text and every span in it.
 *
 * @param kind "official" or "news"
 * @param title optional headline, not part of the text
 */
public record GoldReadout(String id, String conflict, String speaker, String kind, String title, String text,
                          List<GoldSpan> spans) {
    public GoldReadout {
        spans = List.copyOf(spans);
        title = title == null ? "" : title;
    }

    public String spanText(GoldSpan span) {
        return text.substring(span.start(), span.end());
    }

    public List<GoldSpan> statements() {
        return spans.stream().filter(GoldSpan::isStatement).toList();
    }
}
