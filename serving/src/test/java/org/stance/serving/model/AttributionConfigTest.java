package org.stance.serving.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.core.readout.LogisticModel;
import org.stance.core.readout.LearnedPartyAttributor;
import org.stance.core.readout.LearnedSegmenter;
import org.stance.core.readout.LearnedSpeakerResolver;
import org.stance.core.readout.LearnedStatementDetector;
import org.stance.core.readout.Readout;
import org.stance.serving.TestModels;
import org.stance.serving.config.StanceConfiguration;

/**
 * stance.attribution-model, stance.statement-model and stance.speaker-model: empty serves the models bundled with core,
 * a model file that model, a bad file (or one made for another stage) stops start-up.
 */
class AttributionConfigTest {
    private static StanceConfiguration config(String attribution) {
        return config(attribution, "");
    }

    private static StanceConfiguration config(String attribution, String statements) {
        return config(attribution, statements, "");
    }

    private static StanceConfiguration config(String attribution, String statements, String speaker) {
        return config(attribution, statements, speaker, "");
    }

    private static StanceConfiguration config(String attribution, String statements, String speaker, String segmenter) {
        Map<String, String> p = TestModels.properties();
        return new StanceConfiguration(p.get("stance.models-dir"), p.get("stance.datasets-dir"), "", 256, 2000, 50000, 64, 1,
                attribution, statements, speaker, segmenter);
    }

    @Test
    void noModelConfiguredServesTheBundledModels() {
        ModelService s = new ModelService(config(""), new SimpleMeterRegistry());
        try {
            assertInstanceOf(LearnedPartyAttributor.class, s.scorer().analyzer().attributor());
            assertInstanceOf(LearnedStatementDetector.class, s.scorer().analyzer().detector());
            assertInstanceOf(LearnedSpeakerResolver.class, s.scorer().analyzer().speakers());
            assertInstanceOf(LearnedSegmenter.class, s.scorer().analyzer().segmenter());
        } finally {
            s.close();
        }
    }

    @Test
    void aConfiguredModelIsTheOneThatAttributes(@TempDir Path dir) throws Exception {
        // a model that trusts only demands: "urged India to" gives India, the call frame alone gives nothing
        Path file = dir.resolve("attribution.json");
        new LogisticModel(LogisticModel.ATTRIBUTION, Map.of("cue=DEMAND", 8.0), -4.0, 0.5, Map.of()).write(file);
        ModelService s = new ModelService(config(file.toString()), new SimpleMeterRegistry());
        try {
            assertInstanceOf(LearnedPartyAttributor.class, s.scorer().analyzer().attributor());
            var a = s.scorer().analyzer().analyze(Readout.of("Rubio spoke with Jaishankar. He urged India to show restraint. "
                    + "He discussed trade."));
            assertEquals(List.of(List.of("India"), List.of()), a.statements().stream().map(x -> x.parties()).toList());
        } finally {
            s.close();
        }
    }

    @Test
    void aModelFileThatDoesNotLoadStopsStartUpNamingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"weights\": 3}");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ModelService(config(file.toString()), new SimpleMeterRegistry()));
        assertTrue(e.getMessage().contains("broken.json"), e.getMessage());
    }

    @Test
    void aConfiguredStatementModelIsTheOneThatDetects(@TempDir Path dir) throws Exception {
        // a model that keeps only what the rules call a statement and also opens with "He": the frame sentence drops
        Path file = dir.resolve("statements.json");
        new LogisticModel(LogisticModel.STATEMENTS, Map.of("rule=true", 4.0, "w1=he", 4.0), -6.0, 0.5, Map.of()).write(file);
        ModelService s = new ModelService(config("", file.toString()), new SimpleMeterRegistry());
        try {
            var a = s.scorer().analyzer().analyze(Readout.of("Rubio spoke with Jaishankar. He urged India to show restraint. "
                    + "Rubio welcomed the ceasefire."));
            assertEquals(List.of("He urged India to show restraint."), a.statements().stream().map(x -> x.segment().text().strip()).toList());
        } finally {
            s.close();
        }
    }

    @Test
    void anAttributionModelGivenAsTheStatementModelStopsStartUp(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("attribution.json");
        new LogisticModel(LogisticModel.ATTRIBUTION, Map.of("cue=DEMAND", 8.0), -4.0, 0.5, Map.of()).write(file);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ModelService(config("", file.toString()), new SimpleMeterRegistry()));
        assertTrue(e.getMessage().contains("stance.statement-model") && e.getMessage().contains("party-attribution"), e.getMessage());
    }

    @Test
    void aConfiguredSpeakerModelIsTheOneThatTellsTheSpeaker(@TempDir Path dir) throws Exception {
        // a model that trusts only the other side of a call: the one Jaishankar spoke with is taken for the speaker
        Path file = dir.resolve("speaker.json");
        new LogisticModel(LogisticModel.SPEAKER, Map.of("flag:counterpart", 8.0), -4.0, 0.5, Map.of()).write(file);
        ModelService s = new ModelService(config("", "", file.toString()), new SimpleMeterRegistry());
        try {
            var a = s.scorer().analyzer().analyze(Readout.of("Jaishankar spoke with Secretary Rubio. He urged Pakistan to show restraint."));
            assertEquals("United States", a.speaker());
        } finally {
            s.close();
        }
    }

    @Test
    void aStatementModelGivenAsTheSpeakerModelStopsStartUp(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("statements.json");
        new LogisticModel(LogisticModel.STATEMENTS, Map.of("rule=true", 4.0), -2.0, 0.5, Map.of()).write(file);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ModelService(config("", "", file.toString()), new SimpleMeterRegistry()));
        assertTrue(e.getMessage().contains("stance.speaker-model") && e.getMessage().contains("speaker-statements"), e.getMessage());
    }

    @Test
    void aConfiguredSegmenterModelIsTheOneThatSplitsClauses(@TempDir Path dir) throws Exception {
        // a model that cuts at every candidate: the sentence's comma before "and" now ends a segment
        Path file = dir.resolve("clauses.json");
        new LogisticModel(LogisticModel.CLAUSES, Map.of("sep=,", 8.0), -4.0, 0.5, Map.of()).write(file);
        String text = "Jaishankar spoke with Secretary Rubio about the border, and the ports of the region.";
        ModelService s = new ModelService(config("", "", "", file.toString()), new SimpleMeterRegistry());
        ModelService bundled = new ModelService(config(""), new SimpleMeterRegistry());
        try {
            assertEquals(2, s.scorer().analyzer().segmenter().segment(text).size());
            assertEquals(1, bundled.scorer().analyzer().segmenter().segment(text).size());
        } finally {
            s.close();
            bundled.close();
        }
    }

    @Test
    void aSpeakerModelGivenAsTheSegmenterModelStopsStartUp(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("speaker.json");
        new LogisticModel(LogisticModel.SPEAKER, Map.of("rule_choice", 4.0), -2.0, 0.5, Map.of()).write(file);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ModelService(config("", "", "", file.toString()), new SimpleMeterRegistry()));
        assertTrue(e.getMessage().contains("stance.segmenter-model") && e.getMessage().contains("clause-split"), e.getMessage());
    }
}
