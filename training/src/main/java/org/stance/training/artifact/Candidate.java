package org.stance.training.artifact;

import java.util.Map;
import org.stance.core.model.Head;
import org.stance.core.model.Platt;
import org.stance.training.evaluation.MultiLabelEvaluation;

/** One trained, calibrated candidate with its held-out evaluations by data set name. */
public record Candidate(String name, Map<String, Object> settings, Head head, Map<String, Platt> calibration,
                        Map<String, Double> thresholds, MultiLabelEvaluation dev, Map<String, MultiLabelEvaluation> held,
                        double trainSeconds) {
}
