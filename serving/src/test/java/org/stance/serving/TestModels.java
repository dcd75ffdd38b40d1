package org.stance.serving;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Test folders for the service: a models folder holding the committed version-1 artifact (marked
 * active) and a datasets folder holding the small test gazetteer, both copied from core's fixtures.
 */
public final class TestModels {
    public static final Path FIXTURES = Path.of("..", "core", "src", "test", "resources", "fixtures");
    public static final String TOKEN = "test-admin-token";

    private TestModels() {
    }

    public static Map<String, String> properties() {
        try {
            Path root = Files.createTempDirectory("stance-serving-test");
            Path models = Files.createDirectories(root.resolve("models"));
            Path datasets = Files.createDirectories(root.resolve("datasets"));
            copyArtifact(models, "model-v1");
            Files.writeString(models.resolve("ACTIVE"), "model-v1\n");
            Files.copy(FIXTURES.resolve("gazetteer.json"), datasets.resolve("gazetteer.json"));
            return Map.of("stance.models-dir", models.toString(), "stance.datasets-dir", datasets.toString(),
                    "stance.admin-token", TOKEN, "stance.encoder-threads", "1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the fixture artifact into the models folder under the given id. */
    public static Path copyArtifact(Path models, String id) throws IOException {
        Path dst = Files.createDirectories(models.resolve(id));
        try (Stream<Path> s = Files.list(FIXTURES.resolve("model-v1"))) {
            for (Path p : s.toList()) {
                Files.copy(p, dst.resolve(p.getFileName()));
            }
        }
        return dst;
    }
}
