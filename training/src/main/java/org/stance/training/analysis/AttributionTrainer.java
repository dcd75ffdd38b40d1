package org.stance.training.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stance.core.corpus.GoldReadout;
import org.stance.core.corpus.GoldSpan;
import org.stance.core.party.Gazetteer;
import org.stance.core.readout.AttributionEvidence;
import org.stance.core.readout.AttributionFeatures;
import org.stance.core.readout.LogisticModel;
import org.stance.core.readout.RulePartyAttributor;
import org.stance.core.readout.Segment;

/**
 * Fits the {@link LogisticModel} on gold readouts: one example per (gold statement, candidate
 * party), positive when the gold gives the statement that party. Gold segments and statement types
 * are used, so the model learns attribution alone; features seen fewer than {@code minCount} times
 * are dropped. Tribuo's logistic objective (one output) with AdaGrad; the same seed gives the same weights.
 * The defaults (3 epochs, rate 0.05, features seen 5 times) were chosen by five-fold cross-validation over the
 * train readouts grouped by conflict (247 readouts): pair F1 0.882 against 0.879 for the rules; longer training
 * fits the train readouts' wording and loses.
 * <p>A second stage is fitted on the same pairs with {@link AttributionFeatures#ranked} features, from first-stage
 * probabilities out of fold, and decides at 0.4. Five-fold CV by conflict on 751 train readouts, gold spans: pair
 * F1 0.863 for the first stage alone, 0.871 with the second (better on 5 of 5 folds), end to end 0.809 and 0.818.
 * Fitted on train without rounds 16-18 and tested on those 132 readouts it gains on gold spans (0.841 to 0.845) but
 * not end to end (0.719 to 0.712), where misread segments give it context to attribute.
 * <p>The words of a statement as features of the parties it does not name were chosen on the 815 train readouts of
 * round 21: five-fold CV by conflict, pair F1 on gold spans 0.872 against 0.868 without them (end to end 0.843 against
 * 0.840); fitted without rounds 16-18 and tested on them, end to end 0.742 against 0.734 (0.810 against 0.800 given the
 * speaker, 0.848 against 0.840 on gold spans). Bigrams as well, or words only outside a call frame, gained less.
 */
public final class AttributionTrainer {
    /** The second stage's threshold, chosen by five-fold CV. */
    static final double SECOND_STAGE_THRESHOLD = 0.4;
    private final Gazetteer gazetteer;
    private final RulePartyAttributor rules;
    private final AttributionFeatures features;
    private final LogisticFitter fitter;

    public AttributionTrainer(Gazetteer gazetteer) {
        this(gazetteer, 3, 0.05, 5);
    }

    public AttributionTrainer(Gazetteer gazetteer, int epochs, double learningRate, int minCount) {
        this.gazetteer = gazetteer;
        this.rules = new RulePartyAttributor(gazetteer);
        this.features = new AttributionFeatures(gazetteer);
        this.fitter = new LogisticFitter(epochs, learningRate, minCount);
    }

    /** A candidate of one gold statement: its features and whether the gold gives it. */
    record PairExample(String readout, int statement, String party, Set<String> features, boolean addressed) {
    }

    /** Every candidate pair of the gold statements. */
    List<PairExample> examples(List<GoldReadout> golds) {
        List<PairExample> out = new ArrayList<>();
        for (GoldReadout g : golds) {
            try (Gazetteer.DocumentScope document = gazetteer.document(g.title(), g.text())) {
                examples(g, out);
            }
        }
        return out;
    }

    /** The candidate pairs of one gold readout's statements, added to {@code out}. */
    private void examples(GoldReadout g, List<PairExample> out) {
        List<Segment> segments = g.spans().stream().map(s -> Segment.of(g.text(), s.start(), s.end())).toList();
        List<Boolean> types = g.spans().stream().map(GoldSpan::isStatement).toList();
        AttributionEvidence evidence = rules.evidence(segments, types, g.speaker(), List.of());
        for (int i = 0; i < segments.size(); i++) {
            if (!types.get(i)) {
                continue;
            }
            GoldSpan span = g.spans().get(i);
            Map<String, Set<String>> candidates = features.of(evidence, segments, types, i, g.speaker());
            for (Map.Entry<String, Set<String>> c : candidates.entrySet()) {
                out.add(new PairExample(g.id(), i, c.getKey(), c.getValue(), span.parties().contains(c.getKey())));
            }
        }
    }

    public LogisticModel train(List<GoldReadout> golds, long seed, Map<String, String> trainedOn) {
        List<PairExample> pairs = examples(golds);
        if (pairs.stream().noneMatch(PairExample::addressed)) {
            throw new IllegalArgumentException("the gold readouts give no statement a party: nothing to learn attribution from");
        }
        Map<String, String> on = fitter.trainedOn(trainedOn, golds.size(), seed);
        on.put("pairs", Integer.toString(pairs.size()));
        on.put("positive_pairs", Long.toString(pairs.stream().filter(PairExample::addressed).count()));
        // each conflict's first-stage probabilities come from a first stage fitted without that conflict
        OutOfFold.Result<PairExample> second = OutOfFold.examples(golds, (fitOn, heldOut) -> {
            List<PairExample> fitPairs = examples(fitOn);
            if (fitPairs.stream().noneMatch(PairExample::addressed)) {
                throw new IllegalArgumentException("no addressed party to fit on");
            }
            return ranked(examples(heldOut), fit(fitPairs, seed, Map.of()));
        });
        if (second.none() != null) {
            on.put("second_stage", second.none());
            return fit(pairs, seed, on);
        }
        LogisticModel first = fit(pairs, seed, on);
        LogisticModel fitted = fit(second.examples(), seed, OutOfFold.secondStageTrainedOn(
                "the first stage's, plus the candidate's first-stage rank among the statement's candidates"));
        return first.withSecondStage(new LogisticModel(fitted.task(), fitted.weights(), fitted.bias(), SECOND_STAGE_THRESHOLD,
                fitted.trainedOn()));
    }

    private LogisticModel fit(List<PairExample> pairs, long seed, Map<String, String> on) {
        List<LogisticFitter.Example> examples = pairs.stream().map(p -> new LogisticFitter.Example(p.features(), p.addressed())).toList();
        return fitter.fit(LogisticModel.ATTRIBUTION, examples, seed, on);
    }

    /** The pairs with their second-stage features; {@link #examples} lists a statement's candidates together. */
    private static List<PairExample> ranked(List<PairExample> pairs, LogisticModel first) {
        List<PairExample> out = new ArrayList<>();
        int i = 0;
        while (i < pairs.size()) {
            int j = i;
            while (j < pairs.size() && pairs.get(j).statement() == pairs.get(i).statement()
                    && pairs.get(j).readout().equals(pairs.get(i).readout())) {
                j++;
            }
            Map<String, Set<String>> candidates = new LinkedHashMap<>();
            Map<String, Double> probability = new HashMap<>();
            Map<String, Boolean> addressed = new HashMap<>();
            for (PairExample p : pairs.subList(i, j)) {
                candidates.put(p.party(), p.features());
                probability.put(p.party(), first.probability(p.features()));
                addressed.put(p.party(), p.addressed());
            }
            final int statement = pairs.get(i).statement();
            final String readout = pairs.get(i).readout();
            AttributionFeatures.ranked(candidates, probability)
                    .forEach((party, f) -> out.add(new PairExample(readout, statement, party, f, addressed.get(party))));
            i = j;
        }
        return out;
    }
}
