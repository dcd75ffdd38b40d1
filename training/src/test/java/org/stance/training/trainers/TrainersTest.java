package org.stance.training.trainers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.stance.core.model.Head;
import org.stance.core.model.LinearHead;
import org.stance.core.model.MlpHead;
import org.stance.training.Generated;
import org.stance.training.data.EncodedStatements;

class TrainersTest {
    private final EncodedStatements train = Generated.statements(240, 1);
    private final EncodedStatements dev = Generated.statements(80, 2);

    private static double accuracy(Head head, EncodedStatements data) {
        int ok = 0;
        int all = 0;
        boolean[][] gold = data.gold();
        for (int i = 0; i < data.size(); i++) {
            double[] z = head.logits(data.embeddings()[i], data.lexical().get(i));
            for (int l = 0; l < 3; l++) {
                all++;
                if (z[l] > 0 == gold[i][l]) {
                    ok++;
                }
            }
        }
        return ok / (double) all;
    }

    @Test
    void tribuoLinearLearnsAndItsExportedHeadMatchesTribuo() {
        LinearHead head = TribuoLinearTrainer.encoderAndLexical().train(train, dev, 7);
        assertTrue(head.usesEncoder());
        assertTrue(accuracy(head, dev) > 0.95, "separable generated data is learned: " + accuracy(head, dev));
        // the trigger words carry positive weight for their label
        assertTrue(head.lexical().get("w=condemned")[1] > 0);
        assertTrue(head.lexical().get("w=condolences")[2] > 0);
    }

    @Test
    void exportedLinearHeadGivesTribuosOwnScores() {
        TribuoLinearTrainer trainer = TribuoLinearTrainer.encoderAndLexical();
        var model = trainer.fit(train, 7);
        LinearHead head = trainer.export(model);
        var vocab = trainer.vocabularyOf(train);
        for (int i = 0; i < 20; i++) {
            var prediction = model.predict(trainer.exampleFor(dev, i, vocab));
            double[] z = head.logits(dev.embeddings()[i], dev.lexical().get(i));
            for (org.stance.core.StanceLabel l : org.stance.core.StanceLabel.values()) {
                double tribuo = prediction.getOutputScores().get(l.id()).getLabelScore(
                        new org.tribuo.classification.Label(l.id())).orElseThrow();
                assertEquals(tribuo, 1 / (1 + Math.exp(-z[l.ordinal()])), 1e-4, "statement " + i + " label " + l);
            }
        }
    }

    @Test
    void lexicalBaselineUsesNoEncoderFeatures() {
        LinearHead head = TribuoLinearTrainer.lexicalBaseline().train(train, dev, 7);
        assertTrue(!head.usesEncoder());
        assertTrue(accuracy(head, dev) > 0.95);
    }

    @Test
    void sameDataAndSeedGiveTheSameWeights() {
        LinearHead a = TribuoLinearTrainer.encoderAndLexical().train(train, dev, 11);
        LinearHead b = TribuoLinearTrainer.encoderAndLexical().train(train, dev, 11);
        assertEquals(a.bias()[0], b.bias()[0], 0);
        assertEquals(a.dense()[1][5], b.dense()[1][5], 0);
    }

    @Test
    void dl4jNetworkLearnsStopsEarlyAndItsExportMatchesTheNetwork() {
        List<Integer> epochs = new ArrayList<>();
        Dl4jMlpTrainer trainer = new Dl4jMlpTrainer(32, 5e-3, 1e-4, 1.0, 40, 4, 16).onEpoch(epochs::add);
        var net = trainer.fit(train, dev, 3);
        MlpHead head = Dl4jMlpTrainer.export(net);
        float[][] out = net.output(Nd4j.create(java.util.Arrays.copyOf(dev.embeddings(), 10))).toFloatMatrix();
        for (int i = 0; i < 10; i++) {
            double[] z = head.logits(dev.embeddings()[i], java.util.Set.of());
            for (int l = 0; l < 3; l++) {
                assertEquals(out[i][l], 1 / (1 + Math.exp(-z[l])), 1e-4, "exported head equals the network");
            }
        }
        assertTrue(accuracy(head, dev) > 0.95, "accuracy " + accuracy(head, dev));
        assertTrue(trainer.bestEpoch() >= 1 && trainer.bestEpoch() <= epochs.size());
        assertEquals(2, head.weights().size());
        assertEquals(384, head.weights().get(0).length);
        assertEquals(3, head.labels());
        assertTrue(Nd4j.getBackend() != null);
    }

    @Test
    void dl4jIsDeterministicForASeed() {
        Dl4jMlpTrainer t = new Dl4jMlpTrainer(16, 5e-3, 1e-4, 1.0, 5, 5, 16);
        MlpHead a = t.train(train, dev, 5);
        MlpHead b = new Dl4jMlpTrainer(16, 5e-3, 1e-4, 1.0, 5, 5, 16).train(train, dev, 5);
        assertEquals(a.biases().get(1)[0], b.biases().get(1)[0], 1e-6);
    }
}
