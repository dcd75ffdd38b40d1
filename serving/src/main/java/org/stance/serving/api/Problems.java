package org.stance.serving.api;

import io.micronaut.http.HttpStatus;

/** The service's own problems. */
final class Problems {
    private Problems() {
    }

    static ProblemException of(HttpStatus status, String slug, String title, String detail) {
        return new ProblemException(status, slug, title, detail, null);
    }

    static ProblemException noModel() {
        return of(HttpStatus.SERVICE_UNAVAILABLE, "no-model", "No model loaded",
                "no model is active yet: run ./stance train --promote, then POST /v1/models/reload");
    }
}
