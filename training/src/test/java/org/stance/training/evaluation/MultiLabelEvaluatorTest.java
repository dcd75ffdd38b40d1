package org.stance.training.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MultiLabelEvaluatorTest {
    @Test
    void figuresOnAHandCheckedExample() {
        boolean[][] gold = {{true, false, false}, {false, true, false}, {false, false, true}, {true, true, false}};
        double[][] scores = {{0.9, 0.1, 0.1}, {0.2, 0.7, 0.6}, {0.1, 0.1, 0.4}, {0.8, 0.3, 0.1}};
        MultiLabelEvaluation e = MultiLabelEvaluator.evaluate(gold, scores, new double[] {0.5, 0.5, 0.5}, null);
        LabelMetrics de = e.perLabel().get(0);
        assertEquals(2, de.tp());
        assertEquals(1.0, de.f1(), 1e-9);
        LabelMetrics ac = e.perLabel().get(1);
        assertEquals(1, ac.tp());
        assertEquals(1, ac.fn());
        assertEquals(2.0 / 3, ac.f1(), 1e-9);
        LabelMetrics co = e.perLabel().get(2);
        assertEquals(0, co.tp());
        assertEquals(1, co.fp());
        assertEquals(1, co.fn());
        assertEquals((1 + 2.0 / 3 + 0) / 3, e.macroF1(), 1e-9);
        assertEquals(3 / 7.0 * 0 + 2.0 * 3 / (2 * 3 + 1 + 2), e.microF1(), 1e-9);
        assertEquals(0.25, e.exactMatch(), 1e-9);
        assertEquals(3 / 12.0, e.hammingLoss(), 1e-9);
        assertTrue(e.ci95()[0] <= e.macroF1() && e.macroF1() <= e.ci95()[1] + 1e-9);
    }

    @Test
    void eceIsZeroForPerfectlyCalibratedBinsAndLargeForOverconfidence() {
        List<double[]> perfect = List.of(new double[] {0.2, 0.2, 10}, new double[] {0.8, 0.8, 10});
        assertEquals(0, MultiLabelEvaluator.ece(perfect, 20), 1e-12);
        List<double[]> over = List.of(new double[] {0.95, 0.5, 10});
        assertEquals(0.45, MultiLabelEvaluator.ece(over, 10), 1e-12);
    }

    @Test
    void precisionRecallCurveEndsAtFullRecall() {
        boolean[][] gold = {{true, false, false}, {false, false, false}, {true, false, false}};
        double[][] scores = {{0.9, 0, 0}, {0.8, 0, 0}, {0.3, 0, 0}};
        MultiLabelEvaluation e = MultiLabelEvaluator.evaluate(gold, scores, new double[] {0.5, 0.5, 0.5}, null);
        List<double[]> pr = e.prCurves().get("de-escalatory");
        assertEquals(1.0, pr.get(pr.size() - 1)[0], 1e-9);
        assertEquals(2 / 3.0, pr.get(pr.size() - 1)[1], 1e-9);
        assertEquals(1.0, pr.get(0)[1], 1e-9);
    }
}
