package org.stance.training.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stance.core.corpus.GoldReadout;
import org.stance.core.party.Gazetteer;
import org.stance.core.readout.LogisticModel;
import org.stance.core.readout.LearnedSegmenter;
import org.stance.core.readout.RuleSpeakerResolver;
import org.stance.core.readout.Segment;
import org.stance.core.readout.Segmenter;
import org.stance.core.readout.SpeakerFeatures;

/**
 * Fits the speaker {@link LogisticModel} on gold readouts: one example per (readout, candidate party), positive when
 * the candidate is the gold speaker. The text is segmented by the bundled segmenter, as it will be when the model is applied, and
 * the candidates and their features are those {@link SpeakerFeatures} gives. Tribuo's logistic objective with AdaGrad;
 * the same seed gives the same weights.
 * <p>The defaults were chosen by five-fold cross-validation by conflict on the 783 train readouts of round 20: the
 * speaker found in 0.948 of held-out readouts against 0.919 for the rules (better on 5 of 5 folds; 3 epochs at rate 0.05
 * found 0.936, 10 epochs 0.941, 100 epochs 0.946). On the 815 of round 21, with no floor on the best candidate's
 * probability: 0.939 against 0.917 (0.930 with the resolver's floor of 0.1). Fitted on train without rounds 16 to 18 and
 * tested on those 132 readouts: 0.803 against 0.773.
 */
public final class SpeakerTrainer {
    public static final int EPOCHS = 50;
    public static final double LEARNING_RATE = 0.1;
    public static final int MIN_COUNT = 3;
    // the segments the resolver will see: those of the analyzer's default segmenter
    private final Segmenter segmenter = LearnedSegmenter.bundled();
    private final Gazetteer gazetteer;
    private final RuleSpeakerResolver rules;
    private final SpeakerFeatures features;
    private final LogisticFitter fitter;

    public SpeakerTrainer(Gazetteer gazetteer) {
        this(gazetteer, EPOCHS, LEARNING_RATE, MIN_COUNT);
    }

    public SpeakerTrainer(Gazetteer gazetteer, int epochs, double learningRate, int minCount) {
        this.gazetteer = gazetteer;
        this.rules = new RuleSpeakerResolver(gazetteer);
        this.features = new SpeakerFeatures();
        this.fitter = new LogisticFitter(epochs, learningRate, minCount);
    }

    /** Every candidate of every readout, with whether it is the gold speaker. */
    List<LogisticFitter.Example> examples(List<GoldReadout> golds) {
        List<LogisticFitter.Example> out = new ArrayList<>();
        for (GoldReadout g : golds) {
            List<Segment> segments = segmenter.segment(g.text());
            Map<String, Set<String>> candidates;
            try (Gazetteer.DocumentScope document = gazetteer.document(g.title(), g.text())) {
                candidates = features.of(g.text(), segments, rules.evidence(g.title(), g.text(), segments));
            }
            candidates.forEach((party, f) -> out.add(new LogisticFitter.Example(f, party.equals(g.speaker()))));
        }
        return out;
    }

    public LogisticModel train(List<GoldReadout> golds, long seed, Map<String, String> trainedOn) {
        List<LogisticFitter.Example> examples = examples(golds);
        long positive = examples.stream().filter(LogisticFitter.Example::positive).count();
        if (positive == 0) {
            throw new IllegalArgumentException("no gold speaker is named in its readout: nothing to learn the speaker from");
        }
        Map<String, String> on = fitter.trainedOn(trainedOn, golds.size(), seed);
        on.put("candidates", Integer.toString(examples.size()));
        on.put("speakers_among_candidates", Long.toString(positive));
        return fitter.fit(LogisticModel.SPEAKER, examples, seed, on);
    }
}
