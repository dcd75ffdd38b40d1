package org.stance.core.readout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The learned statement detector: its features, its model's task, and that it decides from the rules and the words. */
class LearnedStatementDetectorTest {
    private static final Gazetteer G = Gazetteer.load(Path.of("..", "datasets", "gazetteer.json"));

    private static List<Segment> segments(String text) {
        return new RuleSegmenter().segment(text);
    }

    @Test
    void featuresCarryTheRulesDecisionItsNeighboursAndTheWords() {
        List<Segment> s = segments("Rubio spoke with Jaishankar. He urged India to show restraint.");
        List<Set<String>> f = new StatementFeatures(G).of(s, List.of(false, true), "United States");
        assertTrue(f.get(0).containsAll(Set.of("rule=false", "next=true", "first", "w1=rubio", "b=spoke_with", "speakerHead")), f.get(0).toString());
        assertTrue(f.get(1).containsAll(Set.of("rule=true", "previous=false", "last", "w=restraint")), f.get(1).toString());
        assertFalse(f.get(1).contains("speakerHead"));
    }

    @Test
    void featuresSayWhoTheVerbOfSpeechHasAsSubject() {
        RuleStatementDetector r = new RuleStatementDetector(G);
        assertEquals("speaker", r.subjectClass("Rubio urged India to show restraint.", "United States"));
        assertEquals("other", r.subjectClass("Jaishankar said India would respond.", "United States"));
        assertEquals("reference", r.subjectClass("The Secretary urged restraint.", "United States"));
        assertEquals("indefinite", r.subjectClass("One exporter said sales had collapsed.", "United States"));
        assertEquals("actor", r.subjectClass("Rights groups demanded an inquiry.", "United States"));
        assertEquals("none", r.subjectClass("Shelling hit the village overnight.", "United States"));
        assertEquals("feeling", r.subjectClass("The European Union is deeply concerned by the shelling, which killed two.", "European Union"));
        assertEquals("none", r.subjectClass("Armenia is deeply concerned by the shelling.", "European Union"));
        List<Set<String>> f = new StatementFeatures(G).of(segments("Rights groups demanded an inquiry."), List.of(false), "United States");
        assertTrue(f.get(0).containsAll(Set.of("subject=actor", "subject=actor|news=false", "subject=actor|rule=false")), f.get(0).toString());
    }

    @Test
    void featuresNameTheNounASubjectRestsOn() {
        // the speaker's capital in the subject does not make a foreign embassy, a lawyer or the media the speaker
        assertEquals("embassy", StatementFeatures.subjectHead("The U.S. Embassy in Managua said the measures targeted officials."));
        assertEquals("lawyer", StatementFeatures.subjectHead("Obiang's lawyer, Emmanuel Marsigny, told reporters his client would appeal."));
        assertEquals("media", StatementFeatures.subjectHead("Serbian media said the drone was flown from a box."));
        assertEquals("name", StatementFeatures.subjectHead("Secretary Rubio urged India to show restraint."));
        assertEquals("none", StatementFeatures.subjectHead("Shelling hit the village overnight."));
        List<Set<String>> f = new StatementFeatures(G).of(segments("The U.S. Embassy in Managua said the measures targeted officials."),
                List.of(true), "Nicaragua");
        assertTrue(f.get(0).contains("subject_head=embassy"), f.get(0).toString());
        assertTrue(f.get(0).stream().anyMatch(x -> x.startsWith("subject_head=embassy|subject=")), f.get(0).toString());
    }

    @Test
    void theModelDecidesNotTheRulesAlone() {
        // a model that overrules the rules for sentences about trade
        LogisticModel m = new LogisticModel(LogisticModel.STATEMENTS, Map.of("rule=true", 3.0, "w=trade", -6.0), -1.0, 0.5, Map.of());
        LearnedStatementDetector d = new LearnedStatementDetector(G, m);
        List<Segment> s = segments("Rubio spoke with Jaishankar. He urged India to show restraint. He discussed trade.");
        List<Boolean> rules = new RuleStatementDetector(G).detect(s, "United States");
        assertEquals(List.of(false, true, true), rules);
        assertEquals(List.of(false, true, false), d.detect(s, "United States"));
    }

    @Test
    void aSecondStageSeesHowSureTheFirstWasOfTheNeighbours() {
        List<Set<String>> f = StatementFeatures.withNeighbours(List.of(Set.of("a"), Set.of("b"), Set.of("c")), List.of(0.9, 0.3, 1.0));
        assertTrue(f.get(0).containsAll(Set.of("a", "p1=9", "p1_previous=none", "p1_next=1", "p1=3|next=1", "share=2")), f.get(0).toString());
        assertTrue(f.get(1).containsAll(Set.of("b", "p1=3", "p1_previous=3", "p1_next=3", "p1=1|previous=3")), f.get(1).toString());
        assertTrue(f.get(2).containsAll(Set.of("c", "p1=9", "p1_next=none")), f.get(2).toString());

        // the first stage takes every segment the rules take; the second drops one whose neighbours it doubts
        LogisticModel first = new LogisticModel(LogisticModel.STATEMENTS, Map.of("rule=true", 4.0), -2.0, 0.5, Map.of());
        LogisticModel second = new LogisticModel(LogisticModel.STATEMENTS, Map.of("rule=true", 4.0, "p1_previous=0", -3.0), -2.0, 0.5,
                Map.of());
        List<Segment> s = segments("Rubio spoke with Jaishankar. He urged India to show restraint. He also urged calm.");
        assertEquals(List.of(false, true, true), new LearnedStatementDetector(G, first).detect(s, "United States"));
        assertEquals(List.of(false, false, true), new LearnedStatementDetector(G, first.withSecondStage(second)).detect(s, "United States"));
    }

    @Test
    void aModelForAnotherStageIsRefusedOnLoadAndOnUse(@TempDir Path dir) throws Exception {
        LogisticModel attribution = new LogisticModel(LogisticModel.ATTRIBUTION, Map.of("cue=CALL", 2.0), 0, 0.5, Map.of());
        assertThrows(IllegalArgumentException.class, () -> new LearnedStatementDetector(G, attribution));
        Path file = dir.resolve("m.json");
        attribution.write(file);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LogisticModel.read(file, LogisticModel.STATEMENTS));
        assertTrue(e.getMessage().contains("m.json") && e.getMessage().contains("party-attribution model"), e.getMessage());
        Files.writeString(file, "{\"task\": \"speaker-statements\", \"weights\": [], \"bias\": 0}");
        assertThrows(IllegalArgumentException.class, () -> LogisticModel.read(file, LogisticModel.STATEMENTS));
    }

    @Test
    void theBundledModelLoadsAndKeepsAPlainReadoutsStatements() {
        LogisticModel m = LearnedStatementDetector.bundledModel();
        assertEquals(LogisticModel.STATEMENTS, m.task());
        assertTrue(m.weights().size() > 100, "weights: " + m.weights().size());
        List<Segment> s = segments("Secretary Rubio spoke today with Indian External Affairs Minister Jaishankar. "
                + "The Secretary urged India to work with Pakistan to de-escalate tensions.");
        assertEquals(List.of(false, true), LearnedStatementDetector.bundled(G).detect(s, "United States"));
    }
}
