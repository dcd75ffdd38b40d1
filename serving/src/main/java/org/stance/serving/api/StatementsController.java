package org.stance.serving.api;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.stance.core.model.ArtifactStanceModel;
import org.stance.core.model.StatementScore;
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
    @ExecuteOn(TaskExecutors.BLOCKING)
    public Dtos.ClassifyResponse classify(@Body @Valid Dtos.ClassifyRequest request) {
        limits.check(request);
        ArtifactStanceModel model = models.current().orElseThrow(Problems::noModel);
        List<StatementScore> scores = model.score(request.statements());
        String id = model.manifest().id();
        scores.forEach(s -> metrics.predicted(id, s.labels()));
        return new Dtos.ClassifyResponse(new Dtos.ModelRef(id), scores.stream().map(Bodies::statement).toList());
    }
}
