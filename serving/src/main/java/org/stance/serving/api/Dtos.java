package org.stance.serving.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/** Request and response bodies of the API (the contract clients are written against). */
public final class Dtos {
    private Dtos() {
    }

    /** {@code POST /v1/statements/classify}. */
    @Serdeable
    public record ClassifyRequest(@NotNull List<String> statements) {
    }

    @Serdeable
    public record ModelRef(String id) {
    }

    @Serdeable
    public record StatementResult(String text, List<String> labels, Map<String, Double> scores) {
    }

    @Serdeable
    public record ClassifyResponse(ModelRef model, List<StatementResult> results) {
    }

    /** {@code POST /v1/readouts/score}; the optional title (headline) helps tell the speaker when none is given. */
    @Serdeable
    public record ScoreRequest(@NotNull String text, @Nullable String speaker, @Nullable List<String> parties, @Nullable String title) {
    }

    @Serdeable
    public record ScoredStatementBody(String text, int start, int end, List<String> labels, Map<String, Double> scores) {
    }

    @Serdeable
    public record PartyBody(String party, List<String> labels, Map<String, Double> scores,
                            List<ScoredStatementBody> statements) {
    }

    @Serdeable
    public record SpanBody(String text, int start, int end) {
    }

    @Serdeable
    public record UnattributedBody(String text, int start, int end, List<String> labels, Map<String, Double> scores) {
    }

    @Serdeable
    public record ScoreResponse(ModelRef model, String speaker, List<PartyBody> parties, List<SpanBody> context,
                                List<UnattributedBody> unattributed,
                                @com.fasterxml.jackson.annotation.JsonProperty("unknown_names") List<String> unknownNames) {
    }

    /** {@code POST /v1/models/reload}: an artifact id, or nothing for the one marked active. */
    @Serdeable
    public record ReloadRequest(@Nullable String artifact) {
    }
}
