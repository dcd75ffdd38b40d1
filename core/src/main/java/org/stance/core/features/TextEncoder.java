package org.stance.core.features;

import java.util.List;

/** Turns texts into sentence vectors. A text's vector never depends on the other texts of the call. */
public interface TextEncoder {
    float[][] encodeAll(List<String> texts);

    /** Encodes without holding the caller's thread where the encoder can; by default it cannot. */
    default java.util.concurrent.CompletableFuture<float[][]> encodeAsync(List<String> texts) {
        return java.util.concurrent.CompletableFuture.completedFuture(encodeAll(texts));
    }

    /** SHA-256 of the encoder's weights, recorded in model manifests. */
    String checksum();
}
