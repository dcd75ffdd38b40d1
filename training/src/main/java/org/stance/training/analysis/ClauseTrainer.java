package org.stance.training.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stance.core.corpus.GoldReadout;
import org.stance.core.readout.ClauseFeatures;
import org.stance.core.readout.LogisticModel;
import org.stance.core.readout.RuleSegmenter;

/**
 * Fits the clause-split {@link LogisticModel} of the learned segmenter on gold readouts: one example per candidate split
 * (after a comma or semicolon, before "and" or "but"), positive when a gold span begins there. Sentences are the rules';
 * the splits before a candidate are the gold's, so each candidate is seen as it would be after right decisions.
 * Candidates in context count too: a context sentence the gold leaves whole ("X said ..., while Y accused ...") teaches
 * the model not to cut it, where a cut would hand its second half to attribution as a statement. Tribuo's logistic
 * objective with AdaGrad; the same seed gives the same weights.
 * <p>Chosen by five-fold cross-validation by conflict on the 815 train readouts of round 21. Over the 7,243 candidates
 * inside gold statements alone, split F1 was 0.905 against 0.845 for the rules (5 epochs: 0.903; without the rules'
 * decision among the features: 0.885). End to end, fitted on every candidate: boundary F1 0.957 against 0.940 and party F1
 * 0.844 against 0.838 (both better on 5 of 5 folds); fitted on candidates in statements alone, 0.964 and 0.842. Fitted on
 * train without rounds 16 to 18 and tested on those 132 readouts, on every candidate: boundary F1 0.971 against 0.953,
 * party F1 0.734 against 0.730 (0.800 against 0.795 given the speaker); on candidates in statements alone, party F1 fell
 * to 0.724, because cut context sentences gave attribution more pieces to misread.
 */
public final class ClauseTrainer {
    public static final int EPOCHS = 20;
    public static final double LEARNING_RATE = 0.1;
    public static final int MIN_COUNT = 3;
    private final RuleSegmenter segmenter = new RuleSegmenter();
    private final LogisticFitter fitter;

    public ClauseTrainer() {
        this(EPOCHS, LEARNING_RATE, MIN_COUNT);
    }

    public ClauseTrainer(int epochs, double learningRate, int minCount) {
        this.fitter = new LogisticFitter(epochs, learningRate, minCount);
    }

    /** Every candidate split of every sentence, with whether a gold span begins there. */
    List<LogisticFitter.Example> examples(List<GoldReadout> golds) {
        List<LogisticFitter.Example> out = new ArrayList<>();
        for (GoldReadout g : golds) {
            Set<Integer> starts = new HashSet<>();
            g.spans().forEach(s -> starts.add(s.start()));
            segmenter.segment(g.text(), (sentence, offset, at, next, rule) -> {
                boolean gold = starts.contains(offset + next);
                out.add(new LogisticFitter.Example(ClauseFeatures.of(sentence, at, next, rule), gold));
                return gold;
            });
        }
        return out;
    }

    public LogisticModel train(List<GoldReadout> golds, long seed, Map<String, String> trainedOn) {
        List<LogisticFitter.Example> examples = examples(golds);
        long positive = examples.stream().filter(LogisticFitter.Example::positive).count();
        if (positive == 0) {
            throw new IllegalArgumentException("no gold statement is split into clauses: nothing to learn clause splits from");
        }
        Map<String, String> on = fitter.trainedOn(trainedOn, golds.size(), seed);
        on.put("candidates", Integer.toString(examples.size()));
        on.put("splits", Long.toString(positive));
        return fitter.fit(LogisticModel.CLAUSES, examples, seed, on);
    }
}
