package org.stance.training.trainers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stance.core.StanceLabel;
import org.stance.core.corpus.LabeledStatement;
import org.stance.core.model.LinearHead;
import org.stance.training.data.EncodedStatements;
import org.tribuo.Example;
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
 * A Tribuo multi-label logistic model (binary cross-entropy, AdaGrad) on encoder and/or lexical
 * features, exported to a {@link LinearHead}. Lexical features seen fewer than {@code minCount}
 * times in training are dropped; each statement's lexical vector has unit L2 norm.
 */
public final class TribuoLinearTrainer implements HeadTrainer {
    private static final MultiLabelFactory FACTORY = new MultiLabelFactory();
    private final boolean encoder;
    private final boolean lexical;
    private final int epochs;
    private final double learningRate;
    private final int minCount;
    private final String name;

    public TribuoLinearTrainer(String name, boolean encoder, boolean lexical, int epochs, double learningRate, int minCount) {
        this.name = name;
        this.encoder = encoder;
        this.lexical = lexical;
        this.epochs = epochs;
        this.learningRate = learningRate;
        this.minCount = minCount;
    }

    public static TribuoLinearTrainer encoderAndLexical() {
        return new TribuoLinearTrainer("tribuo-linear", true, true, 15, 0.5, 2);
    }

    public static TribuoLinearTrainer lexicalBaseline() {
        return new TribuoLinearTrainer("lexical-baseline", false, true, 15, 0.5, 2);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("library", "Tribuo 4.3 LinearSGDTrainer (multi-label)");
        s.put("objective", "binary cross-entropy");
        s.put("optimiser", "AdaGrad");
        s.put("learning_rate", learningRate);
        s.put("epochs", epochs);
        s.put("encoder_features", encoder);
        s.put("lexical_features", lexical);
        s.put("lexical_min_count", minCount);
        return s;
    }

    @Override
    public LinearHead train(EncodedStatements train, EncodedStatements dev, long seed) {
        return export(fit(train, seed));
    }

    /** The Tribuo model itself, before export. */
    LinearSGDModel fit(EncodedStatements train, long seed) {
        Set<String> vocab = vocabulary(train);
        MutableDataset<MultiLabel> data = new MutableDataset<>(new SimpleDataSourceProvenance("stance statements", FACTORY), FACTORY);
        for (int i = 0; i < train.size(); i++) {
            data.add(example(train, i, vocab));
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new BinaryCrossEntropy(), new AdaGrad(learningRate, 0.1), epochs,
                Math.max(1, train.size() * epochs), 1, seed);
        return trainer.train(data);
    }

    /** The Tribuo example of a statement, as trained on (for tests that compare Tribuo with the exported head). */
    Example<MultiLabel> exampleFor(EncodedStatements data, int i, Set<String> vocab) {
        return example(data, i, vocab);
    }

    Set<String> vocabularyOf(EncodedStatements train) {
        return vocabulary(train);
    }

    private Set<String> vocabulary(EncodedStatements train) {
        if (!lexical) {
            return Set.of();
        }
        Map<String, Integer> counts = new HashMap<>();
        train.lexical().forEach(fs -> fs.forEach(f -> counts.merge(f, 1, Integer::sum)));
        Set<String> vocab = new java.util.HashSet<>();
        counts.forEach((f, n) -> {
            if (n >= minCount) {
                vocab.add(f);
            }
        });
        return vocab;
    }

    private Example<MultiLabel> example(EncodedStatements data, int i, Set<String> vocab) {
        LabeledStatement s = data.statements().get(i);
        Set<Label> labels = new java.util.HashSet<>();
        s.labels().forEach(l -> labels.add(new Label(l.id())));
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        if (encoder) {
            float[] e = data.embeddings()[i];
            for (int d = 0; d < e.length; d++) {
                names.add(denseName(d));
                values.add((double) e[d]);
            }
        }
        if (lexical) {
            Set<String> fs = data.lexical().get(i);
            double v = 1 / Math.sqrt(Math.max(1, fs.size()));
            for (String f : fs) {
                if (vocab.contains(f)) {
                    names.add(f);
                    values.add(v);
                }
            }
        }
        return new ArrayExample<>(new MultiLabel(labels), names.toArray(String[]::new),
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static String denseName(int d) {
        return String.format("e%03d", d);
    }

    /** Copies the Tribuo weights into a plain head, rows in schema label order. */
    LinearHead export(LinearSGDModel model) {
        DenseMatrix w = model.getWeightsCopy();
        ImmutableFeatureMap fmap = model.getFeatureIDMap();
        ImmutableOutputInfo<MultiLabel> info = model.getOutputIDInfo();
        StanceLabel[] labels = StanceLabel.values();
        int[] row = new int[labels.length];
        for (int l = 0; l < labels.length; l++) {
            row[l] = -1;
        }
        for (var pair : info) {
            String labelName = pair.getB().getLabelString();
            StanceLabel.fromId(labelName).ifPresent(l -> row[l.ordinal()] = pair.getA());
        }
        int features = fmap.size();
        float[][] dense = new float[labels.length][encoder ? org.stance.core.features.SentenceEncoder.DIMENSION : 0];
        Map<String, float[]> lex = new HashMap<>();
        float[] bias = new float[labels.length];
        for (int f = 0; f < features; f++) {
            String fname = fmap.get(f).getName();
            float[] col = new float[labels.length];
            for (int l = 0; l < labels.length; l++) {
                col[l] = row[l] < 0 ? 0 : (float) w.get(row[l], f);
            }
            if (encoder && fname.length() == 4 && fname.charAt(0) == 'e' && Character.isDigit(fname.charAt(1))) {
                int d = Integer.parseInt(fname.substring(1));
                for (int l = 0; l < labels.length; l++) {
                    dense[l][d] = col[l];
                }
            } else {
                lex.put(fname, col);
            }
        }
        for (int l = 0; l < labels.length; l++) {
            // a label absent from training gets a strongly negative bias: it is never predicted
            bias[l] = row[l] < 0 ? -10f : (float) w.get(row[l], features);
        }
        return new LinearHead(dense, lex, bias);
    }
}
