package org.stance.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes heads as JSON: type, then plain weight arrays. */
public final class HeadCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HeadCodec() {
    }

    public static void write(Head head, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        if (head instanceof LinearHead lin) {
            root.put("type", "linear");
            root.set("dense", matrix(lin.dense()));
            ObjectNode lex = root.putObject("lexical");
            lin.lexical().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> lex.set(e.getKey(), vector(e.getValue())));
            root.set("bias", vector(lin.bias()));
        } else if (head instanceof MlpHead mlp) {
            root.put("type", "mlp");
            ArrayNode layers = root.putArray("layers");
            for (int i = 0; i < mlp.weights().size(); i++) {
                ObjectNode layer = layers.addObject();
                layer.set("weights", matrix(mlp.weights().get(i)));
                layer.set("bias", vector(mlp.biases().get(i)));
            }
        }
        Files.writeString(file, JSON.writeValueAsString(root));
    }

    public static Head read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        String type = root.path("type").asText("");
        switch (type) {
            case "linear" -> {
                Map<String, float[]> lex = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> it = root.path("lexical").fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    lex.put(e.getKey(), floats(e.getValue()));
                }
                return new LinearHead(matrix(root.path("dense")), lex, floats(root.path("bias")));
            }
            case "mlp" -> {
                List<float[][]> w = new ArrayList<>();
                List<float[]> b = new ArrayList<>();
                for (JsonNode layer : root.path("layers")) {
                    w.add(matrix(layer.path("weights")));
                    b.add(floats(layer.path("bias")));
                }
                return new MlpHead(w, b);
            }
            default -> throw new IOException("unknown head type \"" + type + "\"");
        }
    }

    private static ArrayNode vector(float[] v) {
        ArrayNode a = JSON.createArrayNode();
        for (float x : v) {
            a.add(x);
        }
        return a;
    }

    private static ArrayNode matrix(float[][] m) {
        ArrayNode a = JSON.createArrayNode();
        for (float[] row : m) {
            a.add(vector(row));
        }
        return a;
    }

    private static float[] floats(JsonNode a) throws IOException {
        if (!a.isArray()) {
            throw new IOException("expected an array of numbers");
        }
        float[] v = new float[a.size()];
        for (int i = 0; i < v.length; i++) {
            if (!a.get(i).isNumber()) {
                throw new IOException("expected a number, found " + a.get(i));
            }
            v[i] = (float) a.get(i).asDouble();
        }
        return v;
    }

    private static float[][] matrix(JsonNode a) throws IOException {
        if (!a.isArray()) {
            throw new IOException("expected a matrix");
        }
        float[][] m = new float[a.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = floats(a.get(i));
        }
        return m;
    }
}
