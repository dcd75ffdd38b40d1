package org.stance.training.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The train, promote and evaluate commands end to end on small data, and their refusals. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandsTest {
    static final Path DATASETS = Path.of("..", "datasets");
    @TempDir
    static Path dir;
    Path models;
    Path given;
    Path artifact;

    record Run(int code, String err) {
    }

    static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = StanceCli.commandLine();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, err.toString());
    }

    @BeforeAll
    void trainOnGivenData() throws Exception {
        models = dir.resolve("models");
        given = dir.resolve("mine.jsonl");
        List<String> lines;
        try (Stream<String> s = Files.lines(DATASETS.resolve("statements/train.jsonl"))) {
            lines = s.limit(240).toList();
        }
        Files.write(given, lines);
        Run r = run("train", "--datasets", DATASETS.toString(), "--models", models.toString(), "--data", given.toString(),
                "--only-given", "--candidates", "tribuo-linear,lexical-baseline");
        assertEquals(0, r.code(), r.err());
        try (Stream<Path> s = Files.list(models)) {
            List<Path> artifacts = s.filter(Files::isDirectory).toList();
            assertEquals(1, artifacts.size(), "one artifact, no temporary leftovers: " + artifacts);
            artifact = artifacts.get(0);
        }
    }

    @Test
    void trainingWritesAManifestThatRecordsTheGivenDataAndDoesNotDeploy() throws Exception {
        JsonNode m = new ObjectMapper().readTree(artifact.resolve("manifest.json").toFile());
        assertEquals(1, m.get("schema_version").asInt());
        assertTrue(m.get("data").toString().contains("mine.jsonl"));
        assertTrue(m.get("data").get(0).get("sha256").asText().startsWith("sha256:"));
        assertTrue(m.get("metrics").has("given-test"));
        assertTrue(m.get("metrics").has("test"));
        assertEquals(2, m.get("metrics").get("candidates").size());
        assertFalse(Files.exists(models.resolve("ACTIVE")), "training never deploys implicitly");
    }

    @Test
    void badDataIsRefusedNamingFileAndLineAndNothingIsWritten() throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, Files.readAllLines(given).get(0) + "\n{\"id\":\"x1\",\"text\":\"He urged calm.\",\"labels\":[\"calm\"]}\n");
        Path otherModels = dir.resolve("other-models");
        Run r = run("train", "--datasets", DATASETS.toString(), "--models", otherModels.toString(), "--data", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(bad + ":2: unknown label \"calm\""), r.err());
        assertFalse(Files.exists(otherModels), "nothing was written");
    }

    @Test
    void promoteMarksTheArtifactActive() throws Exception {
        Path m2 = dir.resolve("m2");
        Files.createDirectories(m2);
        org.stance.core.model.ModelArtifacts.promote(m2, artifact);
        assertTrue(Files.readString(m2.resolve("ACTIVE")).strip().endsWith(artifact.getFileName().toString()));
    }

    @Test
    void evaluateWritesTheThreeFilesAndComparesModels() throws Exception {
        Path out = dir.resolve("report");
        Run r = run("evaluate", "--datasets", DATASETS.toString(), "--model", artifact.toString(), "--model", artifact.toString(),
                "--data", DATASETS.resolve("readouts/dev.jsonl").toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("report.html", "report.md", "metrics.json")) {
            assertTrue(Files.size(out.resolve(f)) > 1000, f);
        }
        JsonNode metrics = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        assertEquals(2, metrics.get("models").size());
        JsonNode first = metrics.get("models").get(0);
        assertTrue(first.get("readouts").has("party_attribution_f1"));
        assertTrue(first.get("statements").get("macro_f1").asDouble() > 0);
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("difference (last - first)"));
        assertTrue(md.contains("Worst errors"));
    }

    @Test
    void evaluateRefusesBadInputWithoutAPartialReport() throws Exception {
        Path out = dir.resolve("no-report");
        Run missing = run("evaluate", "--datasets", DATASETS.toString(), "--model", artifact.toString(), "--data",
                dir.resolve("nope.jsonl").toString(), "--out", out.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
        Path unknown = dir.resolve("unknown-label.jsonl");
        Files.writeString(unknown, "{\"id\":\"u1\",\"text\":\"They urged calm.\",\"labels\":[\"hopeful\"]}\n");
        Run bad = run("evaluate", "--datasets", DATASETS.toString(), "--model", artifact.toString(), "--data", unknown.toString(),
                "--out", out.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown label \"hopeful\""), bad.err());
        Run noModel = run("evaluate", "--datasets", DATASETS.toString(), "--model", dir.resolve("none").toString(), "--data",
                DATASETS.resolve("statements/dev.jsonl").toString(), "--out", out.toString());
        assertEquals(2, noModel.code());
        assertFalse(Files.exists(out), "no partial report");
    }
}
