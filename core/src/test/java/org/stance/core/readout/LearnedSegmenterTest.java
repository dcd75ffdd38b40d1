package org.stance.core.readout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Clause splits by the bundled model over the rules' sentences, and the rules' own splits through the same path. */
class LearnedSegmenterTest {
    private final RuleSegmenter rules = new RuleSegmenter();
    private final LearnedSegmenter learned = LearnedSegmenter.bundled();

    private static List<String> texts(List<Segment> segments) {
        return segments.stream().map(Segment::text).toList();
    }

    @Test
    void aSecondSpeechActAfterACommaIsASegmentOfItsOwnWhereTheRulesLeftTheSentenceWhole() {
        String text = "The Minister condemned the strikes on the port of Hodeidah, describing the killing of dock workers as a grave "
                + "violation of international law. He thanked Oman for hosting the talks, but he made clear that sanctions would stay "
                + "until Tehran returned to the table.";
        // the rules split at ", describing" (a participle of reported speech) but leave ", but he made clear" whole
        assertEquals(3, rules.segment(text).size());
        assertEquals(List.of("The Minister condemned the strikes on the port of Hodeidah,",
                "describing the killing of dock workers as a grave violation of international law.",
                "He thanked Oman for hosting the talks,",
                "but he made clear that sanctions would stay until Tehran returned to the table."), texts(learned.segment(text)));
    }

    @Test
    void listsAndAnotherPartysClaimAfterWhileStayWhole() {
        String list = "The two sides discussed trade, energy and the situation in the region, and the dates of the next round of talks.";
        String rival = "The army said its units had come under fire near the border, while the rebels accused government forces of "
                + "shelling two villages.";
        assertEquals(List.of(list), texts(learned.segment(list)));
        assertEquals(List.of(rival), texts(learned.segment(rival)));
    }

    @Test
    void offsetsPointIntoTheTextAndLinesAndDatelinesAreKept() {
        String text = "ISLAMABAD, May 8 (Reuters) - The Minister urged restraint, describing the strikes as reckless.\nRelated: more";
        List<Segment> s = learned.segment(text);
        for (Segment x : s) {
            assertEquals(x.text(), text.substring(x.start(), x.end()));
        }
        assertEquals("ISLAMABAD, May 8 (Reuters) -", s.get(0).text());
        assertEquals("Related: more", s.get(s.size() - 1).text());
    }

    @Test
    void theRulesDecidingEveryCandidateGiveTheRulesSegments() {
        String text = "The Secretary urged Pakistan to show restraint, while also urging India to avoid escalation; he also called "
                + "for calm. The Minister condemned the strikes, and he offered condolences to the families of the victims.";
        assertEquals(rules.segment(text), rules.segment(text, (sentence, offset, at, next, rule) -> rule));
        assertTrue(rules.segment(text).size() >= 4, rules.segment(text).toString());
    }

    @Test
    void aModelOfAnotherStageIsRefused() {
        LogisticModel speaker = new LogisticModel(LogisticModel.SPEAKER, Map.of("rule_choice", 1.0), 0, 0.5, Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LearnedSegmenter(speaker));
        assertTrue(e.getMessage().contains("cannot split clauses"), e.getMessage());
    }
}
