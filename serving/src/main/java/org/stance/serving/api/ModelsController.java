package org.stance.serving.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.stance.core.model.ArtifactStanceModel;
import org.stance.core.model.ModelLoadException;
import org.stance.core.model.ModelManifest;
import org.stance.serving.config.StanceConfiguration;
import org.stance.serving.model.ModelService;

/** The active model's manifest, and its reload. */
@Controller("/v1/models")
public class ModelsController {
    private final ModelService models;
    private final StanceConfiguration config;

    public ModelsController(ModelService models, StanceConfiguration config) {
        this.models = models;
        this.config = config;
    }

    @Operation(summary = "The active model's manifest")
    @Get(uri = "/active", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> active() throws Exception {
        ArtifactStanceModel model = models.current().orElseThrow(Problems::noModel);
        return HttpResponse.ok(ModelManifest.json().writeValueAsString(model.manifest())).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Operation(summary = "Load the artifact marked active, or a named one (admin token required)")
    @Post(uri = "/reload", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<String> reload(@Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
                                       @Nullable @Body Dtos.ReloadRequest request) throws Exception {
        if (config.adminToken() == null || config.adminToken().isBlank()) {
            throw Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "model reload is disabled: the operator has set no admin token (STANCE_ADMIN_TOKEN)");
        }
        String expected = "Bearer " + config.adminToken();
        if (authorization == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                authorization.getBytes(StandardCharsets.UTF_8))) {
            throw Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "a valid admin bearer token is required");
        }
        try {
            ArtifactStanceModel loaded = models.reload(request == null ? null : request.artifact());
            return HttpResponse.ok(ModelManifest.json().writeValueAsString(loaded.manifest()))
                    .contentType(MediaType.APPLICATION_JSON_TYPE);
        } catch (ModelLoadException e) {
            throw Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "model-load-failed", "Model not loaded",
                    e.getMessage() + "; the previous model keeps serving");
        }
    }
}
