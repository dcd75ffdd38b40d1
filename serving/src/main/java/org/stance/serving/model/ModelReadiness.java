package org.stance.serving.model;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

/** Ready only once a model is loaded. */
@Singleton
@Readiness
public class ModelReadiness implements HealthIndicator {
    private final ModelService models;

    public ModelReadiness(ModelService models) {
        this.models = models;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        HealthResult.Builder b = HealthResult.builder("model");
        return Publishers.just(models.current()
                .map(m -> b.status(HealthStatus.UP).details(Map.of("model", m.manifest().id())).build())
                .orElseGet(() -> b.status(HealthStatus.DOWN).details(Map.of("model", "none loaded")).build()));
    }
}
