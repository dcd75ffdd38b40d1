package org.stance.core.features;

import java.util.List;

/** Turns texts into sentence vectors. A text's vector never depends on the other texts of the call. */
public interface TextEncoder {
    float[][] encodeAll(List<String> texts);

    /** SHA-256 of the encoder's weights, recorded in model manifests. */
    String checksum();
}
