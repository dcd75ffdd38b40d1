package org.stance.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.core.Fixtures;
import org.stance.core.StanceLabel;
import org.stance.core.features.SentenceEncoder;

class ModelArtifactsTest {
    private static SentenceEncoder encoder;
    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        encoder = new SentenceEncoder(1, 16);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    private Path copyFixture() throws Exception {
        Path src = Fixtures.resource("model-v1");
        Path dst = dir.resolve("m1");
        Files.createDirectories(dst);
        try (Stream<Path> s = Files.list(src)) {
            for (Path p : s.toList()) {
                Files.copy(p, dst.resolve(p.getFileName()));
            }
        }
        return dst;
    }

    @Test
    void theCommittedVersionOneArtifactStillLoadsAndScores() {
        ArtifactStanceModel m = ModelArtifacts.load(Fixtures.resource("model-v1"), encoder);
        assertEquals(StanceLabel.ids(), m.manifest().labels());
        List<StatementScore> s = m.score(List.of("He offered his deepest condolences to the families of those killed.",
                "The two ministers discussed bilateral trade and visa rules."));
        assertTrue(s.get(0).labels().contains(StanceLabel.CONDOLENCE), s.get(0).toString());
        assertTrue(s.get(1).labels().isEmpty(), s.get(1).toString());
        s.get(0).scores().values().forEach(p -> assertTrue(p >= 0 && p <= 1));
    }

    @Test
    void aNewerSchemaIsRefusedWithAClearMessage() throws Exception {
        Path m = copyFixture();
        Path manifest = m.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"schema_version\" : 1", "\"schema_version\" : 7"));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelArtifacts.load(m, encoder));
        assertTrue(e.getMessage().contains("schema version 7, newer than this Stance reads (1)"), e.getMessage());
    }

    @Test
    void aCorruptHeadIsRefusedByItsChecksum() throws Exception {
        Path m = copyFixture();
        Path head = m.resolve("head.json");
        String h = Files.readString(head);
        Files.writeString(head, h.replaceFirst("\\d", h.charAt(h.indexOf('0')) == '9' ? "8" : "9"));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelArtifacts.load(m, encoder));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void aTruncatedManifestOrMissingHeadIsRefused() throws Exception {
        Path m = copyFixture();
        Files.delete(m.resolve("head.json"));
        assertTrue(assertThrows(ModelLoadException.class, () -> ModelArtifacts.load(m, encoder)).getMessage()
                .contains("lacks its head file"));
        Files.writeString(m.resolve("manifest.json"), "{\"schema_version\": 1, \"labels\": [");
        assertTrue(assertThrows(ModelLoadException.class, () -> ModelArtifacts.load(m, encoder)).getMessage()
                .contains("corrupt"));
        assertTrue(assertThrows(ModelLoadException.class, () -> ModelArtifacts.load(dir.resolve("nothing"), encoder))
                .getMessage().contains("not a model artifact"));
    }

    @Test
    void promoteWritesActiveAtomicallyAndRefusesNonArtifacts() throws Exception {
        Path m = copyFixture();
        ModelArtifacts.promote(dir, m);
        assertEquals(m.toAbsolutePath().normalize(), ModelArtifacts.active(dir).orElseThrow().toAbsolutePath().normalize());
        Path notModel = Files.createDirectories(dir.resolve("junk"));
        assertThrows(ModelLoadException.class, () -> ModelArtifacts.promote(dir, notModel));
        assertEquals(m.toAbsolutePath().normalize(), ModelArtifacts.active(dir).orElseThrow().toAbsolutePath().normalize(),
                "a failed promote leaves the active model as it was");
    }

    @Test
    void headsSurviveARoundTrip() throws Exception {
        MlpHead mlp = new MlpHead(List.of(new float[][] {{1, -1}, {0.5f, 2}}, new float[][] {{1, 0, 0}, {0, 1, -1}}),
                List.of(new float[] {0.1f, -0.2f}, new float[] {0, 0.5f, 1}));
        Path f = dir.resolve("mlp.json");
        HeadCodec.write(mlp, f);
        Head back = HeadCodec.read(f);
        float[] x = {0.3f, -0.7f};
        double[] a = mlp.logits(x, java.util.Set.of());
        double[] b = back.logits(x, java.util.Set.of());
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 1e-6);
        }
        // hand check: hidden = relu([0.3-0.35+0.1, -0.3-1.4-0.2]) = [0.05, 0]; out = [0.05, 0.5, 1]
        assertEquals(0.05, a[0], 1e-6);
        assertEquals(0.5, a[1], 1e-6);
        assertEquals(1.0, a[2], 1e-6);
    }
}
