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
import org.stance.core.readout.AttributionModel;
import org.stance.core.readout.LearnedPartyAttributor;
import org.stance.core.readout.Readout;
import org.stance.core.readout.RulePartyAttributor;
import org.stance.serving.TestModels;
import org.stance.serving.config.StanceConfiguration;

/** stance.attribution-model: empty serves the rules, a model file the learned attributor, a bad file stops start-up. */
class AttributionConfigTest {
    private static StanceConfiguration config(String attribution) {
        Map<String, String> p = TestModels.properties();
        return new StanceConfiguration(p.get("stance.models-dir"), p.get("stance.datasets-dir"), "", 256, 2000, 50000, 64, 1,
                attribution);
    }

    @Test
    void noModelConfiguredServesTheRules() {
        ModelService s = new ModelService(config(""), new SimpleMeterRegistry());
        try {
            assertInstanceOf(RulePartyAttributor.class, s.scorer().analyzer().attributor());
        } finally {
            s.close();
        }
    }

    @Test
    void aConfiguredModelIsTheOneThatAttributes(@TempDir Path dir) throws Exception {
        // a model that trusts only demands: "urged India to" gives India, the call frame alone gives nothing
        Path file = dir.resolve("attribution.json");
        new AttributionModel(Map.of("cue=DEMAND", 8.0), -4.0, 0.5, Map.of()).write(file);
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
}
