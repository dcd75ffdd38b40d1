package org.stance.serving.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * Everything an operator sets, under {@code stance.*} (environment: STANCE_MODELS, STANCE_DATASETS,
 * STANCE_ADMIN_TOKEN, STANCE_PORT, STANCE_ATTRIBUTION_MODEL, STANCE_STATEMENT_MODEL, STANCE_SPEAKER_MODEL,
 * STANCE_SEGMENTER_MODEL).
 *
 * @param modelsDir where artifacts and the ACTIVE marker live
 * @param datasetsDir where the gazetteer lives
 * @param adminToken bearer token for model reload; empty disables reload
 * @param maxStatements statements per classify request
 * @param maxStatementChars characters per statement
 * @param maxTextChars characters per readout
 * @param maxBatch statements per encoder call across concurrent requests
 * @param encoderThreads ONNX Runtime threads inside one encoder call
 * @param attributionModel a party attribution model written by {@code ./stance train-attribution}; empty: the one bundled with core
 * @param statementModel a statement model written by {@code ./stance train-statements}; empty: the one bundled with core
 * @param speakerModel a speaker model written by {@code ./stance train-speaker}; empty: the one bundled with core
 * @param segmenterModel a clause-split model written by {@code ./stance train-segmenter}; empty: the one bundled with core
 */
@ConfigurationProperties("stance")
public record StanceConfiguration(@NotBlank @Bindable(defaultValue = "models") String modelsDir,
                                  @NotBlank @Bindable(defaultValue = "datasets") String datasetsDir,
                                  @Bindable(defaultValue = "") String adminToken,
                                  @Min(1) @Bindable(defaultValue = "256") int maxStatements,
                                  @Min(1) @Bindable(defaultValue = "2000") int maxStatementChars,
                                  @Min(1) @Bindable(defaultValue = "50000") int maxTextChars,
                                  @Min(1) @Bindable(defaultValue = "64") int maxBatch,
                                  @Min(1) @Bindable(defaultValue = "2") int encoderThreads,
                                  @Bindable(defaultValue = "") String attributionModel,
                                  @Bindable(defaultValue = "") String statementModel,
                                  @Bindable(defaultValue = "") String speakerModel,
                                  @Bindable(defaultValue = "") String segmenterModel) {
}
