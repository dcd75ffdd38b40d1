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
import java.util.Optional;
import org.stance.core.model.ArtifactStanceModel;
import org.stance.core.readout.Readout;
import org.stance.core.score.ReadoutResult;
import org.stance.serving.model.ModelService;

/** Scores whole readouts party by party. */
@Controller("/v1/readouts")
public class ReadoutsController {
    private final ModelService models;
    private final RequestLimits limits;
    private final StanceMetrics metrics;

    public ReadoutsController(ModelService models, RequestLimits limits, StanceMetrics metrics) {
        this.models = models;
        this.limits = limits;
        this.metrics = metrics;
    }

    @Operation(summary = "Score a readout per party",
            description = "Segments the readout, keeps the speaker's statements, attributes each to the parties it addresses, "
                    + "labels it, and gives each party its label set and highest score per label.")
    @Post(uri = "/score", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public Dtos.ScoreResponse score(@Body @Valid Dtos.ScoreRequest request) {
        List<String> parties = limits.check(request, models.gazetteer());
        ArtifactStanceModel model = models.current().orElseThrow(Problems::noModel);
        Optional<String> speaker = Optional.ofNullable(request.speaker()).filter(s -> !s.isBlank());
        ReadoutResult result = models.scorer().score(new Readout(request.text(), speaker, parties, request.title()), model);
        String id = model.manifest().id();
        result.parties().forEach(p -> p.statements().forEach(s -> metrics.predicted(id, s.labels())));
        return Bodies.readout(id, result);
    }
}
