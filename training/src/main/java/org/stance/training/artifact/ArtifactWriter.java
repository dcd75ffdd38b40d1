package org.stance.training.artifact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.stance.core.StanceLabel;
import org.stance.core.features.SentenceEncoder;
import org.stance.core.model.HeadCodec;
import org.stance.core.model.LinearHead;
import org.stance.core.model.ModelArtifacts;
import org.stance.core.model.ModelManifest;

/**
 * Writes the selected candidate as a versioned artifact directory under the models folder. All
 * files go to a hidden temporary directory that is renamed at the end, so an interrupted run leaves
 * no half-written artifact.
 */
public final class ArtifactWriter {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private ArtifactWriter() {
    }

    public static Path write(Path modelsDir, StanceTrainer.Result result, TrainingData data, SentenceEncoder encoder,
                             long seed, double totalSeconds) throws IOException {
        Files.createDirectories(modelsDir);
        Candidate c = result.selected();
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        String id = uniqueId(modelsDir, "stance-" + ID_TIME.format(now) + "-" + c.name());
        Path tmp = Files.createTempDirectory(modelsDir, ".tmp-" + id);
        try {
            Path head = tmp.resolve("head.json");
            HeadCodec.write(c.head(), head);
            boolean usesEncoder = !(c.head() instanceof LinearHead lin) || lin.usesEncoder();
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("dev", c.dev().summary());
            c.held().forEach((name, e) -> metrics.put(name, e.summary()));
            List<Map<String, Object>> cands = new ArrayList<>();
            for (Candidate k : result.candidates()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", k.name());
                m.put("selected", k == c);
                m.put("train_seconds", Math.round(k.trainSeconds() * 100) / 100.0);
                m.put("dev", k.dev().summary());
                k.held().forEach((name, e) -> m.put(name, e.summary()));
                cands.add(m);
            }
            metrics.put("candidates", cands);
            Map<String, Object> trainer = new LinkedHashMap<>(c.settings());
            trainer.put("candidate", c.name());
            trainer.put("seed", seed);
            trainer.put("selection", "best dev macro-F1 after per-label Platt calibration and threshold tuning on dev");
            Map<String, Object> provenance = new LinkedHashMap<>();
            provenance.put("stance_version", ArtifactWriter.class.getPackage().getImplementationVersion() == null
                    ? "dev" : ArtifactWriter.class.getPackage().getImplementationVersion());
            provenance.put("java", System.getProperty("java.version"));
            provenance.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
            provenance.put("train_statements", data.train().size());
            provenance.put("dev_statements", data.dev().size());
            provenance.put("encode_seconds", Math.round(result.encodeSeconds() * 100) / 100.0);
            provenance.put("total_seconds", Math.round(totalSeconds * 100) / 100.0);
            ModelManifest manifest = new ModelManifest(ModelManifest.CURRENT_SCHEMA, id, now.toString(), gitCommit(),
                    StanceLabel.ids(), c.thresholds(), c.calibration(),
                    usesEncoder ? new ModelManifest.Encoder(SentenceEncoder.NAME, encoder.checksum()) : null,
                    new ModelManifest.HeadFile(c.head().type(), "head.json", ModelArtifacts.sha256(head)), data.files(),
                    trainer, metrics, provenance);
            ModelManifest.json().writeValue(tmp.resolve(ModelManifest.FILE).toFile(), manifest);
            Path target = modelsDir.resolve(id);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    private static String uniqueId(Path modelsDir, String base) {
        String id = base;
        for (int k = 2; Files.exists(modelsDir.resolve(id)); k++) {
            id = base + "-" + k;
        }
        return id;
    }

    static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor() == 0 && out.matches("[0-9a-f]{40}") ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
