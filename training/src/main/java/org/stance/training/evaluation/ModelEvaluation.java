package org.stance.training.evaluation;

import java.util.List;
import java.util.Map;
import org.stance.core.model.ModelManifest;

/**
 * Everything the report shows of one model on one data set.
 *
 * @param byConflict macro-F1 and support per conflict
 * @param byParty macro-F1 and support per party addressed (parties with at least 5 statements)
 * @param readouts analysis figures when the data were gold readouts, else null
 */
public record ModelEvaluation(String model, ModelManifest manifest, MultiLabelEvaluation statements,
                              Map<String, double[]> byConflict, Map<String, double[]> byParty, List<ErrorCase> worstErrors,
                              ReadoutEvaluation readouts) {

    /** A statement the model got wrong, with its gold and predicted labels and scores. */
    public record ErrorCase(String id, String text, String conflict, List<String> gold, List<String> predicted,
                            Map<String, Double> scores, double error) {
    }
}
