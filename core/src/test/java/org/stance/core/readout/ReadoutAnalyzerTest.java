package org.stance.core.readout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stance.core.Fixtures;

class ReadoutAnalyzerTest {
    private final ReadoutAnalyzer analyzer = ReadoutAnalyzer.rules(Fixtures.gazetteer());

    private static final String SEED = "Secretary of State Marco Rubio spoke separately today with Indian External Affairs "
            + "Minister Subrahmanyam Jaishankar and Pakistani Prime Minister Shehbaz Sharif. In both calls, the Secretary "
            + "urged the two sides to work toward de-escalation. To Jaishankar, Rubio reaffirmed his commitment to work with "
            + "India in the fight against terrorism. He expressed sorrow to Sharif for the loss of civilian lives, while also "
            + "urging Pakistan to end support for terrorist groups. He expressed support for direct dialogue between India "
            + "and Pakistan.";

    @Test
    void seedReadoutIsAttributedAsTheGuideSays() {
        ReadoutAnalysis a = analyzer.analyze(Readout.of(SEED));
        assertEquals("United States", a.speaker());
        assertEquals(1, a.context().size(), "the call frame is context");
        List<List<String>> parties = a.statements().stream().map(AttributedStatement::parties).toList();
        assertEquals(List.of(List.of("India", "Pakistan"), List.of("India"), List.of("Pakistan"), List.of("Pakistan"),
                List.of("India", "Pakistan")), parties);
    }

    @Test
    void pronounCarriesTheCallsParty() {
        ReadoutAnalysis a = analyzer.analyze(Readout.of("Secretary Rubio held a call with Foreign Minister Enrique Manalo. "
                + "He condemned the attack on the supply mission. The Secretary also condemned China's dangerous manoeuvres at "
                + "Second Thomas Shoal."));
        assertEquals(List.of("Philippines"), a.statements().get(0).parties());
        assertEquals(List.of("China"), a.statements().get(1).parties(), "blame of a third party goes to that party");
    }

    @Test
    void otherActorsAndBackgroundAreContext() {
        ReadoutAnalysis a = analyzer.analyze(new Readout("WASHINGTON, May 8 — Secretary Rubio urged India and Pakistan to "
                + "show restraint. Pakistan's foreign ministry said it would respond to any aggression. Militants killed 26 "
                + "people in Pahalgam last month. State Department spokesperson Tammy Bruce said in a statement.",
                Optional.of("United States"), List.of()));
        assertEquals(1, a.statements().size());
        assertEquals(List.of("India", "Pakistan"), a.statements().get(0).parties());
        assertEquals(4, a.context().size());
    }

    @Test
    void givenPartiesRestrictTheResultAndUnknownNamesAreReported() {
        ReadoutAnalysis a = analyzer.analyze(new Readout("Rubio spoke with Jaishankar. He urged India and Pakistan to talk. "
                + "He also thanked Minister Zorblat of Freedonia for his help.", Optional.empty(), List.of("India")));
        assertEquals(List.of("India"), a.statements().get(0).parties());
        assertTrue(a.unknownNames().stream().anyMatch(n -> n.contains("Zorblat")), a.unknownNames().toString());
    }
}
