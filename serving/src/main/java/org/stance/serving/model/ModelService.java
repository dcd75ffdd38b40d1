package org.stance.serving.model;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stance.core.corpus.Corpus;
import org.stance.core.features.MicroBatchingEncoder;
import org.stance.core.features.SentenceEncoder;
import org.stance.core.model.ArtifactStanceModel;
import org.stance.core.model.ModelArtifacts;
import org.stance.core.model.ModelLoadException;
import org.stance.core.party.Gazetteer;
import org.stance.core.readout.LogisticModel;
import org.stance.core.readout.ReadoutAnalyzer;
import org.stance.core.score.ReadoutScorer;
import org.stance.serving.config.StanceConfiguration;

/**
 * Holds the active model. A reload loads the new artifact completely before one atomic swap, so
 * requests in flight finish on the model they started with, and a model that fails to load leaves
 * the old one serving.
 */
@Context // loaded at start-up, so the first request does not pay for the encoder and the model
public class ModelService {
    private static final Logger LOG = LoggerFactory.getLogger(ModelService.class);
    private final StanceConfiguration config;
    private final SentenceEncoder encoder;
    private final MicroBatchingEncoder batching;
    private final Gazetteer gazetteer;
    private final ReadoutScorer scorer;
    private final AtomicReference<ArtifactStanceModel> active = new AtomicReference<>();

    public ModelService(StanceConfiguration config, MeterRegistry registry) {
        this.config = config;
        // configuration errors first, before the encoder's native session exists
        this.gazetteer = Gazetteer.load(Corpus.gazetteerFile(Path.of(config.datasetsDir())));
        this.scorer = new ReadoutScorer(analyzer(config, gazetteer));
        this.encoder = new SentenceEncoder(config.encoderThreads(), 32);
        this.batching = new MicroBatchingEncoder(encoder, config.maxBatch());
        Gauge.builder("stance.model.loaded", active, a -> a.get() == null ? 0 : 1)
                .description("1 when a model is loaded").register(registry);
        try {
            Optional<Path> dir = ModelArtifacts.active(modelsDir());
            if (dir.isPresent()) {
                active.set(ModelArtifacts.load(dir.get(), batching));
                LOG.info("loaded model {}", active.get().manifest().id());
            } else {
                LOG.warn("no active model under {}: run ./stance train --promote", modelsDir());
            }
        } catch (ModelLoadException e) {
            LOG.error("active model failed to load: {}", e.getMessage());
        }
    }

    /** The standard analyzer, or the models the operator configured; a configured model that does not load stops start-up. */
    private static ReadoutAnalyzer analyzer(StanceConfiguration config, Gazetteer gazetteer) {
        LogisticModel statements = configured("stance.statement-model", config.statementModel(), LogisticModel.STATEMENTS);
        LogisticModel attribution = configured("stance.attribution-model", config.attributionModel(), LogisticModel.ATTRIBUTION);
        LogisticModel speaker = configured("stance.speaker-model", config.speakerModel(), LogisticModel.SPEAKER);
        LogisticModel clauses = configured("stance.segmenter-model", config.segmenterModel(), LogisticModel.CLAUSES);
        return ReadoutAnalyzer.of(gazetteer, clauses, speaker, statements, attribution);
    }

    /** The model a setting names, or null when it is empty. */
    private static LogisticModel configured(String setting, String value, String task) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Path file = Path.of(value);
        try {
            LogisticModel model = LogisticModel.read(file, task);
            LOG.info("{}: {}", setting, file);
            return model;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(setting + " " + file + " does not load: " + e.getMessage(), e);
        }
    }

    public Path modelsDir() {
        return Path.of(config.modelsDir());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public ReadoutScorer scorer() {
        return scorer;
    }

    /** The model to use for one whole request. */
    public Optional<ArtifactStanceModel> current() {
        return Optional.ofNullable(active.get());
    }

    /**
     * Loads the artifact named (an id under the models folder) or, if none, the one ACTIVE marks,
     * then swaps it in. Throws {@link ModelLoadException} and keeps the old model on any failure.
     */
    public synchronized ArtifactStanceModel reload(String artifact) {
        Path dir;
        if (artifact == null || artifact.isBlank()) {
            dir = ModelArtifacts.active(modelsDir())
                    .orElseThrow(() -> new ModelLoadException("no artifact is marked active under " + modelsDir()));
        } else {
            if (artifact.contains("/") || artifact.contains("\\") || artifact.startsWith(".")) {
                throw new ModelLoadException("artifact must be an id under the models folder, not a path");
            }
            dir = modelsDir().resolve(artifact);
            if (!Files.isDirectory(dir)) {
                throw new ModelLoadException("no artifact " + artifact + " under " + modelsDir());
            }
        }
        ArtifactStanceModel loaded = ModelArtifacts.load(dir, batching);
        ArtifactStanceModel old = active.getAndSet(loaded);
        LOG.info("reloaded model {} (was {})", loaded.manifest().id(), old == null ? "none" : old.manifest().id());
        return loaded;
    }

    @PreDestroy
    void close() {
        batching.close();
        encoder.close();
    }
}
