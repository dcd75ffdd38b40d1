package org.stance.training.artifact;

import java.util.List;
import java.util.Map;
import org.stance.core.corpus.LabeledStatement;
import org.stance.core.model.ModelManifest;

/**
 * The statements of a training run: train, dev (early stopping, calibration, thresholds,
 * selection) and named held-out sets that are only evaluated, plus the files they came from.
 */
public record TrainingData(List<LabeledStatement> train, List<LabeledStatement> dev,
                           Map<String, List<LabeledStatement>> heldOut, List<ModelManifest.DataFile> files) {
    public TrainingData {
        train = List.copyOf(train);
        dev = List.copyOf(dev);
        heldOut = Map.copyOf(new java.util.LinkedHashMap<>(heldOut));
        files = List.copyOf(files);
    }
}
