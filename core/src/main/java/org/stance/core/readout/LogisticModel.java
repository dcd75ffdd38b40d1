package org.stance.core.readout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A logistic model over named binary features, for the learned stages of readout analysis: whether a
 * statement addresses a candidate party ({@link AttributionFeatures}), whether a segment is a statement
 * of the speaker ({@link StatementFeatures}), how likely a candidate is the speaker ({@link SpeakerFeatures}). Plain weights, so that core needs no training library to
 * apply it.
 *
 * @param task what it decides ({@link #ATTRIBUTION}, {@link #STATEMENTS}, {@link #SPEAKER}), so that one is never loaded as the other
 * @param trainedOn what it was fitted on, for the record (files, counts)
 * @param secondStage an optional second model of the same task, which decides in this one's place from the same
 *     features plus what this model's probabilities say around them: how a candidate party ranks among the
 *     statement's candidates ({@link AttributionFeatures#ranked}), how likely the neighbouring segments are
 *     statements ({@link StatementFeatures#withNeighbours}); null when this model decides alone
 */
public record LogisticModel(String task, Map<String, Double> weights, double bias, double threshold, Map<String, String> trainedOn,
                            LogisticModel secondStage) {
    public static final String ATTRIBUTION = "party-attribution";
    public static final String STATEMENTS = "speaker-statements";
    public static final String SPEAKER = "speaker";
    public static final String CLAUSES = "clause-split";
    private static final ObjectMapper JSON = new ObjectMapper();

    public LogisticModel {
        if (!task.equals(ATTRIBUTION) && !task.equals(STATEMENTS) && !task.equals(SPEAKER) && !task.equals(CLAUSES)) {
            throw new IllegalArgumentException("unknown task \"" + task + "\" (expected " + ATTRIBUTION + ", " + STATEMENTS + ", "
                    + SPEAKER + " or " + CLAUSES + ")");
        }
        weights = Map.copyOf(weights);
        trainedOn = Map.copyOf(trainedOn);
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must lie in (0, 1): " + threshold);
        }
        if (secondStage != null && (!secondStage.task().equals(task) || secondStage.secondStage() != null)) {
            throw new IllegalArgumentException("a second stage must be a " + task + " model with no stage of its own");
        }
    }

    /** A model that decides alone. */
    public LogisticModel(String task, Map<String, Double> weights, double bias, double threshold, Map<String, String> trainedOn) {
        this(task, weights, bias, threshold, trainedOn, null);
    }

    /** This model with {@code second} as its second stage. */
    public LogisticModel withSecondStage(LogisticModel second) {
        return new LogisticModel(task, weights, bias, threshold, trainedOn, second);
    }

    public double probability(Set<String> features) {
        double z = bias;
        for (String f : features) {
            z += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Which of {@code bins} equal bins of [0, 1] a probability falls in, 1 in the last: a second stage's features. */
    static int bin(double probability, int bins) {
        return Math.min((int) (probability * bins), bins - 1);
    }

    /** Whether the probability reaches the threshold: the party is addressed, the segment is a statement. */
    public boolean decide(Set<String> features) {
        return probability(features) >= threshold;
    }

    /** Reads a model written by {@link #write}; refuses one made for another task. */
    public static LogisticModel read(Path file, String task) throws IOException {
        return parse(JSON.readTree(file.toFile()), file.toString(), task);
    }

    /** A model bundled with core, next to this class; a missing or broken one is a build error. */
    static LogisticModel bundled(String resource, String task) {
        try (InputStream in = LogisticModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled model " + resource + " is missing from the core jar");
            }
            return read(in, resource, task);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not read the bundled model " + resource, e);
        }
    }

    /** Reads a model from a stream (a bundled resource). */
    public static LogisticModel read(InputStream in, String where, String task) throws IOException {
        return parse(JSON.readTree(in), where, task);
    }

    private static LogisticModel parse(JsonNode root, String where, String task) {
        if (!root.path("weights").isObject() || !root.path("bias").isNumber()) {
            throw new IllegalArgumentException(where + ": not a logistic model (needs \"weights\" and \"bias\")");
        }
        // models written before the task was recorded were all attribution models
        String found = root.path("task").asText(ATTRIBUTION);
        if (!found.equals(task)) {
            throw new IllegalArgumentException(where + ": a " + found + " model, not a " + task + " model");
        }
        Map<String, Double> w = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.path("weights").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            w.put(e.getKey(), e.getValue().asDouble());
        }
        Map<String, String> on = new LinkedHashMap<>();
        root.path("trained_on").fields().forEachRemaining(e -> on.put(e.getKey(), e.getValue().asText()));
        JsonNode second = root.path("second_stage");
        LogisticModel secondStage = second.isObject() ? parse(second, where + " (second stage)", task) : null;
        return new LogisticModel(task, w, root.path("bias").asDouble(), root.path("threshold").asDouble(0.5), on, secondStage);
    }

    private ObjectNode toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "logistic");
        root.put("task", task);
        root.put("bias", bias);
        root.put("threshold", threshold);
        ObjectNode on = root.putObject("trained_on");
        new TreeMap<>(trainedOn).forEach(on::put);
        ObjectNode w = root.putObject("weights");
        new TreeMap<>(weights).forEach(w::put);
        if (secondStage != null) {
            root.set("second_stage", secondStage.toJson());
        }
        return root;
    }

    /** Writes to a temporary file next to the target and renames it, so a reader never sees half a model. */
    public void write(Path file) throws IOException {
        ObjectNode root = toJson();
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "." + task, ".tmp");
        try {
            // a temporary file is private to its owner; the model is not
            try {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep its default permissions
            }
            Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
