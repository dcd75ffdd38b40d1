package org.stance.core.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;

/**
 * What a model artifact says about itself: schema version, labels, thresholds, calibration, the
 * encoder and head it needs (with checksums), the data it was trained on, its metrics and how it
 * was made.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelManifest(int schemaVersion, String id, String createdAt, String gitCommit, List<String> labels,
                            Map<String, Double> thresholds, Map<String, Platt> calibration, Encoder encoder,
                            HeadFile head, List<DataFile> data, Map<String, Object> trainer,
                            Map<String, Object> metrics, Map<String, Object> provenance) {

    /** The newest artifact schema this code reads and writes. */
    public static final int CURRENT_SCHEMA = 1;
    public static final String FILE = "manifest.json";

    /** The encoder a head was trained on; null name when the head uses no encoder. */
    public record Encoder(String name, String checksum) {
    }

    /** The head's file inside the artifact, its kind and SHA-256. */
    public record HeadFile(String type, String file, String sha256) {
    }

    /** One data file the model was trained or evaluated on. */
    public record DataFile(String role, String file, String sha256, int records) {
    }

    public static ObjectMapper json() {
        return new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }
}
