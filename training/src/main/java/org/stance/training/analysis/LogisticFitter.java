package org.stance.training.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stance.core.readout.LogisticModel;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.multilabel.MultiLabel;
import org.tribuo.multilabel.MultiLabelFactory;
import org.tribuo.multilabel.sgd.linear.LinearSGDModel;
import org.tribuo.multilabel.sgd.linear.LinearSGDTrainer;
import org.tribuo.multilabel.sgd.objectives.BinaryCrossEntropy;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Fits a {@link LogisticModel} on examples of named binary features with Tribuo's logistic objective (one
 * output) and AdaGrad, and exports the weights, so that core applies the model without Tribuo. Features seen
 * fewer than {@code minCount} times are dropped; the same seed gives the same weights.
 */
final class LogisticFitter {
    private static final String POSITIVE = "positive";
    private static final MultiLabelFactory FACTORY = new MultiLabelFactory();
    private final int epochs;
    private final double learningRate;
    private final int minCount;

    /** One example: its features and whether it is positive (addressed, a statement). */
    record Example(Set<String> features, boolean positive) {
    }

    LogisticFitter(int epochs, double learningRate, int minCount) {
        if (epochs < 1 || !(learningRate > 0) || minCount < 1) {
            throw new IllegalArgumentException("epochs and min count must be at least 1 and the learning rate above 0");
        }
        this.epochs = epochs;
        this.learningRate = learningRate;
        this.minCount = minCount;
    }

    String describe() {
        return "Tribuo 4.3 LinearSGDTrainer, binary cross-entropy, AdaGrad " + learningRate + ", " + epochs
                + " epochs, features seen at least " + minCount + " times";
    }

    /**
     * What a model records of its fitting, on top of the caller's record (files, counts of its own examples): how
     * many readouts, the seed and this fitter's settings.
     */
    Map<String, String> trainedOn(Map<String, String> given, int readouts, long seed) {
        Map<String, String> on = new LinkedHashMap<>(given);
        on.put("readouts", Integer.toString(readouts));
        on.put("seed", Long.toString(seed));
        on.put("trainer", describe());
        return on;
    }

    LogisticModel fit(String task, List<Example> examples, long seed, Map<String, String> trainedOn) {
        Map<String, Integer> counts = new HashMap<>();
        examples.forEach(e -> e.features().forEach(f -> counts.merge(f, 1, Integer::sum)));
        MutableDataset<MultiLabel> data = new MutableDataset<>(new SimpleDataSourceProvenance("gold readouts", FACTORY), FACTORY);
        for (Example e : examples) {
            String[] names = e.features().stream().filter(f -> counts.get(f) >= minCount).sorted().toArray(String[]::new);
            double[] ones = new double[names.length];
            Arrays.fill(ones, 1.0);
            Set<Label> labels = e.positive() ? Set.of(new Label(POSITIVE)) : Set.of();
            data.add(new ArrayExample<>(new MultiLabel(labels), names, ones));
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new BinaryCrossEntropy(), new AdaGrad(learningRate, 0.1), epochs,
                Math.max(1, examples.size() * epochs), 1, seed);
        return export(task, trainer.train(data), trainedOn);
    }

    private static LogisticModel export(String task, LinearSGDModel model, Map<String, String> trainedOn) {
        DenseMatrix w = model.getWeightsCopy();
        ImmutableFeatureMap fmap = model.getFeatureIDMap();
        ImmutableOutputInfo<MultiLabel> info = model.getOutputIDInfo();
        int row = -1;
        for (var pair : info) {
            if (pair.getB().getLabelString().equals(POSITIVE)) {
                row = pair.getA();
            }
        }
        if (row < 0) {
            throw new IllegalArgumentException("no positive example: nothing to learn");
        }
        Map<String, Double> weights = new HashMap<>();
        for (int f = 0; f < fmap.size(); f++) {
            double v = w.get(row, f);
            if (v != 0) {
                weights.put(fmap.get(f).getName(), v);
            }
        }
        return new LogisticModel(task, weights, w.get(row, fmap.size()), 0.5, trainedOn);
    }
}
