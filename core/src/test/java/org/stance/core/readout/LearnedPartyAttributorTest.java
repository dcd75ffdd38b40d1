package org.stance.core.readout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.core.party.Gazetteer;

/** The learned attributor's second stage: its rank features, that it decides in place of the first, and its file. */
class LearnedPartyAttributorTest {
    private static final Gazetteer G = Gazetteer.load(Path.of("..", "datasets", "gazetteer.json"));
    private static final String TEXT = "Rubio spoke with Jaishankar. He urged India and Pakistan to show restraint.";

    private static List<List<String>> attribute(LogisticModel m) {
        List<Segment> s = new RuleSegmenter().segment(TEXT);
        return LearnedPartyAttributor.of(G, m).attribute(s, List.of(false, true), "United States", List.of());
    }

    @Test
    void anOrganizationTheReadoutNamesElsewhereIsACandidate() {
        // the rules never take an organization for the readout's party; the model may, from how often it is named
        String text = "ECOWAS closed its borders with Mali. ECOWAS says the junta broke its promise. "
                + "The spokesman said Mali condemned the sanctions as illegal.";
        List<Segment> s = new RuleSegmenter().segment(text);
        List<Boolean> statement = List.of(false, false, true);
        AttributionEvidence e = new RulePartyAttributor(G).evidence(s, statement, "Mali", List.of());
        Map<String, Set<String>> c = new AttributionFeatures(G).of(e, s, statement, 2, "Mali");
        assertTrue(c.containsKey("ECOWAS"), c.keySet().toString());
        assertTrue(c.get("ECOWAS").containsAll(Set.of("org_named=2", "org_named=2|named=false")), c.get("ECOWAS").toString());
        // never the speaker, though it is an organization the text names
        assertTrue(!new AttributionFeatures(G).of(e, s, statement, 2, "ECOWAS").containsKey("ECOWAS"));
    }

    @Test
    void rankFeaturesSayWhichCandidateTheFirstStagePrefers() {
        Map<String, Set<String>> c = Map.of("India", Set.of("cue=CALL"), "Pakistan", Set.of("cue=DEMAND"), "China", Set.of());
        Map<String, Set<String>> r = AttributionFeatures.ranked(c, Map.of("India", 0.45, "Pakistan", 0.9, "China", 0.05));
        assertTrue(r.get("India").containsAll(Set.of("cue=CALL", "p1=4", "top=false", "best_other=4", "top=false|above=1")),
                r.get("India").toString());
        assertTrue(r.get("Pakistan").containsAll(Set.of("p1=9", "top=true", "best_other=2", "p1=4|best_other=2")),
                r.get("Pakistan").toString());
        // the rank crossed with the cue and with the call frame: a framed party that is not the best candidate
        Map<String, Set<String>> framed = AttributionFeatures.ranked(Map.of("India", Set.of("cue=CALL", "cue=CALL|kind=state",
                "frame=true|size=1"), "China", Set.of("cue=NAMED")), Map.of("India", 0.6, "China", 0.9));
        assertTrue(framed.get("India").containsAll(Set.of("cue=CALL|top=false|best_other=4", "frame=true|size=1|top=false|best_other=4")),
                framed.get("India").toString());
        assertTrue(framed.get("China").containsAll(Set.of("cue=NAMED|top=true|best_other=3", "frame=false|top=true|best_other=3")),
                framed.get("China").toString());
        // a probability of 1 falls in the top bin, not one past it
        assertTrue(AttributionFeatures.ranked(Map.of("India", Set.of()), Map.of("India", 1.0)).get("India").contains("p1=9"));
    }

    private static String kind(String text) {
        List<Segment> s = new RuleSegmenter().segment(text);
        return new RulePartyAttributor(G).evidence(s, s.stream().map(x -> true).toList(), "Greece", List.of()).documentKind();
    }

    @Test
    void theKindOfTextIsReadAsTheOtherStagesReadIt() {
        assertEquals("call", kind("Minister Gerapetritis spoke with Minister Fidan. He urged Türkiye to show restraint."));
        // a journalist's question under an agency's name, as the statement detector reads a transcript
        assertEquals("briefing", kind("Anadolu Agency: Will Athens answer the claims about the islands?\n\n"
                + "Spokesperson: We reject these claims."));
        // a news story with no dateline, as the detector and the speaker rules read news
        assertEquals("wire", kind("Greece's foreign ministry said on Monday that the claims were baseless."));
        assertEquals("statement", kind("We reject the claims made about the islands of the Aegean."));
    }

    @Test
    void theSecondStageDecidesInPlaceOfTheFirst() {
        // the first stage keeps every candidate the statement names; the second keeps only the one it ranks first
        LogisticModel first = new LogisticModel(LogisticModel.ATTRIBUTION, Map.of("mention=NAME", 3.0, "before1=and", 0.5), -1.0, 0.5,
                Map.of());
        List<List<String>> alone = attribute(first);
        assertTrue(alone.get(1).containsAll(List.of("India", "Pakistan")), alone.toString());
        LogisticModel second = new LogisticModel(LogisticModel.ATTRIBUTION, Map.of("top=true", 4.0), -2.0, 0.4, Map.of());
        assertEquals(List.of(List.of(), List.of("Pakistan")), attribute(first.withSecondStage(second)));
    }

    @Test
    void theSecondStageIsWrittenWithTheFirstAndOnlyForAttribution(@TempDir Path dir) throws Exception {
        LogisticModel second = new LogisticModel(LogisticModel.ATTRIBUTION, Map.of("top=true", 4.0), -2.0, 0.4, Map.of("folds", "4"));
        LogisticModel m = new LogisticModel(LogisticModel.ATTRIBUTION, Map.of("cue=CALL", 2.0), -1.0, 0.5, Map.of()).withSecondStage(second);
        Path file = dir.resolve("attribution.json");
        m.write(file);
        LogisticModel back = LogisticModel.read(file, LogisticModel.ATTRIBUTION);
        assertEquals(m, back);
        assertNotNull(back.secondStage());
        assertEquals(0.4, back.secondStage().threshold());
        assertNull(back.secondStage().secondStage());

        LogisticModel statements = new LogisticModel(LogisticModel.STATEMENTS, Map.of("rule=true", 1.0), 0, 0.5, Map.of());
        assertThrows(IllegalArgumentException.class, () -> statements.withSecondStage(second));
        assertThrows(IllegalArgumentException.class, () -> m.withSecondStage(m));
        // a file whose second stage is for another task is refused on load, naming the file
        Files.writeString(file, Files.readString(file).replaceFirst("\"task\" : \"party-attribution\"", "\"task\" : \"speaker-statements\""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LogisticModel.read(file, LogisticModel.STATEMENTS));
        assertTrue(e.getMessage().contains("attribution.json"), e.getMessage());
    }
}
