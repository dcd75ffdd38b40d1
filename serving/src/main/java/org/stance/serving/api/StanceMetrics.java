package org.stance.serving.api;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.Set;
import org.stance.core.StanceLabel;

/** Counters of predictions per label and model, for Prometheus. */
@Singleton
public class StanceMetrics {
    private final MeterRegistry registry;

    public StanceMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void predicted(String modelId, Set<StanceLabel> labels) {
        registry.counter("stance.statements.scored", "model", modelId).increment();
        for (StanceLabel l : labels) {
            registry.counter("stance.predictions", "label", l.id(), "model", modelId).increment();
        }
    }
}
