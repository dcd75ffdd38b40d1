package org.stance.core.model;

import java.util.Set;

/**
 * The trained part of a model: maps a statement's encoder vector and lexical features to one
 * logit per label. Plain arrays, so serving needs neither Tribuo nor Deeplearning4j.
 */
public sealed interface Head permits LinearHead, MlpHead {
    double[] logits(float[] embedding, Set<String> lexical);

    String type();

    int labels();
}
