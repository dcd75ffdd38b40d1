package org.stance.serving.api;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.concurrent.CompletableFuture;
import org.stance.core.model.ArtifactStanceModel;
import org.stance.serving.model.ModelService;

/** Labels single statements. */
@Controller("/v1/statements")
public class StatementsController {
    private final ModelService models;
    private final RequestLimits limits;
    private final StanceMetrics metrics;

    public StatementsController(ModelService models, RequestLimits limits, StanceMetrics metrics) {
        this.models = models;
        this.limits = limits;
        this.metrics = metrics;
    }

    @Operation(summary = "Label statements", description = "Calibrated scores per label and the labels past their thresholds, in request order.")
    @Post(uri = "/classify", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public CompletableFuture<Dtos.ClassifyResponse> classify(@Body @Valid Dtos.ClassifyRequest request) {
        limits.check(request);
        ArtifactStanceModel model = models.current().orElseThrow(Problems::noModel);
        String id = model.manifest().id();
        // no thread waits for the encoder: the response is built when the micro-batch that holds these
        // statements completes
        return model.scoreAsync(request.statements()).thenApply(scores -> {
            scores.forEach(s -> metrics.predicted(id, s.labels()));
            return new Dtos.ClassifyResponse(new Dtos.ModelRef(id), scores.stream().map(Bodies::statement).toList());
        });
    }
}
