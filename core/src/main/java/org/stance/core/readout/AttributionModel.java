package org.stance.core.readout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A logistic model over {@link AttributionFeatures}: the probability that a statement addresses a
 * candidate party. Plain weights, so that core needs no training library to apply it.
 *
 * @param trainedOn what it was fitted on, for the record (files, counts)
 */
public record AttributionModel(Map<String, Double> weights, double bias, double threshold, Map<String, String> trainedOn) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public AttributionModel {
        weights = Map.copyOf(weights);
        trainedOn = Map.copyOf(trainedOn);
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must lie in (0, 1): " + threshold);
        }
    }

    public double probability(Set<String> features) {
        double z = bias;
        for (String f : features) {
            z += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    public boolean addressed(Set<String> features) {
        return probability(features) >= threshold;
    }

    public static AttributionModel read(Path file) throws IOException {
        return parse(JSON.readTree(file.toFile()), file.toString());
    }

    private static AttributionModel parse(JsonNode root, String where) {
        if (!root.path("weights").isObject() || !root.path("bias").isNumber()) {
            throw new IllegalArgumentException(where + ": not an attribution model (needs \"weights\" and \"bias\")");
        }
        Map<String, Double> w = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.path("weights").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            w.put(e.getKey(), e.getValue().asDouble());
        }
        Map<String, String> on = new LinkedHashMap<>();
        root.path("trained_on").fields().forEachRemaining(e -> on.put(e.getKey(), e.getValue().asText()));
        return new AttributionModel(w, root.path("bias").asDouble(), root.path("threshold").asDouble(0.5), on);
    }

    /** Writes to a temporary file next to the target and renames it, so a reader never sees half a model. */
    public void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "logistic");
        root.put("bias", bias);
        root.put("threshold", threshold);
        ObjectNode on = root.putObject("trained_on");
        new TreeMap<>(trainedOn).forEach(on::put);
        ObjectNode w = root.putObject("weights");
        new TreeMap<>(weights).forEach(w::put);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".attribution", ".tmp");
        try {
            Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
