package org.stance.training.trainers;

import java.util.Map;
import org.stance.core.model.Head;
import org.stance.training.data.EncodedStatements;

/** Fits a head on training statements; dev statements may be used for early stopping only. */
public interface HeadTrainer {
    /** A short name for reports ("tribuo-linear", "dl4j-mlp", "lexical-baseline"). */
    String name();

    /** Settings recorded in the manifest. */
    Map<String, Object> settings();

    Head train(EncodedStatements train, EncodedStatements dev, long seed);
}
