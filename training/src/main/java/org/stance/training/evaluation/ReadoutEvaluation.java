package org.stance.training.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well readout analysis matches gold readouts.
 *
 * @param boundaryF1 segments against gold statement spans (segments wholly inside context not counted),
 *                   boundaries compared without surrounding spaces and [,;:] punctuation
 * @param statementSpanF1 predicted statement spans against gold statement spans (segmentation and detection)
 * @param speakerContextAccuracy share of gold spans whose best-overlapping segment has the gold type
 * @param speakerAccuracy share of readouts whose inferred speaker is the gold speaker
 * @param attributionF1 statement-party pairs, end to end
 * @param speakerGivenAttributionF1 statement-party pairs, end to end, when the speaker is given
 * @param oracleAttributionF1 statement-party pairs when attribution is given the gold spans and types
 * @param labelSetF1 per-party label sets (party, label) pairs, end to end; NaN without a model
 * @param errors examples of disagreements, for reading
 */
public record ReadoutEvaluation(int readouts, int goldSpans, double boundaryF1, double statementSpanF1,
                                double speakerContextAccuracy, double speakerAccuracy, double attributionP,
                                double attributionR, double attributionF1, double speakerGivenAttributionF1,
                                double oracleAttributionF1, double labelSetF1,
                                Map<String, Double> labelSetF1ByConflict, List<String> errors) {

    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("readouts", readouts);
        m.put("gold_spans", goldSpans);
        m.put("segmentation_boundary_f1", MultiLabelEvaluation.round(boundaryF1));
        m.put("statement_span_f1", MultiLabelEvaluation.round(statementSpanF1));
        m.put("speaker_vs_context_accuracy", MultiLabelEvaluation.round(speakerContextAccuracy));
        m.put("speaker_accuracy", MultiLabelEvaluation.round(speakerAccuracy));
        m.put("party_attribution_precision", MultiLabelEvaluation.round(attributionP));
        m.put("party_attribution_recall", MultiLabelEvaluation.round(attributionR));
        m.put("party_attribution_f1", MultiLabelEvaluation.round(attributionF1));
        m.put("party_attribution_f1_speaker_given", MultiLabelEvaluation.round(speakerGivenAttributionF1));
        m.put("party_attribution_f1_gold_segments", MultiLabelEvaluation.round(oracleAttributionF1));
        if (!Double.isNaN(labelSetF1)) {
            m.put("per_party_label_set_f1", MultiLabelEvaluation.round(labelSetF1));
        }
        return m;
    }
}
