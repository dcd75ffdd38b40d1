package org.stance.training.trainers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.stance.core.features.SentenceEncoder;
import org.stance.core.model.MlpHead;
import org.stance.training.data.EncodedStatements;

/**
 * A Deeplearning4j multi-label network on the encoder vector: one hidden ReLU layer with dropout,
 * sigmoid outputs, binary cross-entropy, Adam. Early stopping on dev loss keeps the best epoch.
 * Exported to an {@link MlpHead}, so serving never loads ND4J.
 */
public final class Dl4jMlpTrainer implements HeadTrainer {
    private final int hidden;
    private final double learningRate;
    private final double l2;
    private final double dropoutRetain;
    private final int maxEpochs;
    private final int patience;
    private final int batchSize;
    private IntConsumer epochListener = e -> { };
    private int bestEpoch;

    public Dl4jMlpTrainer(int hidden, double learningRate, double l2, double dropoutRetain, int maxEpochs, int patience,
                          int batchSize) {
        this.hidden = hidden;
        this.learningRate = learningRate;
        this.l2 = l2;
        this.dropoutRetain = dropoutRetain;
        this.maxEpochs = maxEpochs;
        this.patience = patience;
        this.batchSize = batchSize;
    }

    public static Dl4jMlpTrainer standard() {
        return new Dl4jMlpTrainer(256, 1e-3, 1e-4, 0.7, 80, 10, 32);
    }

    /** Called after each epoch with the epoch number (1-based), for progress bars. */
    public Dl4jMlpTrainer onEpoch(IntConsumer listener) {
        this.epochListener = listener;
        return this;
    }

    public int maxEpochs() {
        return maxEpochs;
    }

    public int bestEpoch() {
        return bestEpoch;
    }

    @Override
    public String name() {
        return "dl4j-mlp";
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("library", "Deeplearning4j 1.0.0-M2.1 MultiLayerNetwork");
        s.put("layers", List.of(SentenceEncoder.DIMENSION, hidden, 3));
        s.put("activation", "relu, sigmoid outputs");
        s.put("loss", "binary cross-entropy");
        s.put("updater", "Adam");
        s.put("learning_rate", learningRate);
        s.put("l2", l2);
        s.put("dropout_retain", dropoutRetain);
        s.put("batch_size", batchSize);
        s.put("max_epochs", maxEpochs);
        s.put("early_stopping_patience", patience);
        s.put("best_epoch", bestEpoch);
        return s;
    }

    @Override
    public MlpHead train(EncodedStatements train, EncodedStatements dev, long seed) {
        return export(fit(train, dev, seed));
    }

    /** The trained network at its best dev epoch, before export. */
    MultiLayerNetwork fit(EncodedStatements train, EncodedStatements dev, long seed) {
        Nd4j.getRandom().setSeed(seed);
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .updater(new Adam(learningRate))
                .l2(l2)
                .weightInit(WeightInit.XAVIER)
                .list()
                .layer(new DenseLayer.Builder().nIn(SentenceEncoder.DIMENSION).nOut(hidden)
                        .activation(Activation.RELU).dropOut(dropoutRetain).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nIn(hidden).nOut(3)
                        .activation(Activation.SIGMOID).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        DataSet trainSet = dataSet(train);
        DataSet devSet = dataSet(dev);
        java.util.Random shuffle = new java.util.Random(seed);
        double bestLoss = Double.MAX_VALUE;
        INDArray bestParams = net.params().dup();
        bestEpoch = 0;
        int sinceBest = 0;
        for (int epoch = 1; epoch <= maxEpochs; epoch++) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                order.add(i);
            }
            java.util.Collections.shuffle(order, shuffle);
            for (int from = 0; from < order.size(); from += batchSize) {
                int[] idx = order.subList(from, Math.min(order.size(), from + batchSize)).stream().mapToInt(Integer::intValue).toArray();
                net.fit(new DataSet(trainSet.getFeatures().getRows(idx), trainSet.getLabels().getRows(idx)));
            }
            double loss = net.score(devSet, false);
            epochListener.accept(epoch);
            if (loss < bestLoss - 1e-5) {
                bestLoss = loss;
                bestParams = net.params().dup();
                bestEpoch = epoch;
                sinceBest = 0;
            } else if (++sinceBest >= patience) {
                break;
            }
        }
        net.setParams(bestParams);
        return net;
    }

    private static DataSet dataSet(EncodedStatements data) {
        float[][] x = data.embeddings();
        boolean[][] gold = data.gold();
        float[][] y = new float[gold.length][3];
        for (int i = 0; i < gold.length; i++) {
            for (int l = 0; l < 3; l++) {
                y[i][l] = gold[i][l] ? 1 : 0;
            }
        }
        return new DataSet(Nd4j.create(x), Nd4j.create(y));
    }

    static MlpHead export(MultiLayerNetwork net) {
        List<float[][]> weights = new ArrayList<>();
        List<float[]> biases = new ArrayList<>();
        for (int i = 0; i < net.getnLayers(); i++) {
            INDArray w = net.getLayer(i).getParam("W");
            INDArray b = net.getLayer(i).getParam("b");
            weights.add(w.toFloatMatrix());
            biases.add(b.reshape(b.length()).toFloatVector());
        }
        return new MlpHead(weights, biases);
    }
}
